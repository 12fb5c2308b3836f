using NarrativeLint.Analyzers;
using NarrativeLint.Engine;
using NarrativeLint.Tests.Rules;
using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.Translations;

/// <summary>
/// Every kind of difference NL2002 knows, injected one at a time into Italian, Romanian, Japanese and Polish
/// translations (the last two without a pack): each is one finding on its block, naming both values, with the
/// source's block as the related location and its kind in the properties; nothing else is reported.
/// </summary>
public class InjectedDriftTests
{
    static IReadOnlyList<Finding> Check(string language, IEnumerable<string> blocks) => CheckPair(language, Page(blocks));

    /// <summary>Language, block, the changed block with the finding marked, its kind, the translation's value and the source's.</summary>
    public static TheoryData<string, int, string, string, string, string> Injected => new()
    {
        { "it", 1, "Velocell gestisce {|NL2002:135|} negozi in Italia e Romania.", "number", "135", "120" },
        { "ro", 1, "Velocell are {|NL2002:135|} de magazine în Italia și România.", "number", "135", "120" },
        { "ja", 1, "Velocellはイタリアとルーマニアで{|NL2002:135|}店舗を運営しています。", "number", "135", "120" },
        { "pl", 1, "Velocell prowadzi {|NL2002:135|} sklepów we Włoszech i w Rumunii.", "number", "135", "120" },
        { "pl", 2, "Badanie wśród 2400 klientów VeloFibre wykazało, że {|NL2002:82%|} poleciłoby nas znajomym.", "percentage", "82%", "92%" },
        { "it", 3, "Leggi il [rapporto annuale]({|NL2002:https://velocell.example/report-2021|}) di VeloGroup.", "link", "https://velocell.example/report-2021", "https://velocell.example/report-2025" },
        { "pl", 3, "Przeczytaj [raport roczny]({|NL2002:https://velocell.example/report-2021|}) grupy VeloGroup.", "link", "https://velocell.example/report-2021", "https://velocell.example/report-2025" },
        { "ro", 4, "Routerul VeloBox acceptă firmware-ul {|NL2002:4.1.0|} și versiunile ulterioare.", "version", "4.1.0", "4.2.1" },
        { "pl", 4, "Router VeloBox obsługuje oprogramowanie w wersji {|NL2002:4.1.0|} i nowszych.", "version", "4.1.0", "4.2.1" },
        { "it", 6, "Ultimo aggiornamento: {|NL2002:12 maggio 2021|}.", "date", "12 maggio 2021", "3 March 2026" },
        { "ja", 6, "最終更新日：{|NL2002:2021年5月12|}日。", "date", "2021年5月12", "3 March 2026" },
        { "pl", 6, "Ostatnia aktualizacja: {|NL2002:12 maja 2021|}.", "date", "12 maja 2021", "3 March 2026" },
        { "it", 7, "Il piano VeloFibre costa {|NL2002:25 € al mese|}.", "money", "25 € al mese", "€30 per month" },
        { "ro", 7, "Planul VeloFibre costă {|NL2002:25 € pe lună|}.", "money", "25 € pe lună", "€30 per month" },
        { "ja", 7, "VeloFibreプランの料金は月額{|NL2002:€25|}です。", "money", "€25", "€30 per month" },
        { "pl", 7, "Plan VeloFibre kosztuje {|NL2002:25 €|} miesięcznie.", "money", "25 €", "€30 per month" },
        { "it", 8, "Il team VeloCare risponde a ogni richiesta di assistenza {|NL2002:entro 48 ore|}.", "duration", "entro 48 ore", "within 24 hours" },
        { "ro", 8, "Echipa VeloCare răspunde la fiecare solicitare de asistență {|NL2002:în cel mult 48 de ore|}.", "duration", "în cel mult 48 de ore", "within 24 hours" },
        { "ja", 8, "VeloCareチームはすべてのお問い合わせに{|NL2002:48|}時間以内に回答します。", "duration", "48", "within 24 hours" },
        { "it", 9, "Velocell gestisce {|NL2002:quattro|} data center.", "number", "quattro", "three" },
        { "ro", 9, "Velocell are {|NL2002:patru|} centre de date.", "number", "patru", "three" },
        { "it", 10, "Il tuo prezzo resta bloccato per {|NL2002:12 mesi|}.", "superseded", "12 mesi", "24 months" },
        { "ro", 10, "Prețul tău rămâne blocat timp de {|NL2002:12 luni|}.", "superseded", "12 luni", "24 months" },
        { "pl", 10, "Twoja cena pozostaje stała przez {|NL2002:12|} miesiące.", "superseded", "12", "24 months" },
    };

    [Theory]
    [MemberData(nameof(Injected))]
    public void Each_difference_is_one_finding_on_its_block_with_both_values_and_its_kind(string language, int block, string changed, string kind, string here, string there)
    {
        var finding = Check(language, With(language, block, changed)).ShouldHaveSingleItem();
        finding.Property(FindingProperties.Difference).ShouldBe(kind);
        finding.Message.ShouldContain($"'{here}' here, '{there}' in {SourcePath}:{6 + 2 * block}");
        var related = finding.Diagnostic.AdditionalLocations.ShouldHaveSingleItem().GetLineSpan();
        related.Path.ShouldBe(SourcePath);
        related.StartLinePosition.Line.ShouldBe(5 + 2 * block);
    }

    [Theory]
    [InlineData(8, "Il team VeloCare risponde a ogni richiesta di assistenza {|NL2002:entro 24 giorni|}.", "duration")]
    [InlineData(7, "Il piano VeloFibre costa {|NL2002:30 $ al mese|}.", "money")]
    public void The_same_digits_in_another_unit_or_currency_differ(int block, string changed, string kind) =>
        Check("it", With("it", block, changed)).ShouldHaveSingleItem().Property(FindingProperties.Difference).ShouldBe(kind);

    [Fact]
    public void Blocks_that_share_only_a_number_whose_unit_differs_are_not_compared_by_unit() =>
        Verify.Files(Fixture.Registry, [("social/en/posts.md", Page(["Your monthly price stays fixed for 24 months from the day you join."])),
                                        ("social/it/posts.md", Page(["Hai aperto un ticket? Ti rispondiamo entro 24 ore, promesso."]))], OtherRules);

    [Fact]
    public void The_same_duration_in_other_units_is_silent() =>
        Check("it", With("it", 8, "Il team VeloCare risponde a ogni richiesta di assistenza entro un giorno."));

    [Fact]
    public void A_number_in_words_is_not_compared_with_a_language_without_a_pack() =>
        Check("ja", With("ja", 9, "Velocellは4つのデータセンターを運営しています。"));

    [Theory]
    [InlineData("it", "Velocell non vende i tuoi dati senza il tuo consenso.", "VeloCloud does not sell your data without your consent.")]
    [InlineData("fr", "VeloCloud ne vend pas vos données sans votre accord.", "VeloCloud does not sell your data without your consent.")]
    [InlineData("es", "VeloCloud ofrece instrumentación sin código.", "VeloCloud offers zero-code instrumentation.")]
    [InlineData("fr", "VeloCloud n'envoie qu'un seul rapport.", "VeloCloud sends just one report.")]
    public void Without_except_and_ne_que_are_no_negation_a_translation_lacks(string language, string translated, string source) =>
        Verify.Files(Fixture.Registry, [(SourcePath, Page(With("en", 5, source))), (TranslationPath(language), Page(With("it", 5, translated)))], OtherRules);

    [Fact]
    public void A_superseded_value_names_the_commitment_the_translation_still_keeps() =>
        Check("it", With("it", 10, "Il tuo prezzo resta bloccato per {|NL2002:12 mesi|}.")).ShouldHaveSingleItem().Property(FindingProperties.CommitmentId).ShouldBe("lock-12");

    [Theory]
    [InlineData("pl")]
    public void A_faithful_translation_without_a_pack_is_silent(string language) => Check(language, Blocks[language]);

    [Theory]
    [InlineData("it")]
    [InlineData("ro")]
    [InlineData("ja")]
    [InlineData("pl")]
    public void Reordered_inserted_and_missing_blocks_do_not_shift_a_difference(string language)
    {
        var blocks = With(language, 7, Blocks[language][7].Replace("30", "{|NL2002:25|}", StringComparison.Ordinal)).ToList();
        blocks[7] = language switch
        {
            "it" => blocks[7].Replace("{|NL2002:25|} € al mese", "{|NL2002:25 € al mese|}", StringComparison.Ordinal),
            "ro" => blocks[7].Replace("{|NL2002:25|} € pe lună", "{|NL2002:25 € pe lună|}", StringComparison.Ordinal),
            "pl" => blocks[7].Replace("{|NL2002:25|} €", "{|NL2002:25 €|}", StringComparison.Ordinal),
            _ => blocks[7].Replace("€{|NL2002:25|}", "{|NL2002:€25|}", StringComparison.Ordinal),
        };
        (blocks[1], blocks[3]) = (blocks[3], blocks[1]);
        blocks.RemoveAt(5);
        blocks.Insert(2, "VeloCloud, 2019.");
        Check(language, blocks);
    }
}
