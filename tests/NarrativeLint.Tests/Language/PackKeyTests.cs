using NarrativeLint.Language;

namespace NarrativeLint.Tests.Language;

/// <summary>What used to be English or Romanian rules in C# is pack data: a pack without the key does not have the rule.</summary>
public class PackKeyTests
{
    /// <summary>The shipped English pack with some keys rewritten, as a user's pack would.</summary>
    static LanguagePack EnglishWith(string replacements)
    {
        var yaml = ReadShipped("en");
        foreach (var line in replacements.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var key = line[..(line.IndexOf(':') + 1)];
            var start = yaml.IndexOf("\n" + key, StringComparison.Ordinal);
            yaml = start >= 0
                ? yaml[..(start + 1)] + line + yaml[yaml.IndexOf('\n', start + 1)..]
                : yaml + "\n" + line + "\n";
        }
        return LanguagePack.FromYaml(yaml);
    }

    static string ReadShipped(string code) => File.ReadAllText(Tests.Robustness.Repository.PathOf($"rules/languages/{code}.yaml"));

    [Fact]
    public void Quarter_and_half_markers_before_a_year_come_from_the_pack()
    {
        Packs.Single("en", "Rollout ends in Q4 2026.", QuantityKind.Date).Date.ShouldBe(new DateOnly(2026, 10, 1));
        Packs.Single("it", "Il lancio è previsto per H2 2026.", QuantityKind.Date).Date.ShouldBe(new DateOnly(2026, 7, 1));
        var without = EnglishWith("period-markers: { quarter: [], half: [] }");
        without.Annotate("Rollout ends in Q4 2026.").SelectMany(s => s.Quantities).Single(q => q.Kind == QuantityKind.Date).Date.ShouldBe(new DateOnly(2026, 1, 1));
    }

    [Fact]
    public void A_word_between_day_and_month_comes_from_the_pack()
    {
        Packs.Single("en", "Switch-off is on 30th of June 2026.", QuantityKind.Date).Date.ShouldBe(new DateOnly(2026, 6, 30));
        EnglishWith("month-links: []").Annotate("Switch-off is on 30th of June 2026.").SelectMany(s => s.Quantities)
            .ShouldNotContain(q => q.Kind == QuantityKind.Date && q.Date == new DateOnly(2026, 6, 30));
    }

    [Theory]
    [InlineData("Rispondiamo entro ventiquattro ore.", 24)]
    [InlineData("Il piano dura trentuno giorni.", 31)]
    [InlineData("Offriamo ventotto giorni di prova.", 28)]
    public void Italian_glued_number_words_elide_before_the_packs_vowels(string text, int value) =>
        Packs.QuantitiesIn("it", text).ShouldHaveSingleItem().Value.ShouldBe(value);

    [Fact]
    public void Romanian_cedilla_letters_fold_into_comma_below_through_the_pack()
    {
        var comma = Packs.OneSentence("ro", "Răspundem în 24 de ore și asigurăm asistență.");
        var cedilla = Packs.OneSentence("ro", "Răspundem în 24 de ore şi asigurăm asistenţă.");
        cedilla.Tokens.Select(t => t.Lower).ShouldBe(comma.Tokens.Select(t => t.Lower));
        Packs.OneSentence("en", "asistenţă").Tokens[0].Lower.ShouldBe("asistenţă");
        LanguagePacks.Default.Detect("Răspundem în 24 de ore şi asigurăm asistenţă pentru toţi clienţii şi partenerii noştri.").ShouldBe("ro");
    }

    [Fact]
    public void A_capital_letter_marks_a_name_only_where_the_pack_says_so()
    {
        Packs.For("en").IsName("Unlimited").ShouldBeTrue();
        Packs.For("en").IsName("unlimited").ShouldBeFalse();
        EnglishWith("names-capitalised: false").IsName("Unlimited").ShouldBeFalse();
    }

    [Fact]
    public void Documents_in_a_language_without_a_pack_are_read_with_the_pack_marked_fallback()
    {
        LanguagePacks.Default.Fallback.Code.ShouldBe("en");
        LanguagePacks.Default.Get("ja").ShouldBeSameAs(LanguagePacks.Default.Fallback);
        var italianFallback = LanguagePack.FromYaml(ReadShipped("it") + "\nfallback: true\n");
        var packs = new LanguagePacks([Packs.For("en"), italianFallback]);
        packs.Get("ja").Code.ShouldBe("it");
    }
}
