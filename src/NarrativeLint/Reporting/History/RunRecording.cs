using NarrativeLint.Analyzers;

namespace NarrativeLint.Reporting.History;

/// <summary>What of a run the history keeps: its description and each finding with its fingerprint and state.</summary>
public static class RunRecording
{
    public static RunDescription Describe(RunSummary run) =>
        new(run.Time, run.Revision, RegistryHash.Of(run.RegistryFiles), run.ToolVersion);

    public static IEnumerable<HistoryFinding> Findings(RunSummary run) => run.Result.Findings.Select(finding => new HistoryFinding(
        FindingFingerprint.Of(finding),
        finding.Id,
        Reporter.Level(finding.Severity),
        finding.Property(FindingProperties.CommitmentId),
        finding.Channel,
        finding.Language,
        finding.Path,
        finding.LineSpan.StartLinePosition.Line + 1,
        finding.Message,
        run.StateOf(finding)));
}
