using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.FactAttachment;

/// <summary>
/// NL2001: a verb of a beginning right before a year, but for its preposition (the packs' <c>beginnings:</c>: "It all
/// started in 2016", "Tutto è iniziato nel 2016", "Totul a început în 2016"), tells the company's founding; with an object
/// between ("We started shipping to Spain in 2020") it tells something else. A place after the event says where it happened,
/// not which part: "Founded in Turin in 2014" is still the company's founding.
/// </summary>
public class BeginningTests
{
    [Theory]
    [InlineData("en", "It all started in {|NL2001:2016|}, with one rented workshop and two mechanics.", "Founded in Turin in {|NL2001:2014|} by two bike mechanics, Acme now repairs e-bikes.")]
    [InlineData("it", "Tutto è iniziato nel {|NL2001:2016|}, con una sola officina in affitto.", "Fondata a Torino nel {|NL2001:2014|} da due meccanici, Acme oggi ripara e-bike.")]
    [InlineData("ro", "Totul a început în {|NL2001:2016|}, cu un singur atelier închiriat.", "Fondată la Torino în {|NL2001:2014|} de doi mecanici, Acme repară azi biciclete electrice.")]
    public void A_beginning_and_a_founding_told_with_two_years_are_reported(string language, string first, string second) =>
        CheckPosts(language, first, language, second);

    [Theory]
    // An object between the verb and the year: another beginning.
    [InlineData("en", "We started shipping to Spain in 2020, two years after opening the depot.", "Founded in 2014 by two bike mechanics, Acme now repairs e-bikes.")]
    [InlineData("it", "Abbiamo iniziato le consegne in Spagna nel 2020.", "Fondata nel 2014 da due meccanici, Acme oggi ripara e-bike.")]
    [InlineData("ro", "Am început livrările în Spania în 2020.", "Fondată în 2014 de doi mecanici, Acme repară azi biciclete electrice.")]
    // A part's beginning is not the company's.
    [InlineData("en", "The repair pilot started in 2019 in two depots.", "Founded in 2014 by two bike mechanics, Acme now repairs e-bikes.")]
    // Founded in two places: the names conflict.
    [InlineData("en", "Founded in Milan in 2016, the Acme workshop repairs cargo bikes.", "Founded in Turin in 2014 by two bike mechanics, Acme now repairs e-bikes.")]
    public void Other_beginnings_are_not_the_founding(string language, string first, string second) =>
        CheckPosts(language, first, language, second);
}
