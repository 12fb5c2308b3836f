using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.FactSubjects;

/// <summary>
/// NL2001: a price without a concept word beside it is the price of the names its clause gives (a plan, a product), in
/// any language; another name, or a price told with a term ("for your first 6 months"), is another fact.
/// </summary>
public class NamedPriceTests
{
    [Theory]
    [InlineData("en", "With the Puppy Plan you pay {|NL2001:€14 a month|} for the whole first year.", "en", "For a growing dog the Puppy Plan is just {|NL2001:€16 a month|}, vaccines included.")]
    [InlineData("it", "Con il Piano Cucciolo paghi {|NL2001:14 € al mese|} e hai incluse tutte le vaccinazioni.", "it", "Per questo il Piano Cucciolo viene solo {|NL2001:16 € al mese|} e comprende vaccini e vermifughi.")]
    [InlineData("ro", "Cu Planul Cățel plătești {|NL2001:14 € pe lună|} și ai incluse toate vaccinurile.", "ro", "Pentru un cățel, Planul Cățel te ține doar {|NL2001:16 € pe lună|}, cu vaccinuri.")]
    [InlineData("en", "With the Puppy Plan you pay {|NL2001:€14 a month|} for the whole first year.", "it", "Con il Puppy Plan paghi {|NL2001:16 € al mese|} e hai incluse tutte le vaccinazioni.")]
    public void Prices_of_one_named_thing_that_differ_are_reported(string firstLanguage, string first, string secondLanguage, string second) =>
        CheckPosts(firstLanguage, first, secondLanguage, second);

    [Theory]
    // Another plan.
    [InlineData("en", "With the Puppy Plan you pay €14 a month for the whole first year.", "en", "With the Kitten Plan you pay €11 a month for the whole first year.")]
    [InlineData("it", "Con il Piano Cucciolo paghi 14 € al mese e hai incluse tutte le vaccinazioni.", "it", "Con il Piano Gattino paghi 11 € al mese e hai incluse tutte le vaccinazioni.")]
    // A term's price: an offer.
    [InlineData("en", "With the Puppy Plan you pay €14 a month for the whole first year.", "en", "The Puppy Plan is €7 a month for your first 3 months.")]
    [InlineData("ro", "Cu Planul Cățel plătești 14 € pe lună și ai incluse toate vaccinurile.", "ro", "Pentru un cățel, Planul Cățel te ține 7 € pe lună în primele 3 luni.")]
    public void Prices_of_other_things_or_of_a_term_are_kept_apart(string firstLanguage, string first, string secondLanguage, string second) =>
        CheckPosts(firstLanguage, first, secondLanguage, second);
}
