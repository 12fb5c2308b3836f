using NarrativeLint.Tests.Cli;
using NarrativeLint.Tests.Robustness;
using NarrativeLint.Tests.Rules;
using static NarrativeLint.Tests.Cli.CliProcess;

namespace NarrativeLint.Tests.Gate;

/// <summary>The gate on a real git repository: adopt with a baseline, then only a new contradiction in a new commit fails the run.</summary>
public class GateEndToEndTests
{
    static void Git(TempFolder repo, params string[] args)
    {
        var run = CliProcess.Run("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", .. args], repo.Root);
        run.ExitCode.ShouldBe(0, run.ToString());
    }

    /// <summary>A new repository holding the registry and <paramref name="files"/>, committed.</summary>
    static TempFolder CommittedRepository(params (string Path, string Text)[] files)
    {
        var repo = new TempFolder();
        Git(repo, "init", "-q", "-b", "main");
        repo.Write("rules/brand.yaml", Fixture.RegistryYaml);
        foreach (var (path, text) in files) repo.Write(path, text);
        Git(repo, "add", "-A");
        Git(repo, "commit", "-q", "-m", "existing content");
        return repo;
    }

    [Fact]
    public void Baseline_and_changed_since_report_only_the_new_contradiction_until_it_is_fixed()
    {
        using var repo = CommittedRepository(
            ("narrativelint.yaml", "registry: rules\nexclude: [\"rules/**\"]\n"),
            ("content/support.md", "# Support\n\nWe reply to support tickets within 72 hours.\n\nCall our helpdesk today.\n"),
            ("content/uptime.md", "# Uptime\n\nOur network is available 99.5% of the time.\n"));

        var adopt = Narrativelint(repo.Root, "check", "content", "--write-baseline", "narrativelint.baseline.json");
        adopt.ExitCode.ShouldBe(0, adopt.ToString());
        Git(repo, "add", "-A");
        Git(repo, "commit", "-q", "-m", "adopt the gate");

        // A new contradiction, and an unrelated edit that moves the old findings down.
        repo.Write("content/support.md", "# Support\n\nOur team is here for you.\n\nWe reply to support tickets within 72 hours.\n\nCall our helpdesk today.\n\nWe love good coffee.\n");
        repo.Write("content/pricing.md", "# Pricing\n\nThe Starter plan costs €12 per month.\n");
        Git(repo, "add", "-A");
        Git(repo, "commit", "-q", "-m", "new copy");

        var gate = Narrativelint(repo.Root, "check", "content", "--baseline", "narrativelint.baseline.json", "--changed-since", "HEAD~1", "--no-color");
        gate.ExitCode.ShouldBe(1, gate.ToString());
        var reported = gate.Stdout.Split('\n').Where(l => l.StartsWith("content/")).ToList();
        reported.ShouldHaveSingleItem(gate.ToString()).ShouldStartWith("content/pricing.md:3:");
        reported[0].ShouldContain("NL1001");

        repo.Write("content/pricing.md", "# Pricing\n\nThe Starter plan costs €9.99 per month.\n");
        Git(repo, "commit", "-q", "-am", "fix the price");
        var fixedRun = Narrativelint(repo.Root, "check", "content", "--baseline", "narrativelint.baseline.json", "--changed-since", "HEAD~2");
        fixedRun.ExitCode.ShouldBe(0, fixedRun.ToString());
    }

    [Fact]
    public void Untracked_files_count_as_changed_and_a_bad_revision_exits_2()
    {
        using var repo = CommittedRepository(("content/old.md", "# Support\n\nWe reply to support tickets within 72 hours.\n"));
        repo.Write("content/new.md", "# Support\n\nWe reply to support tickets within 96 hours.\n");

        var run = Narrativelint(repo.Root, "check", "content", "--changed-since", "HEAD", "--format", "github");
        run.ExitCode.ShouldBe(1, run.ToString());
        run.Stdout.ShouldContain("file=content/new.md");
        run.Stdout.ShouldNotContain("file=content/old.md");

        var bad = Narrativelint(repo.Root, "check", "content", "--changed-since", "no-such-rev");
        bad.ExitCode.ShouldBe(2, bad.ToString());
        bad.Stderr.ShouldContain("--changed-since no-such-rev");
    }
}
