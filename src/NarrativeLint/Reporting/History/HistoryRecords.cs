using System.Collections.Immutable;

namespace NarrativeLint.Reporting.History;

/// <summary>What a recorded run is, before its findings: when, at which revision, against which registry.</summary>
/// <param name="Revision">The commit checked (<c>git rev-parse HEAD</c>), or null outside a repository.</param>
/// <param name="RegistryHash">SHA-256 over the registry files' paths and contents (<see cref="RegistryHash"/>).</param>
public sealed record RunDescription(DateTimeOffset Time, string? Revision, string RegistryHash, string ToolVersion);

/// <summary>One finding as the history keeps it: enough to say which findings are new, fixed or still open.</summary>
/// <param name="Fingerprint">The SARIF partial fingerprint (<see cref="FindingFingerprint"/>), stable across line moves.</param>
public sealed record HistoryFinding(
    string Fingerprint,
    string Rule,
    string Severity,
    string? Commitment,
    string? Channel,
    string? Language,
    string Path,
    int Line,
    string Message,
    FindingState State);

/// <summary>The dimensions a run's findings are counted by.</summary>
public static class CountDimension
{
    public const string Rule = "rule";
    public const string Commitment = "commitment";
    public const string Channel = "channel";
    public const string Language = "language";
    public const string File = "file";

    public static readonly ImmutableArray<string> All = [Rule, Commitment, Channel, Language, File];
}

/// <summary>
/// A run's counts: open findings (neither suppressed nor baselined) in total and per dimension, plus how many
/// were waived. A finding with no commitment, channel or language is counted in the total only.
/// </summary>
public sealed record FindingCounts(int Total, int Suppressed, int Baselined, ImmutableDictionary<string, ImmutableSortedDictionary<string, int>> By)
{
    public ImmutableSortedDictionary<string, int> ByRule => Of(CountDimension.Rule);
    public ImmutableSortedDictionary<string, int> ByCommitment => Of(CountDimension.Commitment);
    public ImmutableSortedDictionary<string, int> ByChannel => Of(CountDimension.Channel);
    public ImmutableSortedDictionary<string, int> ByLanguage => Of(CountDimension.Language);
    public ImmutableSortedDictionary<string, int> ByFile => Of(CountDimension.File);

    public ImmutableSortedDictionary<string, int> Of(string dimension) =>
        By.TryGetValue(dimension, out var counts) ? counts : ImmutableSortedDictionary<string, int>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Counts findings one at a time, as the store writes them.</summary>
    public sealed class Tally
    {
        readonly Dictionary<string, Dictionary<string, int>> by = CountDimension.All.ToDictionary(d => d, _ => new Dictionary<string, int>(StringComparer.Ordinal));
        int total, suppressed, baselined;

        public void Add(HistoryFinding finding)
        {
            switch (finding.State)
            {
                case FindingState.Suppressed: suppressed++; return;
                case FindingState.Baselined: baselined++; return;
            }
            total++;
            Count(CountDimension.Rule, finding.Rule);
            Count(CountDimension.Commitment, finding.Commitment);
            Count(CountDimension.Channel, finding.Channel);
            Count(CountDimension.Language, finding.Language);
            Count(CountDimension.File, finding.Path);
        }

        void Count(string dimension, string? key)
        {
            if (string.IsNullOrEmpty(key)) return;
            var counts = by[dimension];
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        public FindingCounts ToCounts() => new(total, suppressed, baselined,
            by.ToImmutableDictionary(d => d.Key, d => d.Value.ToImmutableSortedDictionary(StringComparer.Ordinal)));
    }
}

/// <summary>A run as the store returns it: its description, its id in the store and its counts.</summary>
public sealed record HistoryRun(long Id, RunDescription Description, FindingCounts Counts)
{
    public DateTimeOffset Time => Description.Time;
    public string? Revision => Description.Revision;
}
