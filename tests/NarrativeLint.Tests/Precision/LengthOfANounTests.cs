namespace NarrativeLint.Tests.Precision;

/// <summary>
/// A promise whose duration is the length of a noun ("a 36-month warranty", "the one-hour delivery slot") is broken
/// only by another length of that noun ("a two-year warranty", "a two-hour delivery window"), not by the time some other
/// step takes in a sentence that happens to carry one of its cues ("we ship a replacement within 2 working days").
/// </summary>
public class LengthOfANounTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: gateway-warranty
            statement: Every Acme Gateway comes with a 36-month hardware warranty.
            topic: { en: [gateway, warranty, replacement], it: [gateway, garanzia, sostituzione], ro: [gateway, garanție, înlocuire] }
            facts: [ { kind: duration, value: 36 months, relation: at-least } ]
          - id: delivery-slot
            statement: We deliver inside the one-hour delivery slot you book.
            topic: { en: [delivery slot, deliver, delivery], it: [fascia di consegna, consegna, consegniamo], ro: [interval de livrare, livrare, livrăm] }
            facts: [ { kind: duration, value: 1 hour, relation: at-most } ]
        """;

    static bool Contradicts(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1001");

    [Theory]
    [InlineData("If your gateway fails, we ship a replacement within 2 working days.", "en")]
    [InlineData("Se il gateway si guasta, spediamo una sostituzione entro 2 giorni lavorativi.", "it")]
    [InlineData("Dacă gateway-ul se defectează, trimitem o înlocuire în 2 zile lucrătoare.", "ro")]
    [InlineData("Our new vans will make every delivery, and the fleet is delivered over the next 18 months.", "en")]
    public void The_time_another_step_takes_is_not_the_length(string text, string language) =>
        Contradicts(text, language).ShouldBeFalse();

    [Theory]
    [InlineData("The Acme Gateway has a two-year warranty.", "en")]
    [InlineData("Il gateway Acme ha una garanzia di 24 mesi.", "it")]
    [InlineData("Gateway-ul Acme are o garanție de 24 de luni.", "ro")]
    [InlineData("Choose a two-hour delivery window that suits you.", "en")]
    [InlineData("Delivery slot: 3 hours, chosen at checkout", "en")]
    [InlineData("Your Acme Gateway is guaranteed for 2 years.", "en")]
    [InlineData("Il gateway Acme è garantito per 2 anni.", "it")]
    [InlineData("Gateway-ul Acme este garantat 2 ani.", "ro")]
    [InlineData("Scegli una fascia di consegna di 2 ore.", "it")]
    [InlineData("Alege un interval de livrare de 2 ore.", "ro")]
    public void A_shorter_length_of_the_same_noun_breaks_the_promise(string text, string language) =>
        Contradicts(text, language).ShouldBeTrue();

    [Theory]
    [InlineData("The Acme Gateway is included. You are online in 15 days.", "en")]
    [InlineData("Il gateway Acme è incluso. Sei online in 15 giorni.", "it")]
    [InlineData("Gateway-ul Acme este inclus. Ești online în 15 zile.", "ro")]
    public void A_sentence_leaning_on_one_without_the_noun_tells_no_length(string text, string language) =>
        Contradicts(text, language).ShouldBeFalse();

    [Theory]
    [InlineData("| Gateway | Warranty |\n|---|---|\n| Acme Gateway | 24 months |\n", "en")]
    [InlineData("| Gateway | Garanzia |\n|---|---|\n| Acme Gateway | 24 mesi |\n", "it")]
    [InlineData("| Gateway | Garanție |\n|---|---|\n| Acme Gateway | 24 de luni |\n", "ro")]
    public void A_cell_under_a_header_naming_the_noun_is_its_length(string markdown, string language) =>
        Contradicts(markdown, language).ShouldBeTrue();
}
