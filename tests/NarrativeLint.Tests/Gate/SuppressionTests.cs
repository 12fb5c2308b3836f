using System.Text.Json;
using NarrativeLint.Engine;
using NarrativeLint.Reporting;
using NarrativeLint.Tests.Robustness;
using NarrativeLint.Tests.Rules;
using static NarrativeLint.Tests.Cli.CliProcess;

namespace NarrativeLint.Tests.Gate;

/// <summary>Inline suppressions in every channel's comment syntax, for a line or a block, audited: NL0006, NL0009 and the listing.</summary>
public class SuppressionTests
{
    static AnalysisResult Check(string path, string text) => InMemoryRun.Check(InMemoryRun.Registry(Fixture.RegistryYaml), (path, text));

    static IEnumerable<(string Id, bool Suppressed, int Line)> Findings(AnalysisResult result) =>
        result.Findings.Select(f => (f.Id, f.IsSuppressed, f.LineSpan.StartLinePosition.Line + 1));

    [Fact]
    public void A_markdown_block_suppresses_every_line_up_to_its_enable()
    {
        var result = Check("help.md", """
            # Help

            <!-- narrativelint-disable NL4001: the 2023 brochure is quoted verbatim -->
            Call our helpdesk today.

            Our helpdesk is open.
            <!-- narrativelint-enable NL4001 -->

            The helpdesk moved.
            """);
        Findings(result).Where(f => f.Id == "NL4001").ShouldBe([("NL4001", true, 4), ("NL4001", true, 6), ("NL4001", false, 9)]);
        result.Findings.Where(f => f.Id == "NL4001" && f.IsSuppressed).ShouldAllBe(f => f.Suppression == "the 2023 brochure is quoted verbatim");
        result.Findings.ShouldNotContain(f => f.Id == "NL0009" || f.Id == "NL0006");
    }

    [Fact]
    public void A_block_without_enable_runs_to_the_end_of_the_file()
    {
        var result = Check("help.md", "# Help\n\n<!-- narrativelint-disable NL4: archive page -->\n\nCall our helpdesk.\n\nThe helpdesk moved.\n");
        result.Findings.Where(f => f.Id == "NL4001").ShouldAllBe(f => f.IsSuppressed);
        result.Findings.Count(f => f.Id == "NL4001").ShouldBe(2);
    }

    [Fact]
    public void A_block_without_justification_suppresses_nothing_and_is_NL0006()
    {
        var result = Check("help.md", "# Help\n\n<!-- narrativelint-disable NL4001 -->\nCall our helpdesk.\n<!-- narrativelint-enable -->\n");
        Findings(result).ShouldContain(("NL0006", false, 3));
        Findings(result).ShouldContain(("NL4001", false, 4));
        result.Findings.ShouldNotContain(f => f.Id == "NL0009");
    }

    [Fact]
    public void A_justified_suppression_under_which_no_finding_falls_is_NL0009()
    {
        var result = Check("help.md", "# Help\n\n<!-- narrativelint-disable-next-line NL1001: quoting the old SLA -->\nCall our helpdesk.\n");
        Findings(result).ShouldContain(("NL0009", false, 3));
        result.Findings.Single(f => f.Id == "NL0009").Message.ShouldContain("NL1001");
        Findings(result).ShouldContain(("NL4001", false, 4));
    }

    [Fact]
    public void A_suppression_of_a_cross_document_finding_counts_as_used()
    {
        var registry = InMemoryRun.Registry(Fixture.RegistryYaml);
        var result = InMemoryRun.Check(registry,
            ("about.md", "# About\n\nAcme Cloud has 120 engineers in Milan.\n"),
            ("team.md", "# Team\n\n<!-- narrativelint-disable-next-line NL2001: the team page counts contractors too -->\nAcme Cloud has 140 engineers in Milan.\n"));
        var drift = result.Findings.Where(f => f.Id == "NL2001").ToList();
        drift.ShouldNotBeEmpty();
        drift.Where(f => f.Path == "team.md").ShouldAllBe(f => f.IsSuppressed);
        result.Findings.ShouldNotContain(f => f.Id == "NL0009");
    }

    [Theory]
    [InlineData("posts.yaml", "- text: \"Call our helpdesk today.\"\n# narrativelint-disable NL4001: quoting a customer\n- text: \"Our helpdesk rocks.\"\n# narrativelint-enable\n- text: \"The helpdesk is closed.\"\n")]
    [InlineData("webinar.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nCall our helpdesk today.\n\nNOTE narrativelint-disable NL4001: the speaker quotes a customer\n\n00:00:04.000 --> 00:00:06.000\nOur helpdesk rocks.\n\nNOTE narrativelint-enable\n\n00:00:09.000 --> 00:00:11.000\nThe helpdesk is closed.\n")]
    [InlineData("webinar.srt", "1\n00:00:01,000 --> 00:00:03,000\nCall our helpdesk today.\n\n# narrativelint-disable NL4001: the speaker quotes a customer\n\n2\n00:00:04,000 --> 00:00:06,000\nOur helpdesk rocks.\n\n# narrativelint-enable\n\n3\n00:00:09,000 --> 00:00:11,000\nThe helpdesk is closed.\n")]
    [InlineData("faq.txt", "Call our helpdesk today.\n\n# narrativelint-disable NL4001: quoting a customer\nOur helpdesk rocks.\n# narrativelint-enable\n\nThe helpdesk is closed.\n")]
    [InlineData("page.html", "<html><body><p>Call our helpdesk today.</p>\n<!-- narrativelint-disable NL4001: quoting a customer -->\n<p>Our helpdesk rocks.</p>\n<!-- narrativelint-enable -->\n<p>The helpdesk is closed.</p></body></html>\n")]
    public void Each_channel_suppresses_a_block_in_its_own_comment_syntax(string path, string text)
    {
        var result = Check(path, text);
        var terminology = result.Findings.Where(f => f.Id == "NL4001").ToList();
        terminology.Count.ShouldBe(3, string.Join("\n", result.Findings.Select(f => $"{f.Id} {f.LineSpan} {f.Message}")));
        terminology.Select(f => f.IsSuppressed).ShouldBe([false, true, false]);
        result.Findings.ShouldNotContain(f => f.Id.StartsWith("NL000"), string.Join("\n", result.Findings.Select(f => $"{f.Id} {f.Message}")));
    }

    [Fact]
    public void A_srt_comment_line_suppresses_the_next_cue()
    {
        var result = Check("webinar.srt", "# narrativelint-disable-next-line NL4001: the speaker quotes a customer\n\n1\n00:00:01,000 --> 00:00:03,000\nOur helpdesk rocks.\n");
        result.Findings.Single(f => f.Id == "NL4001").IsSuppressed.ShouldBeTrue();
        result.Findings.ShouldNotContain(f => f.Id == "NL0003");
    }

    [Fact]
    public void The_listing_gives_file_line_ids_justification_and_verdict()
    {
        var result = Check("help.md", """
            # Help

            <!-- narrativelint-disable-next-line NL4001: quoting a customer -->
            Call our helpdesk today.

            <!-- narrativelint-disable NL1, NL4: archived 2023 page -->
            Nothing to see.
            <!-- narrativelint-enable -->

            <!-- narrativelint-disable-next-line NL4001 -->
            The helpdesk moved.
            """);
        var listed = SuppressionReport.Of(result);
        listed.Select(s => (s.Line, s.Kind, s.Covers, string.Join(",", s.Ids), s.Justification, s.Status)).ShouldBe(
        [
            (3, "next-line", "4", "NL4001", "quoting a customer", "used"),
            (6, "block", "7", "NL1,NL4", "archived 2023 page", "unused"),
            (10, "next-line", "11", "NL4001", "", "unjustified"),
        ]);
    }

    [Fact]
    public void The_suppressions_command_prints_text_and_json()
    {
        using var folder = new TempFolder();
        folder.Write("rules/brand.yaml", Fixture.RegistryYaml);
        folder.Write("content/help.md", "# Help\n\n<!-- narrativelint-disable-next-line NL4001: quoting a customer -->\nCall our helpdesk today.\n");

        var text = Narrativelint(folder.Root, "suppressions", "content");
        text.ExitCode.ShouldBe(0, text.ToString());
        text.Stdout.ShouldContain("content/help.md:3: NL4001 (next-line, line 4): quoting a customer [used]");

        var json = Narrativelint(folder.Root, "suppressions", "content", "--format", "json");
        json.ExitCode.ShouldBe(0, json.ToString());
        var item = JsonDocument.Parse(json.Stdout).RootElement.GetProperty("suppressions")[0];
        item.GetProperty("path").GetString().ShouldBe("content/help.md");
        item.GetProperty("line").GetInt32().ShouldBe(3);
        item.GetProperty("ids")[0].GetString().ShouldBe("NL4001");
        item.GetProperty("justification").GetString().ShouldBe("quoting a customer");
        item.GetProperty("status").GetString().ShouldBe("used");
    }
}
