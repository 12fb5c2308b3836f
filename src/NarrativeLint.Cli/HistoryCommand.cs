using System.Globalization;
using NarrativeLint.Reporting;
using NarrativeLint.Reporting.History;

namespace NarrativeLint.Cli;

/// <summary>
/// <c>check --history [TARGET]</c> records a run; <c>narrativelint history</c> shows the recorded runs, their
/// trends and what changed between the last two.
/// </summary>
static class HistoryCommand
{
    /// <summary>Records the run in the store and returns the summary with the history the report draws trends from, or null when the store failed.</summary>
    public static RunSummary? Record(RunSummary summary, string target)
    {
        if (Directory.Exists(target))
        {
            Console.Error.WriteLine($"error: --history takes a SQLite file or a PostgreSQL connection string, and '{target}' is a folder. " +
                                    "Put the paths to check before --history, or write --history=FILE.");
            return null;
        }
        try
        {
            using var store = HistoryStores.Open(target);
            var previous = store.Runs().LastOrDefault();
            var recorded = store.Record(RunRecording.Describe(summary), RunRecording.Findings(summary));
            var changes = previous is null ? null : HistoryChanges.Between(store.Findings(previous.Id), store.Findings(recorded.Id));
            Console.Error.WriteLine($"run #{recorded.Id} recorded in {store.Location}");
            return summary with { History = new RunHistory(store.Runs(), changes) };
        }
        catch (Exception e) when (e is HistoryStoreException or System.Data.Common.DbException)
        {
            Console.Error.WriteLine($"error: history: {e.Message}");
            return null;
        }
    }

    public static int Show(string? target, string format, string? since)
    {
        var location = string.IsNullOrWhiteSpace(target) ? HistoryStores.DefaultPath : target;
        DateTimeOffset? from = null;
        if (since is not null)
        {
            if (!DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                Console.Error.WriteLine($"error: --since '{since}' is not a date (write 2026-11-30 or 2026-11-30T08:00Z).");
                return ExitCodes.Usage;
            }
            from = parsed;
        }
        if (!HistoryStores.IsConnectionString(location) && !File.Exists(location))
        {
            Console.Error.WriteLine($"error: no history at {location}. Record runs with 'narrativelint check PATHS --history{(target is null ? "" : " " + location)}'.");
            return ExitCodes.Usage;
        }
        try
        {
            using var store = HistoryStores.Open(location);
            var report = HistoryReport.From(store, from);
            if (format == "json") report.WriteJson(Console.Out);
            else report.WriteText(Console.Out);
            return ExitCodes.Clean;
        }
        catch (Exception e) when (e is HistoryStoreException or System.Data.Common.DbException)
        {
            Console.Error.WriteLine($"error: history: {e.Message}");
            return ExitCodes.Usage;
        }
    }
}
