using System.Text.Json;
using NarrativeLint.Engine;
using NarrativeLint.Tests.Robustness;
using NarrativeLint.Tests.Rules;
using static NarrativeLint.Tests.Cli.CliProcess;

namespace NarrativeLint.Tests.Gate;

/// <summary>A baseline keys findings by path, rule, commitment and normalised words, so edits elsewhere do not revive them.</summary>
public class BaselineTests
{
    const string Support = "# Support\n\nWe reply to support tickets within 72 hours.\n";

    static AnalysisResult Check(string text) => InMemoryRun.Check(InMemoryRun.Registry(Fixture.RegistryYaml), ("support.md", text));

    [Fact]
    public void A_finding_moved_to_another_line_or_rewrapped_is_still_baselined()
    {
        var baseline = Baseline.Of(Check(Support));
        var moved = baseline.Apply(Check("# Support\n\nA new first paragraph about coffee.\n\nWe reply to support tickets WITHIN\n72 hours.\n"));
        moved.Findings.Single(f => f.Id == "NL1001").IsBaselined.ShouldBeTrue();
        moved.Active.ShouldBeEmpty();
    }

    [Fact]
    public void A_new_wording_or_a_second_copy_is_new()
    {
        var baseline = Baseline.Of(Check(Support));
        var changed = baseline.Apply(Check(Support + "\nWe reply to support tickets within 72 hours.\n\nWe reply to support tickets within 96 hours.\n"));
        changed.Findings.Where(f => f.Id == "NL1001").Select(f => f.IsBaselined).ShouldBe([true, false, false]);
    }

    [Fact]
    public void The_file_is_sorted_and_names_no_line()
    {
        var result = InMemoryRun.Check(InMemoryRun.Registry(Fixture.RegistryYaml),
            ("b.md", "# Help\n\nCall our helpdesk.\n"), ("a.md", Support), ("a2.md", Support + "\nCall our helpdesk.\n"));
        var json = Baseline.Of(result).ToJson();
        var entries = JsonDocument.Parse(json).RootElement.GetProperty("findings").EnumerateArray()
            .Select(e => (e.GetProperty("path").GetString()!, e.GetProperty("rule").GetString()!)).ToList();
        entries.ShouldBe(entries.OrderBy(e => e.Item1, StringComparer.Ordinal).ThenBy(e => e.Item2, StringComparer.Ordinal).ToList());
        json.ShouldNotContain("line", Case.Insensitive);
        Baseline.Parse(json, "b.json").Count.ShouldBe(Baseline.Of(result).Count);
    }

    [Fact]
    public void A_malformed_baseline_exits_2()
    {
        using var folder = new TempFolder();
        folder.Write("rules/brand.yaml", Fixture.RegistryYaml);
        folder.Write("content/support.md", Support);
        folder.Write("baseline.json", "{ \"findings\": 3 }");
        var run = Narrativelint(folder.Root, "check", "content", "--baseline", "baseline.json");
        run.ExitCode.ShouldBe(2, run.ToString());
        run.Stderr.ShouldContain("baseline.json");
    }

    [Fact]
    public void Baselined_findings_are_unchanged_in_sarif_counted_in_the_summary_and_do_not_fail()
    {
        using var folder = new TempFolder();
        folder.Write("rules/brand.yaml", Fixture.RegistryYaml);
        folder.Write("content/support.md", Support);
        var write = Narrativelint(folder.Root, "check", "content", "--write-baseline", "nl-baseline.json");
        write.ExitCode.ShouldBe(0, write.ToString());
        File.ReadAllText(folder.PathOf("nl-baseline.json")).ShouldContain("\"rule\": \"NL1001\"");
        folder.Write("content/more.md", "# More\n\nWe reply to support tickets within 96 hours.\n");

        var sarif = Narrativelint(folder.Root, "check", "content", "--baseline", "nl-baseline.json", "--format", "sarif");
        sarif.ExitCode.ShouldBe(1, sarif.ToString());
        var states = JsonDocument.Parse(sarif.Stdout).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .ToDictionary(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!,
                r => r.GetProperty("baselineState").GetString());
        states["content/support.md"].ShouldBe("unchanged");
        states["content/more.md"].ShouldBe("new");

        var markdown = Narrativelint(folder.Root, "check", "content", "--baseline", "nl-baseline.json", "--format", "markdown");
        markdown.Stdout.ShouldContain("1 already in the baseline");
        markdown.Stdout.ShouldContain("content/more.md");
        markdown.Stdout.ShouldNotContain("content/support.md");

        var json = JsonDocument.Parse(Narrativelint(folder.Root, "check", "content", "--baseline", "nl-baseline.json", "--format", "json").Stdout).RootElement;
        json.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("path").GetString() == "content/support.md").GetProperty("baselined").GetBoolean().ShouldBeTrue();
        json.GetProperty("summary").GetProperty("baselined").GetInt32().ShouldBe(1);
        Narrativelint(folder.Root, "check", "content", "--baseline", "nl-baseline.json", "--no-color").Stdout.ShouldContain("1 in the baseline");

        File.Delete(folder.PathOf("content/more.md"));
        Narrativelint(folder.Root, "check", "content", "--baseline", "nl-baseline.json").ExitCode.ShouldBe(0);
    }
}
