using Microsoft.Data.Sqlite;
using Npgsql;
using NarrativeLint.Reporting;
using NarrativeLint.Reporting.History;
using NarrativeLint.Tests.Robustness;

namespace NarrativeLint.Tests.Reporting.History;

/// <summary>The store contract, the same for SQLite and a real PostgreSQL server: schema, versions, transactions.</summary>
[Collection(PostgresCollection.Name)]
public sealed class HistoryStoreTests(PostgresServer postgres) : IDisposable
{
    readonly TempFolder folder = new();

    public static TheoryData<string> Kinds => ["sqlite", "postgres"];

    string NewTarget(string kind) => kind == "sqlite" ? folder.PathOf($"history-{Guid.NewGuid():N}.db") : postgres.NewDatabase();

    static RunDescription Run(int day) => new(new DateTimeOffset(2026, 11, day, 9, 0, 0, TimeSpan.Zero), "abc123", "registry-hash", "0.1.0");

    static HistoryFinding Finding(string fingerprint, string rule = "NL1001", string? commitment = "support-response-time", FindingState state = FindingState.Active) =>
        new(fingerprint, rule, "error", commitment, "blog", "en", "content/support.md", 3, $"message of {fingerprint}", state);

    [Theory, MemberData(nameof(Kinds))]
    public void A_recorded_run_reads_back_with_its_counts_and_findings(string kind)
    {
        var target = NewTarget(kind);
        using (var store = HistoryStores.Open(target))
            store.Record(Run(1), [Finding("a"), Finding("b", "NL4001", null), Finding("c", state: FindingState.Suppressed), Finding("d", state: FindingState.Baselined)]);

        using var reopened = HistoryStores.Open(target);
        var run = reopened.Runs().ShouldHaveSingleItem();
        run.Time.ShouldBe(Run(1).Time);
        run.Revision.ShouldBe("abc123");
        run.Counts.Total.ShouldBe(2);
        run.Counts.Suppressed.ShouldBe(1);
        run.Counts.Baselined.ShouldBe(1);
        run.Counts.ByRule.ShouldBe(new Dictionary<string, int> { ["NL1001"] = 1, ["NL4001"] = 1 });
        run.Counts.ByCommitment.ShouldBe(new Dictionary<string, int> { ["support-response-time"] = 1 });
        run.Counts.ByFile.ShouldBe(new Dictionary<string, int> { ["content/support.md"] = 2 });
        reopened.Findings(run.Id).Select(f => (f.Fingerprint, f.State)).ShouldBe(
            [("a", FindingState.Active), ("b", FindingState.Active), ("c", FindingState.Suppressed), ("d", FindingState.Baselined)]);
    }

    [Theory, MemberData(nameof(Kinds))]
    public void Runs_come_oldest_first_and_since_leaves_out_earlier_ones(string kind)
    {
        using var store = HistoryStores.Open(NewTarget(kind));
        store.Record(Run(20), [Finding("a")]);
        store.Record(Run(10), [Finding("a"), Finding("b")]);
        store.Record(Run(30), []);
        store.Runs().Select(r => r.Time.Day).ShouldBe([10, 20, 30]);
        store.Runs(new DateTimeOffset(2026, 11, 15, 0, 0, 0, TimeSpan.Zero)).Select(r => r.Time.Day).ShouldBe([20, 30]);
    }

    [Theory, MemberData(nameof(Kinds))]
    public void The_schema_is_versioned_and_created_once(string kind)
    {
        var target = NewTarget(kind);
        HistoryStores.Open(target).Dispose();
        HistoryStores.Open(target).Dispose();
        Versions(kind, target).ShouldBe([.. Enumerable.Range(1, SqlHistoryStore.SchemaVersion)]);
    }

    [Theory, MemberData(nameof(Kinds))]
    public void A_store_from_a_newer_NarrativeLint_is_refused_rather_than_misread(string kind)
    {
        var target = NewTarget(kind);
        HistoryStores.Open(target).Dispose();
        Execute(kind, target, $"INSERT INTO schema_version (version) VALUES ({SqlHistoryStore.SchemaVersion + 1})");
        Should.Throw<HistoryStoreException>(() => HistoryStores.Open(target)).Message.ShouldContain("schema version");
    }

    [Theory, MemberData(nameof(Kinds))]
    public void A_run_that_fails_half_way_through_its_findings_leaves_nothing(string kind)
    {
        var target = NewTarget(kind);
        using (var store = HistoryStores.Open(target))
        {
            store.Record(Run(1), [Finding("a")]);
            Should.Throw<IOException>(() => store.Record(Run(2), FailingAfter(3)));
            store.Runs().Select(r => r.Time.Day).ShouldBe([1]);
        }
        Count(kind, target, "SELECT COUNT(*) FROM run_findings").ShouldBe(1);
        Count(kind, target, "SELECT COUNT(*) FROM run_counts WHERE run_id NOT IN (SELECT id FROM runs)").ShouldBe(0);

        using var reopened = HistoryStores.Open(target);
        reopened.Record(Run(3), [Finding("z")]);
        reopened.Runs().Select(r => r.Time.Day).ShouldBe([1, 3]);
    }

    // The findings a run is writing when it dies: three rows in, the fourth never comes.
    static IEnumerable<HistoryFinding> FailingAfter(int count)
    {
        for (var i = 0; i < count; i++) yield return Finding($"f{i}");
        throw new IOException("the run died while writing its findings");
    }

    [Fact]
    public void A_SQLite_store_copied_while_a_run_is_half_written_holds_only_the_finished_runs()
    {
        // What is on disk mid-transaction is what a killed process leaves behind: copy it then, and open the copy.
        var path = folder.PathOf("history.db");
        using (var first = HistoryStores.Open(path)) first.Record(Run(1), [Finding("a")]);

        using var midWrite = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        IEnumerable<HistoryFinding> Blocking()
        {
            for (var i = 0; i < 50; i++) yield return Finding($"f{i}");
            midWrite.Set();
            release.Wait(TimeSpan.FromSeconds(60));
            throw new IOException("killed");
        }

        var writer = Task.Run(() =>
        {
            using var store = HistoryStores.Open(path);
            store.Record(Run(2), Blocking());
        });
        midWrite.Wait(TimeSpan.FromSeconds(60)).ShouldBeTrue();
        var crashed = Directory.CreateDirectory(folder.PathOf("crashed")).FullName;
        var journal = path + "-journal";
        File.Exists(journal).ShouldBeTrue("a run in the middle of its transaction has a rollback journal");
        File.Copy(path, Path.Combine(crashed, "history.db"));
        File.Copy(journal, Path.Combine(crashed, "history.db-journal"));
        release.Set();
        Should.Throw<IOException>(() => writer.GetAwaiter().GetResult());

        var copy = Path.Combine(crashed, "history.db");
        using (var store = HistoryStores.Open(copy))
        {
            store.Runs().Select(r => r.Time.Day).ShouldBe([1]);
            store.Findings(store.Runs()[0].Id).Select(f => f.Fingerprint).ShouldBe(["a"]);
        }
        Count("sqlite", copy, "SELECT COUNT(*) FROM run_findings").ShouldBe(1);
        using var check = new SqliteConnection($"Data Source={copy};Pooling=false");
        check.Open();
        using var integrity = new SqliteCommand("PRAGMA integrity_check", check);
        integrity.ExecuteScalar().ShouldBe("ok");
    }

    static List<int> Versions(string kind, string target)
    {
        using var connection = Connect(kind, target);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM schema_version ORDER BY version";
        using var reader = command.ExecuteReader();
        var versions = new List<int>();
        while (reader.Read()) versions.Add(reader.GetInt32(0));
        return versions;
    }

    static long Count(string kind, string target, string sql)
    {
        using var connection = Connect(kind, target);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    static void Execute(string kind, string target, string sql)
    {
        using var connection = Connect(kind, target);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    static System.Data.Common.DbConnection Connect(string kind, string target)
    {
        System.Data.Common.DbConnection connection = kind == "sqlite" ? new SqliteConnection($"Data Source={target};Pooling=false") : new NpgsqlConnection(target);
        connection.Open();
        return connection;
    }

    public void Dispose() => folder.Dispose();
}
