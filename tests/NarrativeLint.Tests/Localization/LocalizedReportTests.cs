using NarrativeLint.Analyzers;
using NarrativeLint.Reporting;
using NarrativeLint.Tests.Rules;

namespace NarrativeLint.Tests.Localization;

/// <summary>The reports people read (text, Markdown, GitHub, HTML) show messages and titles in the run's language; the finding itself stays English.</summary>
public class LocalizedReportTests
{
    static readonly Lazy<RunSummary> Italian = new(() =>
        new RunSummary(InMemoryRun.Check(Fixture.Registry, ("content/support.md", "# Support\n\nWe reply to support tickets within 72 hours.\n")), [], "/work", "0.1.0")
        {
            Registry = Fixture.Registry,
            UiLanguage = MessageLanguage.Choose(("it", "test")),
        });

    static string Write(Reporter reporter)
    {
        var output = new StringWriter();
        reporter.Write(Italian.Value, output);
        return output.ToString();
    }

    [Fact]
    public void The_finding_keeps_its_English_message_and_gives_the_Italian_one_on_request()
    {
        var finding = Italian.Value.Result.Findings.Single(f => f.Id == "NL1001");
        finding.Message.ShouldStartWith("'within 72 hours' says at most 72 hours, but commitment 'support-response-time' promises at most 24 hours");
        Italian.Value.MessageOf(finding).ShouldStartWith("'within 72 hours' indica al massimo 72 ore, ma l'impegno 'support-response-time' promette al massimo 24 ore");
    }

    [Fact]
    public void Text_Markdown_GitHub_and_HTML_are_in_Italian()
    {
        Write(new TextReporter(color: false)).ShouldContain("error NL1001: 'within 72 hours' indica al massimo 72 ore");
        Write(new GitHubReporter()).ShouldContain("::'within 72 hours' indica al massimo 72 ore");

        var markdown = Write(new MarkdownReporter());
        markdown.ShouldContain("| NL1001 | La quantità contraddice un impegno | error | 1 |");
        markdown.ShouldContain("indica al massimo 72 ore");

        var html = Write(new HtmlReporter());
        html.ShouldContain("<code>NL1001</code> " + System.Net.WebUtility.HtmlEncode("La quantità contraddice un impegno"));
        html.ShouldContain("<span class=\"message\" lang=\"it\">&#39;within 72 hours&#39; indica al massimo 72 ore");
        html.ShouldNotContain("says at most 72 hours");
    }
}
