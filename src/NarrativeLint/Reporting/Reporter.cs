using Microsoft.CodeAnalysis;
using NarrativeLint.Engine;

namespace NarrativeLint.Reporting;

/// <summary>What a reporter gets: the findings of a run and what it ran with.</summary>
public sealed record RunSummary(AnalysisResult Result, IReadOnlyList<string> RegistryFiles, string WorkingDirectory, string ToolVersion)
{
    /// <summary>The run compared its findings with a baseline, so each has a baseline state (new or unchanged).</summary>
    public bool HasBaseline { get; init; }

    /// <summary>Base URL of the published diagnostics pages (ending in '/'), for absolute help links.</summary>
    public string? DocsUrl { get; init; }

    /// <summary>The run reported only findings on lines changed since this git revision.</summary>
    public string? ChangedSince { get; init; }
}

/// <summary>Writes a run's findings in one output format.</summary>
public abstract class Reporter
{
    public abstract void Write(RunSummary run, TextWriter output);

    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    /// <summary>The reporter for a <c>--format</c> name, or null when there is none by that name.</summary>
    public static Reporter? ForFormat(string format, bool color = false) => format.ToLowerInvariant() switch
    {
        "text" => new TextReporter(color),
        "json" => new JsonReporter(),
        "sarif" => new SarifReporter(),
        "github" => new GitHubReporter(),
        "markdown" => new MarkdownReporter(),
        _ => null,
    };

    public static readonly string[] Formats = ["text", "json", "sarif", "github", "markdown"];
}
