using System.Text;
using NarrativeLint.Channels;
using NarrativeLint.Engine;
using NarrativeLint.Engine.Configuration;
using NarrativeLint.Tests.Robustness;
using NarrativeLint.Tests.Rules;
using static NarrativeLint.Tests.Cli.CliProcess;

namespace NarrativeLint.Tests.Speed;

/// <summary>The per-file time and size budgets: a file over one gets one NL0 finding naming the limit, and the run goes on.</summary>
/// <remarks>Alone: the budget's timer fires on the thread pool, which the suite's parallel tests can keep busy past the whole check.</remarks>
[Collection(LinearShapeTests.Alone)]
public class FileBudgetTests
{
    const string Breaks24Hours = "# Support\n\nWe reply to support tickets within 72 hours.\n";

    /// <summary>Far more prose than any machine checks in a millisecond: 4,000 paragraphs, each breaking the 24-hour promise.</summary>
    static string LongPost() =>
        "# Support\n\n" + string.Concat(Enumerable.Repeat("We reply to support tickets within 72 hours, every day of the week.\n\n", 4000));

    static AnalysisResult Check(EngineOptions options, params (string Path, string Text)[] files) =>
        new NarrativeEngine(Fixture.Registry, options).Check(files.Select(f => new ContentFile(f.Path, Encoding.UTF8.GetBytes(f.Text))).ToList());

    [Fact]
    public void A_file_over_its_time_budget_gets_one_NL0011_and_none_of_its_findings()
    {
        var result = Check(new EngineOptions { MaxFileTime = TimeSpan.FromMilliseconds(1) }, ("long.md", LongPost()));

        var finding = result.Findings.ShouldHaveSingleItem();
        finding.Id.ShouldBe("NL0011");
        finding.Path.ShouldBe("long.md");
        finding.Message.ShouldContain("0.001 s per-file time budget");
        result.Document("long.md")!.Sentences.ShouldBeEmpty();
    }

    [Fact]
    public void The_run_goes_on_after_a_file_over_its_budget()
    {
        // One worker, the long file first: the short one is checked after the long one was stopped.
        var options = new EngineOptions { MaxFileTime = TimeSpan.FromMilliseconds(1), MaxDegreeOfParallelism = 1 };
        var result = Check(options, ("long.md", LongPost()), ("short.md", Breaks24Hours));

        result.Findings.Where(f => f.Path == "long.md").Select(f => f.Id).ShouldBe(["NL0011"]);
        result.Documents.Select(d => d.Path).ShouldBe(["long.md", "short.md"], ignoreOrder: true);
    }

    [Fact]
    public void The_default_budget_leaves_a_long_file_checked_in_full()
    {
        var result = Check(new EngineOptions(), ("long.md", LongPost()));

        result.Findings.ShouldNotContain(f => f.Id == "NL0011");
        result.Findings.Count(f => f.Id == "NL1001").ShouldBe(4000);
    }

    [Fact]
    public void A_budget_of_zero_is_no_budget()
    {
        var result = Check(new EngineOptions { MaxFileTime = TimeSpan.Zero }, ("long.md", LongPost()));

        result.Findings.Count(f => f.Id == "NL1001").ShouldBe(4000);
    }

    [Fact]
    public void The_configuration_sets_both_budgets_and_rejects_what_is_not_a_number()
    {
        using var folder = new TempFolder();
        var yaml = "max-file-size: 4\nmax-file-time: 0\n";
        var loaded = ConfigurationLoader.LoadText(yaml, folder.Write(ConfigurationLoader.FileName, yaml));
        loaded.Errors.ShouldBeEmpty();
        loaded.Configuration!.MaxFileMegabytes.ShouldBe(4);
        loaded.Configuration.MaxFileSeconds.ShouldBe(0);

        var bad = "max-file-size: 0\nmax-file-time: soon\n";
        var errors = ConfigurationLoader.LoadText(bad, folder.Write(ConfigurationLoader.FileName, bad)).Errors;
        errors.Select(e => e.Position.Line).ShouldBe([1, 2]);
        errors[1].Message.ShouldContain("max-file-time");
    }

    [Fact]
    public void The_command_line_budget_wins_over_the_configuration()
    {
        using var folder = new TempFolder();
        folder.Write("rules/brand.yaml", Fixture.RegistryYaml);
        folder.Write("narrativelint.yaml", "max-file-size: 1\n");
        folder.Write("big.md", "# Big\n\n" + new string('a', 1024 * 1024 + 10) + "\n");

        var fromConfiguration = Narrativelint(folder.Root, "check", "big.md", "--fail-on", "none");
        fromConfiguration.Stdout.ShouldContain("NL0005", customMessage: fromConfiguration.ToString());

        var fromCommandLine = Narrativelint(folder.Root, "check", "big.md", "--fail-on", "none", "--max-file-size", "2", "--max-file-time", "600");
        fromCommandLine.Stdout.ShouldNotContain("NL0005", customMessage: fromCommandLine.ToString());
        fromCommandLine.ExitCode.ShouldBe(0, fromCommandLine.ToString());
    }
}
