using Microsoft.CodeAnalysis;
using NarrativeLint.Engine;

namespace NarrativeLint.Reporting;

/// <summary>What a reporter gets: the findings of a run and what it ran with.</summary>
public sealed record RunSummary(AnalysisResult Result, IReadOnlyList<string> RegistryFiles, string WorkingDirectory, string ToolVersion);

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
        _ => null,
    };

    public static readonly string[] Formats = ["text", "json", "sarif", "github"];
}
