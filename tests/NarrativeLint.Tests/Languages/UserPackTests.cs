using System.Text;
using NarrativeLint.Channels;
using NarrativeLint.Engine;
using NarrativeLint.Registry;
using NarrativeLint.Tests.Cli;
using NarrativeLint.Tests.Robustness;

namespace NarrativeLint.Tests.LanguageData;

/// <summary>Packs a user adds in a <c>languages/</c> folder beside the registry: new languages, field-by-field overrides, validation.</summary>
public sealed class UserPackTests : IDisposable
{
    const string Brand = """
        brand: { name: Acme Cloud, languages: [en, nl, it] }
        commitments:
          - id: support-response-time
            statement: We answer every support request within 24 hours.
            topic: { en: [support, reply], nl: [ondersteuning, antwoorden], it: [assistenza, rispondere], sc: [assistèntzia, rispòndere] }
            facts: [ { kind: duration, value: 24 hours, relation: at-most } ]
        """;

    const string Dutch = """
        code: nl
        name: Nederlands
        numbers: { decimal: ",", group: "." }
        function-words: [de, het, een, en, van, is, niet, wij, onze]
        duration-units:
          hour: [uur, uren]
          day: [dag, dagen]
        qualifiers:
          at-most: [binnen, uiterlijk]
        cues:
          negation: [niet, nooit, geen]
        clause-boundaries: [",", maar]
        """;

    readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    AnalysisResult Check(string path, string text)
    {
        var registry = RegistryLoader.Load(folder.PathOf("rules"));
        registry.Errors.ShouldBeEmpty();
        var packs = LanguagePackLoader.LoadBesideRegistry(folder.PathOf("rules"));
        packs.Errors.ShouldBeEmpty();
        return new NarrativeEngine(registry.Registry, packs: packs.Packs).Check([new ContentFile(path, Encoding.UTF8.GetBytes(text))]);
    }

    [Fact]
    public void A_pack_in_the_registrys_languages_folder_is_loaded_and_used()
    {
        folder.Write("rules/brand.yaml", Brand);
        folder.Write("rules/languages/nl.yaml", Dutch);
        var result = Check("content/nl/support.md", "Wij antwoorden op elke vraag om ondersteuning binnen 72 uur.\n");
        result.Documents.ShouldHaveSingleItem().Content.Metadata.Language.ShouldBe("nl");
        result.Active.Select(f => f.Id).ShouldBe(["NL1001"]);
        Check("content/nl/support.md", "Wij antwoorden niet binnen 72 uur op vragen om ondersteuning.\n").Active.ShouldBeEmpty();
    }

    [Fact]
    public void A_pack_with_a_built_in_code_changes_only_the_sections_it_writes()
    {
        folder.Write("rules/brand.yaml", Brand);
        // "in un massimo di" is not a qualifier of the shipped Italian pack; negation and units stay as shipped.
        folder.Write("rules/languages/it.yaml", "code: it\nqualifiers:\n  at-most: [in un massimo di]\n");
        Check("post.it.md", "Rispondiamo alle richieste di assistenza in un massimo di 72 ore.\n").Active.Select(f => f.Id).ShouldBe(["NL1001"]);
        Check("post.it.md", "Non rispondiamo alle richieste di assistenza in un massimo di 72 ore.\n").Active.ShouldBeEmpty();
        var sources = LanguagePackLoader.LoadBesideRegistry(folder.PathOf("rules")).Sources;
        sources.Single(s => s.Code == "it").Origin.ShouldContain("over built-in 'it'");
        sources.Single(s => s.Code == "en").Origin.ShouldBe("built-in");
    }

    [Fact]
    public void A_pack_can_extend_a_built_in_pack_under_a_new_code()
    {
        folder.Write("rules/brand.yaml", Brand);
        folder.Write("rules/languages/sc.yaml", "code: sc\nname: Sardu\nextends: it\nduration-units:\n  hour: [ora, oras]\n");
        var result = Check("post.sc.md", "Rispondimus a is rechestas de assistèntzia entro 72 oras.\n");
        result.Documents.ShouldHaveSingleItem().Content.Metadata.Language.ShouldBe("sc");
        result.Active.Select(f => f.Id).ShouldBe(["NL1001"]);
    }

    [Fact]
    public void Every_problem_of_a_broken_pack_is_reported_with_file_line_and_column()
    {
        folder.Write("rules/brand.yaml", Brand);
        var file = folder.Write("rules/languages/nl.yaml", """
            code: nl
            extends: xx
            duration-units:
              decade: [tien jaar]
            cues:
              negation: niet
            numbers: { decimal: ",", grup: "." }
            negation-reach: sometimes
            """);
        var errors = LanguagePackLoader.LoadBesideRegistry(folder.PathOf("rules")).Errors.Select(e => e.ToString()).ToList();
        errors.ShouldBe([
            $"{file}:2:10: 'xx' is not a pack this pack can extend; expected one of de, en, es, fr, it, pt, ro",
            $"{file}:4:3: unknown key 'decade' in 'duration-units'; expected one of second, minute, hour, day, business-day, week, month, year, business-hour, fortnight",
            $"{file}:6:13: 'negation' in 'cues' must be a list such as [first, second]; found the text 'niet'",
            $"{file}:7:26: unknown key 'grup' in 'numbers'; expected one of decimal, group, group-as-decimal",
            $"{file}:8:17: unknown 'negation-reach' 'sometimes'; expected one of rest-of-clause, clause",
        ], ignoreOrder: true);
    }

    [Fact]
    public void The_command_line_lists_the_packs_and_refuses_a_broken_one_with_exit_2()
    {
        folder.Write("rules/brand.yaml", Brand);
        folder.Write("rules/languages/nl.yaml", Dutch);
        folder.Write("post.md", "We reply to support requests within 12 hours.\n");
        var listed = CliProcess.Narrativelint(folder.Root, "languages");
        listed.ExitCode.ShouldBe(0, listed.ToString());
        listed.Stdout.ShouldContain("nl     Nederlands");
        listed.Stdout.ShouldContain("en     English      built-in");

        folder.Write("rules/languages/nl.yaml", Dutch + "\ncolour: blue\n");
        var check = CliProcess.Narrativelint(folder.Root, "check", "post.md");
        check.ExitCode.ShouldBe(2, check.ToString());
        check.Stderr.ShouldContain("nl.yaml:13:1: error NL0001: unknown key 'colour' in the language pack");
    }
}
