using Microsoft.CodeAnalysis;
using NarrativeLint.Analyzers;
using Shouldly;
using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.TranslatedDenials;

/// <summary>
/// NL2002 negation in sentences placed by position (the source has a paragraph the translation left out): a denial the
/// source makes and the translation drops is a flip, reported as a note, where the sentence stands right beside an
/// anchored pair; a negation only the translation has (a translator's wording), a denial both make, a "whether or not"
/// alternative, a German "Nicht-" noun, and a sentence two places from any anchored pair are silent.
/// </summary>
public class PlacedDenialTests
{
    static readonly Dictionary<string, string[]> Around = new()
    {
        ["it"] = [Blocks["it"][0], Blocks["it"][1], Blocks["it"][3]],
        ["ro"] = [Blocks["ro"][0], Blocks["ro"][1], Blocks["ro"][3]],
        ["de"] = ["# Velocell in Europa", "Velocell betreibt 120 Geschäfte in Italien und Rumänien.", "Lesen Sie den [Jahresbericht](https://velocell.example/report-2025) der VeloGroup."],
    };

    static string Source(params string[] blocks) => Page(["# Velocell in Europe", "Velocell runs 120 shops in Italy and Romania.", .. blocks, TranslationPlaces.NextToAnchorsTests.Left,
        "Read the [annual report](https://velocell.example/report-2025) of VeloGroup."]);

    static string Translation(string language, params string[] blocks) => Page([Around[language][0], Around[language][1], .. blocks, Around[language][2]]);

    [Theory]
    [InlineData("it", "Le notti negli hotel partner contano per il tuo status.")]
    [InlineData("ro", "Nopțile la hotelurile partenere contează pentru statutul tău.")]
    public void A_denial_the_translation_drops_beside_an_anchored_pair_is_a_note(string language, string translated)
    {
        var finding = CheckPair(language, Translation(language, "{|NL2002:" + translated + "|}"), Source("Nights at partner hotels do not count towards your status."))
            .ShouldHaveSingleItem();
        finding.Property(FindingProperties.Difference).ShouldBe("negation");
        finding.Severity.ShouldBe(DiagnosticSeverity.Info);
    }

    [Theory]
    [InlineData("it", "Nights at partner hotels count towards your status.", "Le notti negli hotel partner non contano per il tuo status.")]
    [InlineData("ro", "Nights at partner hotels count towards your status.", "Nopțile la hotelurile partenere nu contează pentru statutul tău.")]
    [InlineData("ro", "Nights at partner hotels do not count towards your status.", "Nopțile la hotelurile partenere nu contează pentru statutul tău.")]
    [InlineData("it", "Ask your provider whether or not your cluster comes with a metrics server.", "Chiedi al tuo fornitore se il tuo cluster include un metrics server.")]
    [InlineData("de", "If you cancel later, or do not arrive, we charge the first night.", "Bei späterer Stornierung oder Nichtanreise berechnen wir die erste Nacht.")]
    public void A_negation_only_the_translation_has_or_one_said_another_way_is_silent(string language, string source, string translated) =>
        CheckPair(language, Translation(language, translated), Source(source)).ShouldBeEmpty();

    [Fact]
    public void A_sentence_two_places_from_any_anchored_pair_is_not_compared() =>
        CheckPair("it", Translation("it", "Le consegne arrivano in giornata.", "Le notti negli hotel partner contano per il tuo status.", "Il ritiro in negozio è gratuito."),
            Source("Deliveries arrive the same day.", "Nights at partner hotels do not count towards your status.", "Collecting in a shop is free of charge.")).ShouldBeEmpty();
}
