using Microsoft.CodeAnalysis;
using System.Collections.Immutable;
using NarrativeLint.Analyzers;
using NarrativeLint.Engine;
using NarrativeLint.Language;
using NarrativeLint.Registry;
using NarrativeLint.Reporting.History;

namespace NarrativeLint.Reporting;

/// <summary>What a reporter gets: the findings of a run and what it ran with.</summary>
public sealed record RunSummary(AnalysisResult Result, IReadOnlyList<string> RegistryFiles, string WorkingDirectory, string ToolVersion)
{
    /// <summary>When the run started.</summary>
    public DateTimeOffset Time { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>The command line as given, for the compliance report.</summary>
    public string? CommandLine { get; init; }

    /// <summary>The commit checked (<c>git rev-parse HEAD</c>), where the report or the history needs it.</summary>
    public string? Revision { get; init; }

    /// <summary>The <c>--fail-on</c> severity, and whether the run passed it (null when not judged).</summary>
    public string FailOn { get; init; } = "error";
    public bool? Passed { get; init; }

    /// <summary>The registry checked against: its commitments, values and catalogues name the report's groups.</summary>
    public BrandRegistry Registry { get; init; } = new();

    public LanguagePacks Packs { get; init; } = LanguagePacks.Default;

    /// <summary>Findings a baseline accepts, by <see cref="FindingFingerprint"/>, with the reason the baseline gives.</summary>
    public IReadOnlyDictionary<string, string> Baselined { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The recorded runs, this one last, when a history store was given.</summary>
    public RunHistory? History { get; init; }

    /// <summary>The baseline file the run compared its findings with, so each has a baseline state (new or unchanged).</summary>
    public string? BaselineFile { get; init; }

    /// <summary>Base URL of the published diagnostics pages (ending in '/'), for absolute help links.</summary>
    public string? DocsUrl { get; init; }

    /// <summary>The run reported only findings on lines changed since this git revision.</summary>
    public string? ChangedSince { get; init; }

    /// <summary>The language messages are shown in (text, Markdown, HTML, GitHub); JSON and SARIF add it beside the English.</summary>
    public MessageLanguageChoice UiLanguage { get; init; } = MessageLanguage.English;

    /// <summary>Whether the messages are shown in a language other than English.</summary>
    public bool IsLocalized => !MessageLanguage.IsEnglish(UiLanguage.Culture);

    /// <summary>A finding's message in <see cref="UiLanguage"/>.</summary>
    public string MessageOf(Finding finding) => finding.MessageIn(UiLanguage.Culture);

    /// <summary>A diagnostic's title in <see cref="UiLanguage"/>.</summary>
    public string TitleOf(DiagnosticDescriptor descriptor) => descriptor.Title.ToString(UiLanguage.Culture);

    public FindingState StateOf(Finding finding) =>
        finding.IsSuppressed ? FindingState.Suppressed
        : finding.IsBaselined || Baselined.Count > 0 && Baselined.ContainsKey(FindingFingerprint.Of(finding)) ? FindingState.Baselined
        : FindingState.Active;

    /// <summary>The justification a waived finding carries: its suppression's or its baseline's.</summary>
    public string? JustificationOf(Finding finding) =>
        finding.Suppression ?? Baselined.GetValueOrDefault(FindingFingerprint.Of(finding))
        ?? (finding.IsBaselined ? $"accepted in the baseline {BaselineFile}" : null);
}

/// <summary>The history a report draws trends from: the runs, oldest first, and what changed since the one before the last.</summary>
public sealed record RunHistory(IReadOnlyList<HistoryRun> Runs, HistoryChanges? SincePrevious);

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
        "html" => new HtmlReporter(),
        "markdown" => new MarkdownReporter(),
        _ => null,
    };

    public static readonly string[] Formats = ["text", "json", "sarif", "github", "html", "markdown"];
}
