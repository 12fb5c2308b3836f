using System.Text.Json;
using Microsoft.Playwright;
using NarrativeLint.Tests.Robustness;

namespace NarrativeLint.Tests.Reporting.Html;

/// <summary>The compliance report as a reviewer sees it: opened from disk in a real, offline Chromium.</summary>
public sealed class HtmlReportBrowserTests(Chromium chromium, ReportWorkspace workspace) : IClassFixture<Chromium>, IClassFixture<ReportWorkspace>
{
    /// <summary>The report in a new tab, with every console error, page error and dialog it causes.</summary>
    async Task<(IPage Page, List<string> Errors)> Open()
    {
        var page = await chromium.Browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        page.Dialog += async (_, dialog) => { errors.Add("dialog: " + dialog.Message); await dialog.DismissAsync(); };
        var report = new Uri(workspace.ReportPath).AbsoluteUri;
        page.Request += (_, request) => { if (request.Url != report) errors.Add("request: " + request.Url); };
        await page.GotoAsync(report);
        return (page, errors);
    }

    IEnumerable<JsonElement> Findings => workspace.Json.GetProperty("findings").EnumerateArray();

    IEnumerable<JsonElement> Open_findings => Findings.Where(f => !f.GetProperty("suppressed").GetBoolean());

    static async Task<string> Text(IPage page, string selector) => (await page.Locator(selector).InnerTextAsync()).Trim();

    [Fact]
    public async Task The_summary_agrees_with_the_run_and_gives_the_verdict()
    {
        var (page, errors) = await Open();
        var summary = workspace.Json.GetProperty("summary");
        (await Text(page, "[data-summary=files]")).ShouldBe(summary.GetProperty("files").GetInt32().ToString());
        (await Text(page, "[data-summary=error]")).ShouldBe(summary.GetProperty("error").GetInt32().ToString());
        (await Text(page, "[data-summary=warning]")).ShouldBe(summary.GetProperty("warning").GetInt32().ToString());
        (await Text(page, "[data-summary=suppressed]")).ShouldBe("1");
        (await Text(page, "[data-summary=findings]")).ShouldBe(Open_findings.Count().ToString());
        (await Text(page, "[data-summary=channels]")).ShouldBe("2");
        (await Text(page, "[data-summary=languages]")).ShouldBe("2");
        (await page.Locator("#summary [data-verdict]").GetAttributeAsync("data-verdict")).ShouldBe("fail");
        Directory.GetFiles(workspace.Root, ".report.html*").ShouldBeEmpty("the report is written through a temporary file and renamed");
        (await page.Locator("tr.document").CountAsync()).ShouldBe(summary.GetProperty("files").GetInt32());
        (await Text(page, "[data-command-line]")).ShouldBe("narrativelint check content --registry rules --format html --output report.html --history");
        (await Text(page, "[data-revision]")).ShouldBe(workspace.Revision);
        (await page.Locator("tr.registry-file").CountAsync()).ShouldBe(2);
        (await page.Locator("tr.catalogue").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("nav.toc a[href='#by-commitment-title']").CountAsync()).ShouldBe(1);
        errors.ShouldBeEmpty();

        // Kept for CI (gitignored): what the reviewer saw.
        var artifact = Repository.PathOf("tests/NarrativeLint.Tests/Reporting/Html/artifacts/report.png");
        Directory.CreateDirectory(Path.GetDirectoryName(artifact)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = artifact, FullPage = true });
        new FileInfo(artifact).Length.ShouldBeGreaterThan(10_000);
    }

    [Fact]
    public async Task A_commitment_group_shows_its_statement_and_each_finding_with_quote_and_location()
    {
        var (page, errors) = await Open();
        var group = page.Locator("#by-commitment section.group[data-group='support-response-time']");
        (await group.InnerTextAsync()).ShouldContain("We answer every support request within 24 hours.");
        var expected = Open_findings.Where(f => f.TryGetProperty("commitmentId", out var c) && c.GetString() == "support-response-time").ToList();
        var rows = group.Locator("tr.finding");
        (await rows.CountAsync()).ShouldBe(expected.Count);
        var italian = expected.Single(f => f.GetProperty("language").GetString() == "it");
        var row = rows.Filter(new LocatorFilterOptions { HasText = italian.GetProperty("path").GetString() });
        (await row.Locator("blockquote.quoted").InnerTextAsync()).ShouldBe("entro 72 ore");
        (await row.Locator("td.where").InnerTextAsync()).ShouldContain(
            $"{italian.GetProperty("path").GetString()}:{italian.GetProperty("startLine").GetInt32()}:{italian.GetProperty("startColumn").GetInt32()}");
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_suppression_is_listed_with_its_justification()
    {
        var (page, errors) = await Open();
        var waived = page.Locator("#waived tr.finding[data-state='suppressed']");
        (await waived.CountAsync()).ShouldBe(1);
        (await waived.Locator("td.justification").InnerTextAsync()).ShouldBe(ReportWorkspace.Justification);
        (await waived.Locator("td.justification b").CountAsync()).ShouldBe(0);
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Trend_charts_have_one_point_per_recorded_run_and_the_fix_shows_as_fixed()
    {
        var (page, errors) = await Open();
        var chart = page.Locator("[data-dimension='commitment'] figure.trend[data-key='support-response-time'] svg.trend");
        (await chart.GetAttributeAsync("data-points")).ShouldBe("3");
        var counts = await chart.Locator("circle.point").EvaluateAllAsync<int[]>("points => points.map(p => Number(p.getAttribute('data-count')))");
        counts.ShouldBe([2, 2, 1]);
        (await page.Locator("[data-dimension='channel'] figure.trend").CountAsync()).ShouldBe(2);
        (await page.Locator("[data-dimension='channel'] figure.trend[data-key='article'] circle.point").CountAsync()).ShouldBe(3);
        (await Text(page, "[data-changes=fixed]")).ShouldBe("1");
        (await Text(page, "[data-changes=new]")).ShouldBe("0");
        (await page.Locator("[data-changes-table=fixed]").InnerTextAsync()).ShouldContain("content/blog/2025-10-01-support.md");
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Filters_hide_the_rows_they_leave_out_and_count_what_is_left()
    {
        var (page, errors) = await Open();
        var all = Open_findings.Count();
        (await Text(page, "#shown-count")).ShouldBe(all.ToString());

        await page.Locator("input[data-filter=severity][value=error]").UncheckAsync();
        (await VisibleRows(page, "[data-severity=error]")).ShouldBe(0);
        (await VisibleRows(page, "[data-severity=warning]")).ShouldBeGreaterThan(0);
        (await Text(page, "#shown-count")).ShouldBe(Open_findings.Count(f => f.GetProperty("severity").GetString() != "error").ToString());

        await page.Locator("input[data-filter=severity][value=error]").CheckAsync();
        await page.Locator("input[data-filter=language][value=it]").UncheckAsync();
        (await VisibleRows(page, "[data-language=it]")).ShouldBe(0);
        (await VisibleRows(page, "[data-language=en][data-severity=error]")).ShouldBeGreaterThan(0);
        (await Text(page, "#shown-count")).ShouldBe(Open_findings.Count(f => f.GetProperty("language").GetString() != "it").ToString());

        await page.Locator("input[data-filter=channel][value=text]").UncheckAsync();
        (await VisibleRows(page, "[data-channel=text]")).ShouldBe(0);
        (await page.Locator("#by-channel section.group[data-group='text']").IsHiddenAsync()).ShouldBeTrue();
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Printed_it_leaves_off_the_filters_and_contents_and_keeps_the_findings()
    {
        var (page, errors) = await Open();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        (await page.Locator("#filters").IsHiddenAsync()).ShouldBeTrue();
        (await page.Locator("nav.toc").IsHiddenAsync()).ShouldBeTrue();
        (await VisibleRows(page, "")).ShouldBe(await page.Locator("tr.finding").CountAsync());
        var pdf = await page.PdfAsync();
        pdf.Length.ShouldBeGreaterThan(10_000);
        errors.ShouldBeEmpty();
    }

    static Task<int> VisibleRows(IPage page, string filter) =>
        page.Locator($"tr.finding{filter}").EvaluateAllAsync<int>("rows => rows.filter(r => r.offsetParent !== null).length");

    [Fact]
    public async Task Hostile_content_and_registry_text_run_nothing_and_read_as_text()
    {
        var (page, errors) = await Open();
        (await page.EvaluateAsync<string?>("() => window.__pwned ?? null")).ShouldBeNull();
        (await page.Locator("img").CountAsync()).ShouldBe(0);
        (await page.Locator("script").CountAsync()).ShouldBe(1);
        (await page.Locator("a[href^='javascript']").CountAsync()).ShouldBe(0);
        var text = await page.Locator("body").InnerTextAsync();
        text.ShouldContain(ReportWorkspace.ScriptQuote);
        text.ShouldContain("<img src=x onerror=window.__pwned='img'>");
        text.ShouldContain("\"><img src=x onerror=window.__pwned='path'>.md");
        text.ShouldContain("We publish every outage report <script>window.__pwned='statement'</script> within 2 days.");
        text.ShouldContain("javascript:window.__pwned='source'");
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_policy_blocks_any_script_the_page_did_not_ship()
    {
        var (page, errors) = await Open();
        var ran = await page.EvaluateAsync<bool>("""
            () => {
              const script = document.createElement("script");
              script.textContent = "window.__injected = true";
              document.body.appendChild(script);
              return window.__injected === true;
            }
            """);
        ran.ShouldBeFalse();
        errors.ShouldContain(e => e.Contains("Content Security Policy"));
    }
}
