using System.Text;
using NarrativeLint.Channels;
using NarrativeLint.Engine;
using NarrativeLint.Tests.Robustness;
using static NarrativeLint.Tests.Cli.CliProcess;

namespace NarrativeLint.Tests.Channels.DocumentFacts;

/// <summary>The engine decides a document's channel: its own metadata, then the registry's globs, then the reader's default.</summary>
public class ChannelDecisionTests
{
    const string PressRegistry = """
        terms:
          - preferred: Acme Cloud
            avoid: [AcmeCloud]
        channels:
          - id: press
            include: ["**/press/**"]
        """;

    const string Page = "<html lang=\"en\"><body><p>AcmeCloud opens a data centre in Milan.</p></body></html>";
    const string Bot = "language: en\nintents:\n  - name: hello\n    responses:\n      - \"AcmeCloud is here to help.\"\n";
    const string Note = "AcmeCloud opens a data centre in Milan.\n";

    static AnalysisResult Check(string registry, params (string Path, string Text)[] files) =>
        new NarrativeEngine(InMemoryRun.Registry(registry)).Check(files.Select(f => new ContentFile(f.Path, Encoding.UTF8.GetBytes(f.Text))).ToList());

    static string? ChannelOf(AnalysisResult result, string path) => result.Document(path)!.Content.Metadata.Channel;

    [Theory]
    [InlineData("site/press/page.html", Page)]
    [InlineData("bots/press/bot.yaml", Bot)]
    [InlineData("press/note.txt", Note)]
    public void A_registry_glob_places_every_reader_s_files_in_its_channel(string path, string text)
    {
        var result = Check(PressRegistry, (path, text));

        ChannelOf(result, path).ShouldBe("press");
        result.Active.ShouldContain(f => f.Id == "NL4001" && f.Channel == "press");
    }

    [Theory]
    [InlineData("site/page.html", Page, "web")]
    [InlineData("bots/bot.yaml", Bot, "chatbot")]
    [InlineData("note.txt", Note, "text")]
    public void Outside_the_globs_a_file_keeps_its_reader_s_default(string path, string text, string channel) =>
        ChannelOf(Check(PressRegistry, (path, text)), path).ShouldBe(channel);

    [Fact]
    public void A_channel_the_file_declares_wins_over_the_globs()
    {
        var result = Check(PressRegistry, ("press/post.md", "---\nchannel: blog\n---\n\nAcmeCloud opens a data centre in Milan.\n"));

        ChannelOf(result, "press/post.md").ShouldBe("blog");
    }

    [Fact]
    public void The_command_line_reports_html_and_chatbot_findings_in_the_glob_s_channel()
    {
        using var project = new TempFolder();
        project.Write("rules/brand.yaml", PressRegistry);
        project.Write("content/press/page.html", Page);
        project.Write("content/press/bot.yaml", Bot);

        var run = Narrativelint(project.Root, "check", "content", "--registry", "rules", "--no-color");

        run.Stdout.ShouldContain("content/press/page.html:1:");
        run.Stdout.ShouldContain("content/press/bot.yaml:5:");
        var findings = run.Stdout.Split('\n').Where(line => line.Contains("NL4001", StringComparison.Ordinal)).ToList();
        findings.Count.ShouldBe(2, run.ToString());
        findings.ShouldAllBe(line => line.EndsWith("[press]"));
    }
}
