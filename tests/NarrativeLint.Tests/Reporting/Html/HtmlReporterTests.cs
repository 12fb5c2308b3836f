using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using NarrativeLint.Reporting;
using NarrativeLint.Tests.Rules;

namespace NarrativeLint.Tests.Reporting.Html;

/// <summary>The report's page as written: what a baseline waives, and a policy that matches the page's own style and script.</summary>
public class HtmlReporterTests
{
    const string Support = "# Support\n\nWe reply to support tickets within 72 hours.\n\nCall our helpdesk today.\n";

    static string Render(RunSummary run)
    {
        var output = new StringWriter();
        new HtmlReporter().Write(run, output);
        return output.ToString();
    }

    [Fact]
    public void A_baselined_finding_is_listed_with_its_reason_and_left_out_of_the_open_findings()
    {
        var registry = InMemoryRun.Registry(Fixture.RegistryYaml);
        var result = InMemoryRun.Check(registry, ("content/support.md", Support));
        var accepted = result.Findings.Single(f => f.Id == "NL1001");
        var html = Render(new RunSummary(result, [], "/work", "0.1.0")
        {
            Registry = registry,
            Passed = true,
            Baselined = new Dictionary<string, string> { [FindingFingerprint.Of(accepted)] = "accepted in narrativelint-baseline.json" },
        });

        html.ShouldContain("data-summary=\"baselined\">1<");
        html.ShouldContain($"data-summary=\"findings\">{result.Findings.Length - 1}<");
        html.ShouldContain("data-verdict=\"pass\"");
        Regex.Matches(html, "data-state=\"baselined\"").Count.ShouldBe(1);
        html.ShouldContain("<td class=\"justification\">accepted in narrativelint-baseline.json</td>");
        html.ShouldNotContain("data-group=\"support-response-time\"");
    }

    [Fact]
    public void The_policy_allows_exactly_the_page_s_own_stylesheet_and_script_and_nothing_remote()
    {
        var registry = InMemoryRun.Registry(Fixture.RegistryYaml);
        var html = Render(new RunSummary(InMemoryRun.Check(registry, ("content/support.md", Support)), [], "/work", "0.1.0") { Registry = registry });

        var policy = Regex.Match(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">").Groups[1].Value.Replace("&#39;", "'");
        policy.ShouldStartWith("default-src 'none';");
        var style = Regex.Match(html, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
        var script = Regex.Matches(html, "<script>(.*?)</script>", RegexOptions.Singleline).ShouldHaveSingleItem().Groups[1].Value;
        policy.ShouldContain($"style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)))}'");
        policy.ShouldContain($"script-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'");
        Regex.IsMatch(html, "\\ssrc=", RegexOptions.IgnoreCase).ShouldBeFalse("the page loads nothing");
        Regex.Matches(html, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ShouldAllBe(href => href.StartsWith('#') || href.StartsWith("https://"));
        html.ShouldNotContain("style=\"");
    }
}
