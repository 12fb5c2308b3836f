using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using NarrativeLint.Channels;
using NarrativeLint.Engine.Configuration;
using NarrativeLint.Engine;
using NarrativeLint.Tests.Robustness;
using NarrativeLint.Tests.Rules;
using static NarrativeLint.Tests.Cli.CliProcess;

namespace NarrativeLint.Tests.Gate;

/// <summary>narrativelint.yaml: found walking up, validated with positions, and applied to the run.</summary>
public class ConfigurationTests
{
    const string Breaks24Hours = "# Support\n\nWe reply to support tickets within 72 hours.\n";
    const string Helpdesk = "# Help\n\nCall our helpdesk today.\n";

    static ConfigurationLoadResult Load(string yaml, TempFolder folder) =>
        ConfigurationLoader.LoadText(yaml, folder.Write(ConfigurationLoader.FileName, yaml));

    [Fact]
    public void Reads_every_key_and_resolves_paths_against_the_file()
    {
        using var folder = new TempFolder();
        folder.Write("rules/brand.yaml", Fixture.RegistryYaml);
        folder.Write("packs/fr.yaml", "code: fr\n");
        var loaded = Load("""
            registry: rules
            catalogues: [eu-green-claims]
            languages: [packs/fr.yaml]
            include: ["content/**"]
            exclude: content/archive/**
            channels: { press: ["press/**"] }
            severity: { NL4001: error, NL6: none }
            overrides:
              - paths: ["archive/**"]
                severity: { NL1: info }
            fail-on: warning
            ui-language: it
            history: .narrativelint/history.db
            docs-url: https://docs.example/diagnostics
            """, folder);

        loaded.Errors.ShouldBeEmpty();
        var config = loaded.Configuration!;
        config.Registry.ShouldBe([folder.PathOf("rules")]);
        config.Catalogues!.Value.ShouldBe(["eu-green-claims"]);
        config.Languages.ShouldBe([folder.PathOf("packs/fr.yaml")]);
        config.Include.ShouldBe(["content/**"]);
        config.Exclude.ShouldBe(["content/archive/**"]);
        config.Channels.Single().ShouldBe(new ChannelMapping("press", ["press/**"]), new ChannelMappingComparer());
        config.Severities.Length.ShouldBe(2);
        config.Severities[0].Paths.ShouldBeEmpty();
        config.Severities[0].Severities["NL4001"].ShouldBe(DiagnosticSeverity.Error);
        config.Severities[0].Severities["NL6"].ShouldBeNull();
        config.Severities[1].Paths.ShouldBe(["archive/**"]);
        config.FailOn.ShouldBe("warning");
        config.UiLanguage.ShouldBe("it");
        config.History.ShouldBe(folder.PathOf(".narrativelint/history.db"));
        Load("history: Host=db.internal;Database=narrativelint\n", folder).Configuration!.History.ShouldBe("Host=db.internal;Database=narrativelint");
        config.DocsUrl.ShouldBe("https://docs.example/diagnostics/");
    }

    sealed class ChannelMappingComparer : IEqualityComparer<ChannelMapping>
    {
        public bool Equals(ChannelMapping? a, ChannelMapping? b) => a!.Channel == b!.Channel && a.Include.SequenceEqual(b.Include);
        public int GetHashCode(ChannelMapping m) => m.Channel.GetHashCode();
    }

    [Theory]
    [InlineData("registry: rules\nseverty: { NL1: error }\n", 2, 1, "unknown key 'severty'")]
    [InlineData("fail-on: sometimes\n", 1, 10, "fail-on is 'sometimes'; expected one of error, warning, none")]
    [InlineData("severity:\n  NL4001: loud\n", 2, 11, "expected one of error, warning, info, hidden, none")]
    [InlineData("severity:\n  XX12: error\n", 2, 3, "'XX12' in severity is not a diagnostic ID")]
    [InlineData("severity:\n  NL9999: error\n", 2, 3, "'NL9999' in severity is not a diagnostic ID")]
    [InlineData("registry: [missing]\n", 1, 12, "registry: 'missing' does not exist")]
    [InlineData("languages: [nope.yaml]\n", 1, 13, "languages: 'nope.yaml' does not exist")]
    [InlineData("catalogues: [green]\n", 1, 14, "unknown catalogue 'green'")]
    [InlineData("overrides:\n  - paths: [a/**]\n", 2, 5, "an override has no severity")]
    [InlineData("channels: { Press!: [x] }\n", 1, 13, "'Press!' is not a channel id")]
    [InlineData("docs-url: docs/\n", 1, 11, "is not an absolute http(s) URL")]
    [InlineData("ui-language: English\n", 1, 14, "ui-language 'English' is not a language code")]
    [InlineData("registry: [unclosed\n", 2, 1, "malformed YAML")]
    public void A_bad_key_or_value_is_an_error_at_its_line_and_column(string yaml, int line, int column, string message)
    {
        using var folder = new TempFolder();
        folder.Write("rules/brand.yaml", Fixture.RegistryYaml);
        var loaded = Load(yaml, folder);
        loaded.Succeeded.ShouldBeFalse();
        var error = loaded.Errors.ShouldHaveSingleItem();
        error.Message.ShouldContain(message);
        (error.Position.Line, error.Position.Column).ShouldBe((line, column), error.ToString());
        error.Position.File.ShouldEndWith(ConfigurationLoader.FileName);
    }

    [Fact]
    public void The_nearest_file_in_the_folder_or_above_is_found()
    {
        using var folder = new TempFolder();
        var config = folder.Write(ConfigurationLoader.FileName, "fail-on: none\n");
        Directory.CreateDirectory(folder.PathOf("a/b/c"));
        ConfigurationLoader.Find(folder.PathOf("a/b/c")).ShouldBe(config);
        var nearer = folder.Write("a/b/" + ConfigurationLoader.FileName, "fail-on: warning\n");
        ConfigurationLoader.Find(folder.PathOf("a/b/c")).ShouldBe(nearer);
    }

    static AnalysisResult Run(EngineOptions options, params (string Path, string Text)[] files) =>
        new NarrativeEngine(InMemoryRun.Registry(Fixture.RegistryYaml), options).Check(files.Select(f => new ContentFile(f.Path, Encoding.UTF8.GetBytes(f.Text))).ToList());

    static ImmutableDictionary<string, DiagnosticSeverity?> Levels(params (string Id, DiagnosticSeverity? Level)[] levels) =>
        levels.ToImmutableDictionary(l => l.Id, l => l.Level, StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void The_most_specific_severity_wins_path_over_every_file_and_a_longer_id_over_a_family()
    {
        var options = new EngineOptions
        {
            SeverityScopes =
            [
                new([], Levels(("NL4", DiagnosticSeverity.Info), ("NL4001", DiagnosticSeverity.Error))),
                new(["archive/**"], Levels(("NL4", null))),
                new(["archive/old/**"], Levels(("NL4", DiagnosticSeverity.Warning))),
            ],
        };
        var result = Run(options, ("blog/help.md", Helpdesk), ("archive/help.md", Helpdesk), ("archive/old/help.md", Helpdesk));
        var terminology = result.Findings.Where(f => f.Id == "NL4001").ToDictionary(f => f.Path, f => f.Severity);

        terminology["blog/help.md"].ShouldBe(DiagnosticSeverity.Error, "NL4001 beats NL4 in the same scope");
        terminology.ShouldNotContainKey("archive/help.md", "a path scope beats the scope for every file");
        terminology["archive/old/help.md"].ShouldBe(DiagnosticSeverity.Warning, "a later path scope beats an earlier one");
    }

    [Fact]
    public void The_command_line_wins_over_the_file()
    {
        var options = new EngineOptions
        {
            SeverityScopes = [new(["archive/**"], Levels(("NL4001", null)))],
            Severities = Levels(("NL4", DiagnosticSeverity.Info)),
        };
        var result = Run(options, ("archive/help.md", Helpdesk));
        result.Findings.Single(f => f.Id == "NL4001").Severity.ShouldBe(DiagnosticSeverity.Info);
    }

    [Fact]
    public void Include_exclude_and_channel_mapping_apply_to_the_files_of_a_run()
    {
        using var folder = new TempFolder();
        folder.Write("content/news/support.md", Breaks24Hours);
        folder.Write("content/archive/support.md", Breaks24Hours);
        folder.Write("drafts/support.md", Breaks24Hours);
        var options = new EngineOptions
        {
            WorkingDirectory = folder.Root,
            Include = ["content/**"],
            Exclude = ["archive/**"],
            Channels = [new ChannelMapping("newsroom", ["news/*.md"])],
        };
        var result = new NarrativeEngine(InMemoryRun.Registry(Fixture.RegistryYaml), options).Check([folder.Root]);

        result.Documents.Select(d => d.Path).ShouldBe(["content/news/support.md"]);
        result.Findings.Single(f => f.Id == "NL1001").Channel.ShouldBe("newsroom");
        Run(options, ("content/archive/support.md", Breaks24Hours), ("content/news/support.md", Breaks24Hours))
            .Documents.Select(d => d.Path).ShouldBe(["content/news/support.md"], "open buffers are selected the same way");
    }

    static TempFolder Project(string config, params (string Path, string Text)[] content)
    {
        var folder = new TempFolder();
        folder.Write("brand/registry.yaml", Fixture.RegistryYaml);
        folder.Write(ConfigurationLoader.FileName, config);
        foreach (var (path, text) in content) folder.Write(path, text);
        return folder;
    }

    [Fact]
    public void Check_uses_the_configuration_found_above_the_working_directory()
    {
        using var project = Project("registry: brand\nseverity: { NL4001: error }\n", ("content/help.md", Helpdesk));
        var run = Narrativelint(project.PathOf("content"), "check", ".", "--no-color");
        run.ExitCode.ShouldBe(1, run.ToString());
        run.Stdout.ShouldContain("error NL4001");
    }

    [Fact]
    public void Fail_on_from_the_file_applies_unless_the_command_line_says_otherwise()
    {
        using var project = Project("registry: brand\nfail-on: warning\n", ("content/help.md", Helpdesk));
        Narrativelint(project.Root, "check", "content").ExitCode.ShouldBe(1);
        Narrativelint(project.Root, "check", "content", "--fail-on", "error").ExitCode.ShouldBe(0);
    }

    [Fact]
    public void An_invalid_configuration_exits_2_with_file_line_and_column()
    {
        using var project = Project("registry: brand\nseverity:\n  NL4001: loud\n", ("content/help.md", Helpdesk));
        var run = Narrativelint(project.Root, "check", "content");
        run.ExitCode.ShouldBe(2, run.ToString());
        run.Stderr.ShouldContain("narrativelint.yaml:3:11: error:");
    }

    [Fact]
    public void Config_option_names_another_file()
    {
        using var project = Project("registry: brand\n", ("content/help.md", Helpdesk));
        project.Write("ci/strict.yaml", "registry: ../brand\nseverity: { NL4: none }\n");
        var run = Narrativelint(project.Root, "check", "content", "--config", "ci/strict.yaml", "--fail-on", "warning");
        run.ExitCode.ShouldBe(0, run.ToString());
        Narrativelint(project.Root, "check", "content", "--config", "ci/missing.yaml").ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Language_packs_named_by_the_configuration_are_loaded_with_the_built_in_ones()
    {
        using var project = Project("registry: brand\nlanguages: [packs/xx.yaml]\n", ("content/help.md", Helpdesk));
        project.Write("packs/xx.yaml", "code: [unclosed\n");
        var broken = Narrativelint(project.Root, "check", "content");
        broken.ExitCode.ShouldBe(2, broken.ToString());
        broken.Stderr.ShouldContain("packs/xx.yaml:2:1: error NL0001: malformed YAML");

        project.Write("packs/xx.yaml", File.ReadAllText(Repository.PathOf("rules/languages/en.yaml")).Replace("code: en", "code: xx"));
        project.Write("content/help.md", "---\nlang: xx\n---\n\n" + Helpdesk);
        var loaded = Narrativelint(project.Root, "check", "content", "--format", "json");
        loaded.ExitCode.ShouldBe(0, loaded.ToString());
        // Without the pack, a document declaring xx would be read with the fallback pack and shown as English.
        System.Text.Json.JsonDocument.Parse(loaded.Stdout).RootElement.GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("id").GetString() == "NL4001").GetProperty("language").GetString().ShouldBe("xx");
    }

    [Fact]
    public void The_configuration_chooses_the_built_in_catalogues_instead_of_the_registry()
    {
        using var folder = new TempFolder();
        folder.Write("rules/brand.yaml", Fixture.RegistryYaml + "\ncatalogues: [eu-green-claims, sponsored-disclosure]\n");
        var registry = NarrativeLint.Registry.RegistryLoader.Load([folder.PathOf("rules")], ["marketing-email"]).Registry;
        registry.Catalogues.Select(c => c.Id).ShouldBe(["marketing-email"]);
        NarrativeLint.Registry.RegistryLoader.Load([folder.PathOf("rules")], []).Registry.Catalogues.ShouldBeEmpty();
        NarrativeLint.Registry.RegistryLoader.Load([folder.PathOf("rules")], null).Registry.Catalogues.Select(c => c.Id).ShouldBe(["eu-green-claims", "sponsored-disclosure"], ignoreOrder: true);
    }

    [Fact]
    public void The_configured_history_store_records_each_check()
    {
        using var project = Project("registry: brand\nhistory: .narrativelint/runs.db\n", ("content/help.md", Helpdesk));
        Narrativelint(project.Root, "check", "content").ExitCode.ShouldBe(0);
        File.Exists(project.PathOf(".narrativelint/runs.db")).ShouldBeTrue();
        var shown = Narrativelint(project.Root, "history", "--history", ".narrativelint/runs.db", "--format", "json");
        shown.ExitCode.ShouldBe(0, shown.ToString());
        System.Text.Json.JsonDocument.Parse(shown.Stdout).RootElement.GetProperty("runs").GetArrayLength().ShouldBe(1);
    }
}
