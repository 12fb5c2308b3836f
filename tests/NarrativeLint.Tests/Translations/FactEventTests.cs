using NarrativeLint.Tests.Rules;
using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.Translations;

/// <summary>
/// NL2001 through the packs' events: a length of time or a year is of the event beside it ("a 2-year warranty",
/// "garanzia di 3 anni"), in any language; a share or a price beside an event word is of something else.
/// </summary>
public class FactEventTests
{
    [Theory]
    [InlineData("en", "Every router comes with a {|NL2001:2-year|} warranty.", "en", "Our routers carry a warranty of {|NL2001:3 years|} on parts.")]
    [InlineData("en", "Every router comes with a {|NL2001:2-year|} warranty.", "it", "Ogni router ha una garanzia di {|NL2001:3 anni|}.")]
    [InlineData("en", "Every router comes with a {|NL2001:2-year|} warranty.", "ro", "Fiecare router are o garanție de {|NL2001:3 ani|}.")]
    public void A_duration_of_one_event_told_two_ways_is_reported(string firstLanguage, string first, string secondLanguage, string second) =>
        CheckPosts(firstLanguage, first, secondLanguage, second);

    [Theory]
    [InlineData("en", "Of the people who answered, 86% live in North America.", "en", "The service was live 99% of the time last year.")]
    [InlineData("en", "Of the people who answered, 86% live in North America.", "it", "Il servizio è stato attivo il 99% del tempo.")]
    [InlineData("en", "A warranty extension costs €30 for every router.", "ro", "Extinderea garanției costă 45 € pentru fiecare router.")]
    public void A_share_or_a_price_beside_an_event_word_is_no_fact_of_it(string firstLanguage, string first, string secondLanguage, string second) =>
        CheckPosts(firstLanguage, first, secondLanguage, second);
}
