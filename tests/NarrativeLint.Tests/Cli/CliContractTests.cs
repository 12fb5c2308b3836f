using System.Text.RegularExpressions;
using NarrativeLint.Tests.Rules;
using NarrativeLint.Tests.Robustness;
using static NarrativeLint.Tests.Cli.CliProcess;

namespace NarrativeLint.Tests.Cli;

/// <summary>The contract CI relies on: exit codes, options, output files, and the default registry.</summary>
public class CliContractTests
{
    const string Clean = "# About us\n\nOur team loves good coffee and long walks.\n";
    const string Breaks24Hours = "# Support\n\nWe reply to support tickets within 72 hours.\n";
    const string OnlyTerminology = "# Help\n\nCall our helpdesk today.\n";

    /// <summary>A project folder as a user has it: <c>rules/brand.yaml</c> and some content.</summary>
    internal static TempFolder Project(params (string Path, string Text)[] content)
    {
        var folder = new TempFolder();
        folder.Write("rules/brand.yaml", Fixture.RegistryYaml);
        foreach (var (path, text) in content) folder.Write(path, text);
        return folder;
    }

    [Fact]
    public void Clean_content_exits_0()
    {
        using var project = Project(("content/about.md", Clean));
        var run = Narrativelint(project.Root, "check", "content", "--registry", "rules");
        run.ExitCode.ShouldBe(0, run.ToString());
    }

    [Fact]
    public void An_error_finding_exits_1_and_prints_file_line_col()
    {
        using var project = Project(("content/support.md", Breaks24Hours));
        var run = Narrativelint(project.Root, "check", "content", "--registry", "rules", "--no-color");
        run.ExitCode.ShouldBe(1, run.ToString());
        run.Stdout.ShouldContain("content/support.md:3:");
        run.Stdout.ShouldContain("error NL1001");
    }

    [Fact]
    public void An_invalid_registry_exits_2_and_names_file_line_and_column()
    {
        using var project = Project(("content/support.md", Breaks24Hours));
        project.Write("rules/brand.yaml", "commitments:\n  - id: broken\n    statement: [unclosed\n    facts: {\n");
        var run = Narrativelint(project.Root, "check", "content", "--registry", "rules");
        run.ExitCode.ShouldBe(2, run.ToString());
        run.Stderr.ShouldMatch(@"brand\.yaml:\d+:\d+: error NL0001");
    }

    [Fact]
    public void A_registry_entry_that_breaks_the_schema_exits_2_with_its_position()
    {
        using var project = Project(("content/support.md", Breaks24Hours));
        project.Write("rules/brand.yaml", "commitments:\n  - id: support\n    statement: We answer in 24 hours.\n    facts: [ { kind: duration, value: soon, relation: at-most } ]\n");
        var run = Narrativelint(project.Root, "check", "content", "--registry", "rules");
        run.ExitCode.ShouldBe(2, run.ToString());
        Regex.IsMatch(run.Stderr, @"brand\.yaml:4:\d+: error NL0001").ShouldBeTrue(run.ToString());
    }

    [Fact]
    public void An_unknown_format_exits_2()
    {
        using var project = Project(("content/about.md", Clean));
        var run = Narrativelint(project.Root, "check", "content", "--registry", "rules", "--format", "xml");
        run.ExitCode.ShouldBe(2, run.ToString());
    }

    [Fact]
    public void Fail_on_warning_turns_a_warning_into_exit_1_and_fail_on_none_never_fails()
    {
        using var project = Project(("content/help.md", OnlyTerminology), ("content/support.md", Breaks24Hours));
        Narrativelint(project.Root, "check", "content/help.md", "--registry", "rules").ExitCode.ShouldBe(0);
        Narrativelint(project.Root, "check", "content/help.md", "--registry", "rules", "--fail-on", "warning").ExitCode.ShouldBe(1);
        Narrativelint(project.Root, "check", "content", "--registry", "rules", "--fail-on", "none").ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Output_writes_the_report_file_and_leaves_no_temporary_file()
    {
        using var project = Project(("content/support.md", Breaks24Hours));
        var run = Narrativelint(project.Root, "check", "content", "--registry", "rules", "--format", "json", "--output", "out/report.json");
        run.ExitCode.ShouldBe(1, run.ToString());
        run.Stdout.ShouldBeEmpty();
        var report = File.ReadAllText(project.PathOf("out/report.json"));
        report.ShouldContain("\"NL1001\"");
        Directory.GetFiles(project.PathOf("out")).Select(Path.GetFileName).ShouldBe(["report.json"]);
    }

    [Fact]
    public void Explain_prints_the_title_of_a_diagnostic()
    {
        using var project = Project();
        var run = Narrativelint(project.Root, "explain", "NL1001");
        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stdout.ShouldContain("Quantity contradicts a commitment");
    }

    [Fact]
    public void Severity_none_on_a_prefix_removes_those_findings()
    {
        using var project = Project(("content/help.md", OnlyTerminology));
        var withTerms = Narrativelint(project.Root, "check", "content", "--registry", "rules", "--format", "json");
        withTerms.Stdout.ShouldContain("NL4001");
        var run = Narrativelint(project.Root, "check", "content", "--registry", "rules", "--format", "json", "--severity", "NL4=none", "--fail-on", "warning");
        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stdout.ShouldNotContain("NL4001");
    }

    [Fact]
    public void Check_without_registry_uses_rules_of_the_working_directory()
    {
        using var project = Project(("content/support.md", Breaks24Hours));
        var run = Narrativelint(project.Root, "check", "content", "--format", "json");
        run.ExitCode.ShouldBe(1, run.ToString());
        run.Stdout.ShouldContain("support-response-time");
        run.Stdout.ShouldContain("rules/brand.yaml");
    }

    [Fact]
    public void Check_without_registry_and_without_rules_folder_exits_2()
    {
        using var folder = new TempFolder();
        folder.Write("content/support.md", Breaks24Hours);
        var run = Narrativelint(folder.Root, "check", "content");
        run.ExitCode.ShouldBe(2, run.ToString());
        run.Stderr.ShouldContain("--registry");
    }
}
