using System.Text.Json;
using NarrativeLint.Analyzers;
using NarrativeLint.Reporting;
using NarrativeLint.Tests.Cli;
using NarrativeLint.Tests.Robustness;
using NarrativeLint.Tests.Rules;
using static NarrativeLint.Tests.Cli.CliProcess;

namespace NarrativeLint.Tests.Gate;

/// <summary>SARIF as GitHub code scanning shows it, on the devset; the pull-request Markdown summary; progress only on a terminal.</summary>
public class CodeScanningTests
{
    /// <summary>The devset's content and registry, plus one justified suppression so a suppressed result is present.</summary>
    static readonly Lazy<(TempFolder Folder, JsonElement Run, string Path)> Devset = new(() =>
    {
        var folder = new TempFolder();
        foreach (var part in new[] { "content", "registry" })
        {
            var source = Path.Combine(SharedData.Devset, part);
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
                folder.Write(Path.Combine(part, Path.GetRelativePath(source, file)), File.ReadAllBytes(file));
        }
        folder.Write("content/blog/en/quoted-customer.md", "# Letters\n\n<!-- narrativelint-disable-next-line NL4: a customer's own words -->\nI called the helpdesk and the call centre.\n");
        folder.Write("narrativelint.yaml", "registry: registry\ndocs-url: https://docs.example/narrativelint/diagnostics\n");
        var run = Narrativelint(folder.Root, "check", "content", "--format", "sarif", "--output", "devset.sarif", "--fail-on", "none");
        run.ExitCode.ShouldBe(0, run.ToString());
        var path = folder.PathOf("devset.sarif");
        return (folder, JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("runs")[0], path);
    });

    static IEnumerable<JsonElement> Results => Devset.Value.Run.GetProperty("results").EnumerateArray();

    [Fact]
    public void The_validator_reports_no_errors_on_the_devset_sarif_with_fixes_and_suppressions()
    {
        foreach (var field in new[] { "fixes", "suppressions", "relatedLocations" })
            Results.Any(r => r.TryGetProperty(field, out _)).ShouldBeTrue($"some result has {field}");

        var (folder, _, sarif) = Devset.Value;
        var (validation, errors) = Reporting.SarifValidator.Validate(sarif, folder);
        errors.ShouldBeEmpty(validation.Stdout);
    }

    [Fact]
    public void Every_rule_has_its_docs_page_as_help_markdown_a_help_uri_and_a_default_level()
    {
        var rules = Devset.Value.Run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        rules.Select(r => r.GetProperty("id").GetString()).ShouldBe(Descriptors.All.Select(d => d.Id));
        foreach (var rule in rules)
        {
            var id = rule.GetProperty("id").GetString()!;
            rule.GetProperty("help").GetProperty("markdown").GetString().ShouldBe(File.ReadAllText(Repository.PathOf($"docs/diagnostics/{id}.md")));
            rule.GetProperty("helpUri").GetString().ShouldBe($"https://docs.example/narrativelint/diagnostics/{id}.md");
            rule.GetProperty("name").GetString().ShouldNotBeNullOrWhiteSpace();
            rule.GetProperty("shortDescription").GetProperty("text").GetString().ShouldNotBeNullOrWhiteSpace();
            rule.GetProperty("fullDescription").GetProperty("text").GetString().ShouldNotBeNullOrWhiteSpace();
            rule.GetProperty("defaultConfiguration").GetProperty("level").GetString().ShouldBeOneOf("error", "warning", "note", "none");
        }
        Devset.Value.Run.GetProperty("columnKind").GetString().ShouldBe("utf16CodeUnits");
    }

    [Fact]
    public void A_fix_replaces_the_quoted_words_with_the_preferred_ones()
    {
        var fixable = Results.First(r => r.TryGetProperty("fixes", out _));
        var change = fixable.GetProperty("fixes")[0].GetProperty("artifactChanges")[0];
        var replacement = change.GetProperty("replacements")[0];
        replacement.GetProperty("insertedContent").GetProperty("text").GetString().ShouldBe(fixable.GetProperty("properties").GetProperty("fix").GetString());
        var region = fixable.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        var deleted = replacement.GetProperty("deletedRegion");
        foreach (var bound in new[] { "startLine", "startColumn", "endLine", "endColumn" })
            deleted.GetProperty(bound).GetInt32().ShouldBe(region.GetProperty(bound).GetInt32());
        change.GetProperty("artifactLocation").GetProperty("uri").GetString()
            .ShouldBe(fixable.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void Markdown_counts_rules_and_files_and_escapes_the_content()
    {
        using var folder = new TempFolder();
        folder.Write("rules/brand.yaml", Fixture.RegistryYaml);
        folder.Write("content/help.md", "# Help\n\nCall our helpdesk <script>alert(1)</script> | now.\n\nThe helpdesk is open.\n");
        var run = Narrativelint(folder.Root, "check", "content", "--format", "markdown");
        run.Stdout.ShouldContain("| NL4001 | Use the preferred term | warning | 2 |");
        run.Stdout.ShouldContain("| `content/help.md` | 0 | 2 | 0 |");
        run.Stdout.ShouldNotContain("<script>");
        MarkdownReporter.Escape("a|b <i>*x*</i> [l](u)").ShouldBe("a\\|b &lt;i&gt;\\*x\\*&lt;/i&gt; \\[l\\](u)");
    }

    [Fact]
    public void No_progress_or_chatter_on_redirected_stderr_with_quiet()
    {
        using var folder = new TempFolder();
        folder.Write("rules/brand.yaml", Fixture.RegistryYaml);
        folder.Write("content/help.md", "# Help\n\nCall our helpdesk.\n");
        var run = Narrativelint(folder.Root, "check", "content", "--quiet", "--output", "report.txt");
        run.Stderr.ShouldBeEmpty();
        var chatty = Narrativelint(folder.Root, "check", "content", "--output", "report.txt");
        chatty.Stderr.Trim().ShouldBe("1 findings in 1 files written to report.txt", "stderr is not a terminal here: no progress bar");
    }

    [Fact]
    public void A_progress_bar_is_drawn_on_a_terminal_unless_quiet()
    {
        using var folder = new TempFolder();
        folder.Write("rules/brand.yaml", Fixture.RegistryYaml);
        folder.Write("content/help.md", "# Help\n\nCall our helpdesk.\n");
        // util-linux script runs the command on a pseudo-terminal, as a person's shell would.
        CommandResult OnTerminal(string extra) => CliProcess.Run("script", ["-qec", $"TERM=xterm dotnet \"{CliDll}\" check content --output report.txt {extra}", "/dev/null"], folder.Root);

        var shown = OnTerminal("");
        shown.Stdout.ShouldContain("Checking files", Case.Sensitive, shown.ToString());
        shown.Stdout.ShouldContain("100%");
        var quiet = OnTerminal("--quiet");
        quiet.Stdout.ShouldNotContain("Checking files");
        quiet.Stdout.Trim().ShouldBeEmpty(quiet.ToString());
    }

    [Fact]
    public void A_finding_with_a_confidence_is_ranked_and_without_one_is_not()
    {
        var location = Microsoft.CodeAnalysis.Location.Create("a.md", new Microsoft.CodeAnalysis.Text.TextSpan(0, 1),
            new Microsoft.CodeAnalysis.Text.LinePositionSpan(new(0, 0), new(0, 1)));
        var weighed = Microsoft.CodeAnalysis.Diagnostic.Create(Descriptors.AvoidedTerm, location,
            System.Collections.Immutable.ImmutableDictionary<string, string?>.Empty.Add(FindingProperties.Confidence, "0.8"), "a", "b");
        var plain = Microsoft.CodeAnalysis.Diagnostic.Create(Descriptors.AvoidedTerm, location, "c", "d");
        var result = new Engine.AnalysisResult([new Engine.Finding(weighed, "a.md", null, null, null), new Engine.Finding(plain, "a.md", null, null, null)], []);
        var text = new StringWriter();
        new SarifReporter().Write(new RunSummary(result, [], Path.GetTempPath(), "0.0.0"), text);
        var results = JsonDocument.Parse(text.ToString()).RootElement.GetProperty("runs")[0].GetProperty("results");
        results[0].GetProperty("rank").GetDouble().ShouldBe(80);
        results[1].TryGetProperty("rank", out _).ShouldBeFalse();
        results[0].TryGetProperty("baselineState", out _).ShouldBeFalse("no baseline was given");
    }
}
