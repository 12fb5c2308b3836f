using Shouldly;
using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.TranslationSentences;

/// <summary>
/// NL2002 in blocks of several sentences: a value the source tells of the past in a sentence the translation lacks
/// ("until 31 March 2025 the window was 14 days") does not stand for the translation's present value, so a stale
/// "14 giorni" still meets the source's "30 days"; and the numbers of a numbered list inside one block ("1.", "2."),
/// which a translation that drops an item renumbers, are not values.
/// </summary>
public class PastAndListNumbersTests
{
    const string Source = "Return VeloBox orders within 30 days of delivery. Until 31 March 2025 the window was 14 days.";

    [Theory]
    [InlineData("it", "Restituisci gli ordini VeloBox {|NL2002:entro 14 giorni|} dalla consegna.")]
    [InlineData("ro", "Returnează comenzile VeloBox în {|NL2002:14 zile|} de la livrare.")]
    public void A_stale_value_the_source_tells_as_the_past_is_still_drift(string language, string translated) =>
        CheckBlock(language, Source, translated).ShouldHaveSingleItem();

    [Theory]
    [InlineData("it", "Restituisci gli ordini VeloBox entro 30 giorni dalla consegna.")]
    [InlineData("it", "Restituisci gli ordini VeloBox entro 30 giorni dalla consegna. Fino al 31 marzo 2025 il termine era di 14 giorni.")]
    [InlineData("ro", "Returnează comenzile VeloBox în 30 de zile de la livrare. Până la 31 martie 2025 termenul era de 14 zile.")]
    public void The_present_value_kept_is_silent(string language, string translated) =>
        CheckBlock(language, Source, translated).ShouldBeEmpty();

    static IReadOnlyList<NarrativeLint.Engine.Finding> CheckLists(string language, string source, string translation) =>
        Rules.Verify.Files(Rules.Fixture.Registry, [("content/en/returns.txt", source), ($"content/{language}/returns.txt", translation)], OtherRules);

    [Theory]
    [InlineData("it", "RESI VELOBOX\n\n1. Resi entro 30 giorni.\n2. Rimborso {|NL2002:entro 10 giorni lavorativi|}.\n3. Spedizione di reso 4,50 €.\n")]
    [InlineData("ro", "RETURURI VELOBOX\n\n1. Retur în 30 de zile.\n2. Rambursare în {|NL2002:10 zile lucrătoare|}.\n3. Transport retur 4,50 €.\n")]
    public void An_item_left_out_renumbers_the_list_and_only_the_changed_value_is_drift(string language, string translation) =>
        CheckLists(language, "VELOBOX RETURNS\n\n1. Returns within 30 days.\n2. Refunds within 5 working days.\n3. Labels are printed from your account.\n4. Return shipping costs €4.50.\n", translation);
}
