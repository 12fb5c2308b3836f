using System.Diagnostics;
using System.Text.Json;
using Npgsql;
using NarrativeLint.Tests.Rules;
using NarrativeLint.Tests.Cli;
using NarrativeLint.Tests.Robustness;
using static NarrativeLint.Tests.Cli.CliProcess;

namespace NarrativeLint.Tests.Reporting.History;

/// <summary><c>check --history</c> and <c>narrativelint history</c> as a user runs them, on SQLite and on a real PostgreSQL server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class HistoryCommandTests(PostgresServer postgres) : IDisposable
{
    const string Broken = "# Support\n\nWe reply to support tickets within 72 hours.\n\nCall our helpdesk today.\n";
    const string Fixed = "# Support\n\nWe reply to support tickets within 24 hours.\n\nCall our helpdesk today.\n";

    readonly TempFolder project = Project();

    static TempFolder Project()
    {
        var folder = new TempFolder();
        folder.Write("rules/brand.yaml", Fixture.RegistryYaml);
        folder.Write("content/support.md", Broken);
        return folder;
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Two_runs_with_a_fix_between_show_a_falling_count_and_the_fix_as_fixed(string kind)
    {
        var target = kind == "sqlite" ? ".narrativelint/history.db" : postgres.NewDatabase();
        Git("init", "-q");
        Git("add", ".");
        Git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "content");
        var revision = Git("rev-parse", "HEAD").Stdout.Trim();

        Check(kind == "sqlite" ? ["--history"] : ["--history", target]).ExitCode.ShouldBe(1);
        project.Write("content/support.md", Fixed);
        Check(kind == "sqlite" ? ["--history"] : ["--history", target]).ExitCode.ShouldBe(0);

        var shown = Narrativelint(project.Root, kind == "sqlite" ? ["history", "--format", "json"] : ["history", "--history", target, "--format", "json"]);
        shown.ExitCode.ShouldBe(0, shown.ToString());
        using var json = JsonDocument.Parse(shown.Stdout);
        var runs = json.RootElement.GetProperty("runs").EnumerateArray().ToList();
        runs.Count.ShouldBe(2);
        var totals = runs.Select(r => r.GetProperty("findings").GetProperty("total").GetInt32()).ToList();
        totals[1].ShouldBeLessThan(totals[0]);
        runs[0].GetProperty("revision").GetString().ShouldBe(revision);
        runs[0].GetProperty("findings").GetProperty("byRule").GetProperty("NL1001").GetInt32().ShouldBe(1);
        runs[1].GetProperty("findings").GetProperty("byRule").TryGetProperty("NL1001", out _).ShouldBeFalse();
        runs[0].GetProperty("findings").GetProperty("byCommitment").GetProperty("support-response-time").GetInt32().ShouldBe(1);
        runs[0].GetProperty("findings").GetProperty("byChannel").GetProperty("article").GetInt32().ShouldBe(totals[0]);
        DateTimeOffset.Parse(runs[0].GetProperty("time").GetString()!).ShouldBeLessThanOrEqualTo(DateTimeOffset.Parse(runs[1].GetProperty("time").GetString()!));

        var trend = json.RootElement.GetProperty("trend").GetProperty("byCommitment").GetProperty("support-response-time");
        trend.EnumerateArray().Select(c => c.GetInt32()).ShouldBe([1, 0]);
        var changes = json.RootElement.GetProperty("changes");
        var fixedFindings = changes.GetProperty("fixed").EnumerateArray().ToList();
        fixedFindings.ShouldHaveSingleItem().GetProperty("rule").GetString().ShouldBe("NL1001");
        fixedFindings[0].GetProperty("path").GetString().ShouldBe("content/support.md");
        changes.GetProperty("new").GetArrayLength().ShouldBe(0);
        changes.GetProperty("stillOpen").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).ShouldBe(["NL4001"]);

        var text = Narrativelint(project.Root, kind == "sqlite" ? ["history"] : ["history", "--history", target]);
        text.ExitCode.ShouldBe(0, text.ToString());
        text.Stdout.ShouldContain("2 recorded runs");
        text.Stdout.ShouldMatch(@"support-response-time\s+1 → 0");
        text.Stdout.ShouldContain("0 new, 1 fixed, 1 still open");
        text.Stdout.ShouldContain("fixed  NL1001 content/support.md:3:");
    }

    [Fact]
    public void Since_leaves_out_runs_before_the_date()
    {
        Check("--history").ExitCode.ShouldBe(1);
        var later = Narrativelint(project.Root, "history", "--format", "json", "--since", DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd"));
        later.ExitCode.ShouldBe(0, later.ToString());
        JsonDocument.Parse(later.Stdout).RootElement.GetProperty("runs").GetArrayLength().ShouldBe(0);
        var earlier = Narrativelint(project.Root, "history", "--format", "json", "--since", DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"));
        JsonDocument.Parse(earlier.Stdout).RootElement.GetProperty("runs").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public void History_without_a_store_and_a_folder_as_target_are_usage_errors()
    {
        var none = Narrativelint(project.Root, "history");
        none.ExitCode.ShouldBe(2, none.ToString());
        none.Stderr.ShouldContain("no history at .narrativelint/history.db");

        var folderTarget = Narrativelint(project.Root, "check", "--registry", "rules", "--history", "content");
        folderTarget.ExitCode.ShouldBe(2, folderTarget.ToString());
        folderTarget.Stderr.ShouldContain("is a folder");
    }

    [Fact]
    public void A_check_killed_while_writing_to_PostgreSQL_leaves_the_store_readable_and_without_its_run()
    {
        var target = postgres.NewDatabase();
        Check("--history", target).ExitCode.ShouldBe(1);

        // Hold the findings table so the next run stops inside its transaction, after its run row is written.
        using var holder = new NpgsqlConnection(target);
        holder.Open();
        using (var transaction = holder.BeginTransaction())
        {
            new NpgsqlCommand("LOCK TABLE run_findings IN SHARE MODE", holder, transaction).ExecuteNonQuery();
            using var child = Start(project.Root, "check", "content", "--registry", "rules", "--history", target);
            WaitFor(() => Count(target, "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO run_findings%'") == 1,
                "the second run to block writing its findings");
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
            transaction.Rollback();
        }
        WaitFor(() => Count(target, "SELECT COUNT(*) FROM pg_stat_activity WHERE query LIKE 'INSERT INTO run_findings%' AND state <> 'idle'") == 0,
            "the killed run's session to end");

        Count(target, "SELECT COUNT(*) FROM runs").ShouldBe(1);
        Count(target, "SELECT COUNT(*) FROM run_findings WHERE run_id NOT IN (SELECT id FROM runs)").ShouldBe(0);
        var shown = Narrativelint(project.Root, "history", "--history", target, "--format", "json");
        shown.ExitCode.ShouldBe(0, shown.ToString());
        JsonDocument.Parse(shown.Stdout).RootElement.GetProperty("runs").GetArrayLength().ShouldBe(1);
        Check("--history", target).ExitCode.ShouldBe(1);
        Count(target, "SELECT COUNT(*) FROM runs").ShouldBe(2);
    }

    CommandResult Check(params string[] options) => Narrativelint(project.Root, ["check", "content", "--registry", "rules", .. options]);

    CommandResult Git(params string[] args)
    {
        var result = Run("git", args, project.Root);
        result.ExitCode.ShouldBe(0, result.ToString());
        return result;
    }

    static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])[CliDll, .. args]) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEndAsync();
        return process;
    }

    static void WaitFor(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(90)) throw new TimeoutException($"timed out waiting for {what}");
            Thread.Sleep(50);
        }
    }

    static long Count(string target, string sql)
    {
        using var connection = new NpgsqlConnection(target);
        connection.Open();
        return Convert.ToInt64(new NpgsqlCommand(sql, connection).ExecuteScalar());
    }

    public void Dispose() => project.Dispose();
}
