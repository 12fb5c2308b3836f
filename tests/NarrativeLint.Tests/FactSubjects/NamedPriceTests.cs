using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.FactSubjects;

/// <summary>
/// NL2001: a price without a concept word beside it is not keyed by the names in its clause (tried in the eighth session,
/// dropped in the ninth: a plan's price told with another value was as often an offer as a drift). The same sentence told
/// twice with another price is still one statement told two ways.
/// </summary>
public class NamedPriceTests
{
    [Theory]
    [InlineData("en", "With the Puppy Plan you pay {|NL2001:€14 a month|} and every vaccine is included.", "en", "With the Puppy Plan you pay {|NL2001:€16 a month|} and every vaccine is included.")]
    [InlineData("it", "Con il Piano Cucciolo paghi {|NL2001:14 € al mese|} e hai incluse tutte le vaccinazioni.", "it", "Con il Piano Cucciolo paghi {|NL2001:16 € al mese|} e hai incluse tutte le vaccinazioni.")]
    [InlineData("ro", "Cu Planul Cățel plătești {|NL2001:14 € pe lună|} și ai incluse toate vaccinurile.", "ro", "Cu Planul Cățel plătești {|NL2001:16 € pe lună|} și ai incluse toate vaccinurile.")]
    [InlineData("pl", "W Planie Szczeniak płacisz {|NL2001:14 €|} miesięcznie i masz wszystkie szczepienia.", "pl", "W Planie Szczeniak płacisz {|NL2001:16 €|} miesięcznie i masz wszystkie szczepienia.")]
    public void One_sentence_told_with_two_prices_is_reported(string firstLanguage, string first, string secondLanguage, string second) =>
        CheckPosts(firstLanguage, first, secondLanguage, second, ignoring: ["NL0010"]);

    [Theory]
    // The plan's price told in other words.
    [InlineData("en", "With the Puppy Plan you pay €14 a month for the whole first year.", "en", "For a growing dog the Puppy Plan is just €16 a month, vaccines included.")]
    [InlineData("it", "Con il Piano Cucciolo paghi 14 € al mese e hai incluse tutte le vaccinazioni.", "it", "Per questo il Piano Cucciolo viene solo 16 € al mese e comprende vaccini e vermifughi.")]
    // An offer against the plan's price (dev3's social post).
    [InlineData("ro", "Tessera Go costă 7,99 € pe lună, iar Tessera Max costă 14,99 € pe lună.", "ro", "Grăbește-te! Tessera Max la 9,99 € pe lună doar până duminică.")]
    [InlineData("en", "Tessera Go costs €7.99 a month and Tessera Max costs €14.99 a month.", "en", "Hurry! Tessera Max at €9.99 a month, this weekend only.")]
    [InlineData("pl", "Z Planem Szczeniak płacisz 14 € miesięcznie za cały pierwszy rok.", "pl", "Dla rosnącego psa Plan Szczeniak to tylko 16 € miesięcznie.")]
    public void Prices_of_a_named_thing_in_other_words_are_not_compared(string firstLanguage, string first, string secondLanguage, string second) =>
        CheckPosts(firstLanguage, first, secondLanguage, second, ignoring: ["NL0010"]);
}
