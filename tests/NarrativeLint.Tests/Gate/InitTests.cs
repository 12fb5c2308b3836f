using NarrativeLint.Tests.Robustness;
using static NarrativeLint.Tests.Cli.CliProcess;

namespace NarrativeLint.Tests.Gate;

/// <summary><c>narrativelint init</c>: starter files that work, printed next commands that work as written, nothing overwritten.</summary>
public class InitTests
{
    [Fact]
    public void Init_in_an_empty_folder_then_the_two_printed_commands_work_as_written()
    {
        using var folder = new TempFolder();
        var init = Narrativelint(folder.Root, "init");
        init.ExitCode.ShouldBe(0, init.ToString());
        File.Exists(folder.PathOf("narrativelint.yaml")).ShouldBeTrue();
        File.Exists(folder.PathOf("rules/brand.yaml")).ShouldBeTrue();
        File.ReadAllText(folder.PathOf("narrativelint.yaml")).ShouldStartWith("# yaml-language-server: $schema=.narrativelint/narrativelint.schema.json");
        File.ReadAllText(folder.PathOf("rules/brand.yaml")).ShouldStartWith("# yaml-language-server: $schema=../.narrativelint/registry.schema.json");
        File.Exists(folder.PathOf(".narrativelint/narrativelint.schema.json")).ShouldBeTrue();

        var commands = init.Stdout.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("narrativelint ")).ToList();
        commands.Count.ShouldBe(2, init.Stdout);
        folder.Write("content/support.md", "# Support\n\nWe reply to support tickets within 72 hours.\n");

        var check = Narrativelint(folder.Root, Arguments(commands[0]));
        check.ExitCode.ShouldBe(1, check.ToString());
        check.Stdout.ShouldContain("content/support.md:3:");
        check.Stdout.ShouldContain("NL1001");
        check.Stdout.ShouldContain("1 files checked", Case.Sensitive, "the registry and the configuration are not checked as content");

        var adopt = Narrativelint(folder.Root, Arguments(commands[1]));
        adopt.ExitCode.ShouldBe(0, adopt.ToString());
        File.ReadAllText(folder.PathOf("narrativelint.baseline.json")).ShouldContain("NL1001");
        Narrativelint(folder.Root, "check", "--baseline", "narrativelint.baseline.json").ExitCode.ShouldBe(0);
    }

    static string[] Arguments(string command) => command.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..];

    [Fact]
    public void Init_never_overwrites_unless_forced()
    {
        using var folder = new TempFolder();
        folder.Write("narrativelint.yaml", "fail-on: none\n");
        var refused = Narrativelint(folder.Root, "init");
        refused.ExitCode.ShouldBe(2, refused.ToString());
        refused.Stderr.ShouldContain("narrativelint.yaml");
        File.ReadAllText(folder.PathOf("narrativelint.yaml")).ShouldBe("fail-on: none\n");
        File.Exists(folder.PathOf("rules/brand.yaml")).ShouldBeFalse("nothing is written when anything exists");

        Narrativelint(folder.Root, "init", "--force").ExitCode.ShouldBe(0);
        File.ReadAllText(folder.PathOf("narrativelint.yaml")).ShouldContain("registry: rules");
    }
}
