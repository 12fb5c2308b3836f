using System.Text.Json;
using NarrativeLint.Tests.Cli;
using NarrativeLint.Tests.Robustness;

namespace NarrativeLint.Tests.Reporting;

/// <summary>
/// The SARIF the CLI writes passes Microsoft's own validator (<c>@microsoft/sarif-multitool</c>, installed by
/// <c>npm ci</c> in tests/sarif-validator; <c>.ci/run</c> does that) and carries the fields the design names.
/// </summary>
public class SarifValidationTests
{
    static readonly Lazy<(TempFolder Folder, string Sarif)> Written = new(() =>
    {
        var folder = ReportFixtures.ContentFolder();
        var run = CliProcess.Narrativelint(folder.Root, "check", "content", "--registry", Repository.PathOf("rules"),
            "--format", "sarif", "--output", "narrativelint.sarif", "--fail-on", "none");
        run.ExitCode.ShouldBe(0, run.ToString());
        return (folder, folder.PathOf("narrativelint.sarif"));
    });

    [Fact]
    public void The_sarif_multitool_validator_reports_no_errors()
    {
        var (folder, sarif) = Written.Value;
        var (run, errors) = SarifValidator.Validate(sarif, folder);
        errors.ShouldBeEmpty(run.Stdout);
    }

    [Fact]
    public void Every_result_has_a_rule_id_a_relative_uri_and_a_1_based_region()
    {
        var (_, sarif) = Written.Value;
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        var run = log.RootElement.GetProperty("runs")[0];
        log.RootElement.GetProperty("version").GetString().ShouldBe("2.1.0");
        run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!.ShouldEndWith("/");

        var results = run.GetProperty("results").EnumerateArray().ToList();
        results.Count.ShouldBeGreaterThan(10);
        foreach (var result in results)
        {
            var ruleId = result.GetProperty("ruleId").GetString()!;
            ruleId.ShouldMatch(@"^NL\d{4}$");
            var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var artifact = physical.GetProperty("artifactLocation");
            artifact.GetProperty("uriBaseId").GetString().ShouldBe("%SRCROOT%");
            var uri = artifact.GetProperty("uri").GetString()!;
            (uri.Contains("://") || uri.StartsWith('/')).ShouldBeFalse($"{uri} should be relative to %SRCROOT%");
            uri.ShouldStartWith("content/");
            var region = physical.GetProperty("region");
            int startLine = region.GetProperty("startLine").GetInt32(), startColumn = region.GetProperty("startColumn").GetInt32();
            int endLine = region.GetProperty("endLine").GetInt32(), endColumn = region.GetProperty("endColumn").GetInt32();
            startLine.ShouldBeGreaterThanOrEqualTo(1);
            startColumn.ShouldBeGreaterThanOrEqualTo(1);
            endLine.ShouldBeGreaterThanOrEqualTo(startLine);
            if (endLine == startLine) endColumn.ShouldBeGreaterThanOrEqualTo(startColumn);
            else endColumn.ShouldBeGreaterThanOrEqualTo(1);
            if (ruleId.StartsWith("NL1", StringComparison.Ordinal))
                result.GetProperty("properties").GetProperty("commitmentId").GetString().ShouldNotBeNullOrWhiteSpace($"{ruleId} at {uri}");
        }
        results.ShouldContain(r => r.GetProperty("ruleId").GetString()!.StartsWith("NL1"));
        results.Any(r => r.TryGetProperty("suppressions", out var _)).ShouldBeTrue("the justified suppression is kept, marked");
    }

    [Fact]
    public void A_region_points_at_the_text_of_its_snippet_in_the_file()
    {
        var (folder, sarif) = Written.Value;
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        int compared = 0;
        foreach (var result in log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
        {
            var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            var region = physical.GetProperty("region");
            // Word regions count paragraphs of the synthetic text; multi-line and empty regions have nothing to compare on one line.
            if (uri.EndsWith(".docx") || !region.TryGetProperty("snippet", out var snippet)) continue;
            int line = region.GetProperty("startLine").GetInt32(), start = region.GetProperty("startColumn").GetInt32(), end = region.GetProperty("endColumn").GetInt32();
            if (line != region.GetProperty("endLine").GetInt32() || end == start) continue;
            var lines = File.ReadAllText(folder.PathOf(Uri.UnescapeDataString(uri))).Split('\n');
            lines[line - 1][(start - 1)..(end - 1)].ShouldBe(snippet.GetProperty("text").GetString(), $"{result.GetProperty("ruleId")} in {uri}");
            compared++;
        }
        compared.ShouldBeGreaterThan(10);
    }
}
