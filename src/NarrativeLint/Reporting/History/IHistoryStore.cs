namespace NarrativeLint.Reporting.History;

/// <summary>
/// Where runs are remembered: an embedded SQLite file by default, PostgreSQL for a team that shares one store.
/// The store creates and migrates its own schema; a run is recorded in one transaction or not at all.
/// </summary>
public interface IHistoryStore : IDisposable
{
    /// <summary>Where the store is, for messages (a file path, or a PostgreSQL host and database without the password).</summary>
    string Location { get; }

    /// <summary>Records a run and its findings in one transaction; if writing fails half-way nothing of the run remains.</summary>
    HistoryRun Record(RunDescription run, IEnumerable<HistoryFinding> findings);

    /// <summary>The recorded runs, oldest first, from <paramref name="since"/> on when given.</summary>
    IReadOnlyList<HistoryRun> Runs(DateTimeOffset? since = null);

    /// <summary>The findings of one recorded run, in the order they were reported.</summary>
    IReadOnlyList<HistoryFinding> Findings(long runId);
}
