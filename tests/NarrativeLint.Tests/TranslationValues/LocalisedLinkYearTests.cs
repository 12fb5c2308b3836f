using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.TranslationValues;

/// <summary>
/// NL2002: a link to the reader's own-language page ("/ro/vara" for "/en/summer") is the translator's choice, but one
/// that names a year or a version its source's does not ("/ro/vara-2024") points to another page: last year's campaign.
/// </summary>
public class LocalisedLinkYearTests
{
    [Theory]
    [InlineData("ro", "See the offer: https://velocell.example/en/summer", "Vezi oferta: {|NL2002:https://velocell.example/ro/vara-2024|}")]
    [InlineData("it", "See the offer: https://velocell.example/en/summer", "Vedi l'offerta: {|NL2002:https://velocell.example/it/estate-2024|}")]
    public void A_localised_link_that_names_another_year_is_drift(string language, string source, string translation) =>
        CheckBlock(language, source, translation).ShouldHaveSingleItem();

    [Theory]
    [InlineData("ro", "See the offer: https://velocell.example/en/summer", "Vezi oferta: https://velocell.example/ro/vara")]
    [InlineData("it", "See the offer: https://velocell.example/en/summer-2025", "Vedi l'offerta: https://velocell.example/it/estate-2025")]
    public void A_localised_link_with_the_same_digits_is_silent(string language, string source, string translation) =>
        CheckBlock(language, source, translation).ShouldBeEmpty();
}
