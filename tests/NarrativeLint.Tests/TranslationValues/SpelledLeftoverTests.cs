using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.TranslationValues;

/// <summary>
/// NL2002: a number in words that the other side did not write as a number ("o săptămână", "una settimana" for "a full
/// week") meets no value of its kind there, so it takes no changed value's place: the price that did change is found.
/// </summary>
public class SpelledLeftoverTests
{
    [Theory]
    [InlineData("ro", "VeloBike rents from €45 per day, and a full week costs €220.", "VeloBike se închiriază de la 45 € pe zi, iar pentru o săptămână întreagă plătești {|NL2002:250 €|}.")]
    [InlineData("it", "VeloBike rents from €45 per day, and a full week costs €220.", "VeloBike si noleggia da 45 € al giorno, e per una settimana intera paghi {|NL2002:250 €|}.")]
    public void A_changed_price_beside_a_number_in_words_is_found(string language, string source, string translation) =>
        CheckBlock(language, source, translation).ShouldHaveSingleItem();

    [Theory]
    [InlineData("ro", "VeloBike rents from €45 per day, and a full week costs €220.", "VeloBike se închiriază de la 45 € pe zi, iar pentru o săptămână întreagă plătești 220 €.")]
    [InlineData("it", "VeloBike rents from €45 per day, and a full week costs €220.", "VeloBike si noleggia da 45 € al giorno, e per una settimana intera paghi 220 €.")]
    public void The_same_prices_beside_a_number_in_words_are_silent(string language, string source, string translation) =>
        CheckBlock(language, source, translation).ShouldBeEmpty();
}
