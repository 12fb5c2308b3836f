namespace NarrativeLint.Reporting.History;

/// <summary>
/// Between two runs, by fingerprint: findings that appeared, that went away, and that are still open.
/// Only open findings count: one suppressed or baselined since is reported as fixed.
/// </summary>
public sealed record HistoryChanges(IReadOnlyList<HistoryFinding> New, IReadOnlyList<HistoryFinding> Fixed, IReadOnlyList<HistoryFinding> StillOpen)
{
    public static HistoryChanges Between(IEnumerable<HistoryFinding> before, IEnumerable<HistoryFinding> after)
    {
        var previous = Open(before);
        var current = Open(after);
        return new HistoryChanges(
            [.. current.Where(f => !previous.ContainsKey(f.Key)).Select(f => f.Value)],
            [.. previous.Where(f => !current.ContainsKey(f.Key)).Select(f => f.Value)],
            [.. current.Where(f => previous.ContainsKey(f.Key)).Select(f => f.Value)]);
    }

    // The first finding of each fingerprint stands for it, in report order.
    static Dictionary<string, HistoryFinding> Open(IEnumerable<HistoryFinding> findings)
    {
        var open = new Dictionary<string, HistoryFinding>(StringComparer.Ordinal);
        foreach (var finding in findings.Where(f => f.State == FindingState.Active)) open.TryAdd(finding.Fingerprint, finding);
        return open;
    }
}
