using Microsoft.CodeAnalysis;
using Shouldly;
using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.TranslationPlaces;

/// <summary>
/// NL2002 in a run of blocks one side has more of (a paragraph the translation left out): the blocks right after an
/// anchored pair, at the same place on both sides, are compared as placed by position (a note); a run that no anchored
/// block bounds (a feed of posts) is not compared.
/// </summary>
public class NextToAnchorsTests
{
    internal const string Left = "A paragraph only the source has: our couriers visit every town of the country twice a week, in every season of the year, "
                        + "whatever the weather, and they always bring the parcels of the neighbours along with yours when you ask them to.";

    static string Source(string block) => Page(["# Velocell in Europe", "Velocell runs 120 shops in Italy and Romania.", block, Left,
        "Read the [annual report](https://velocell.example/report-2025) of VeloGroup."]);

    static string Translation(string language, string block) => Page([Blocks[language][0], Blocks[language][1], block, Blocks[language][3]]);

    [Theory]
    [InlineData("it", "Gli articoli mancanti vengono rimborsati {|NL2002:entro 5 giorni lavorativi|}.")]
    [InlineData("ro", "Articolele lipsă sunt rambursate în {|NL2002:5 zile lucrătoare|}.")]
    [InlineData("pl", "Brakujące produkty zwracamy w ciągu {|NL2002:5|} dni roboczych.")]
    public void A_block_right_after_an_anchored_pair_is_compared_by_its_place(string language, string translated) =>
        CheckPair(language, Translation(language, translated), Source("Missing items are refunded within 3 working days."))
            .ShouldHaveSingleItem().Severity.ShouldBe(DiagnosticSeverity.Info);

    [Theory]
    [InlineData("it", "Gli articoli mancanti vengono rimborsati entro 3 giorni lavorativi.")]
    [InlineData("pl", "Brakujące produkty zwracamy w ciągu 3 dni roboczych.")]
    public void The_same_value_there_is_silent(string language, string translated) =>
        CheckPair(language, Translation(language, translated), Source("Missing items are refunded within 3 working days.")).ShouldBeEmpty();

    [Fact]
    public void A_run_no_anchored_block_bounds_is_not_compared() =>
        CheckPair("it", Page(["Le consegne richiedono 5 giorni lavorativi."]), Page(["Deliveries take 3 working days.", Left])).ShouldBeEmpty();
}
