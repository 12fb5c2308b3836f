namespace NarrativeLint.Tests.Precision;

/// <summary>
/// A retired offer named by a cue of several words that no other commitment lists ("Giga Fedeltà", "box di compleanno")
/// is restated by a sentence that affirms it, one cue being enough; a sentence dated in the month it was retired tells
/// its end; a one-word cue alone, or a name another commitment shares, does not place the sentence.
/// </summary>
public class RetiredOfferNameTests
{
    const string Registry = """
        brand: { name: Tessa, languages: [en, it, ro] }
        commitments:
          - id: loyalty-gigabytes
            statement: Every full year with Tessa adds 10GB to your monthly data.
            status: retired
            retired: 2025-04-30
            topic: { en: [Loyalty Gigabytes, loyalty], it: [Giga Fedeltà, fedeltà], ro: [Gigabytes de loialitate, loialitate] }
          - id: loyalty-discount
            statement: Members of the Tessa loyalty club get 5% off accessories.
            topic: { en: [loyalty club, accessories], it: [club fedeltà, accessori], ro: [clubul de loialitate, accesorii] }
        """;

    static bool Restates(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1004");

    [Theory]
    [InlineData("Customers who joined before 2024 still enjoy Loyalty Gigabytes every year.", "en")]
    [InlineData("Con i Giga Fedeltà ogni anno aggiungi spazio al tuo piano!", "it")]
    [InlineData("Primești în continuare Gigabytes de loialitate în fiecare an.", "ro")]
    public void One_name_of_the_offer_restates_it(string text, string language) =>
        Restates(text, language).ShouldBeTrue();

    [Theory]
    [InlineData("Loyalty Gigabytes ended on 30 April 2025.", "en")]
    [InlineData("I Giga Fedeltà sono terminati il 30 aprile 2025.", "it")]
    [InlineData("Thank you for your loyalty this year.", "en")]
    [InlineData("Il club fedeltà offre il 5% sugli accessori.", "it")]
    public void Its_end_a_single_word_or_another_commitments_name_do_not(string text, string language) =>
        Restates(text, language).ShouldBeFalse();
}
