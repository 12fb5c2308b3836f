namespace NarrativeLint.Tests.Precision;

/// <summary>
/// A topic cue that a weak negation denies ("non-prescription products", "senza ricetta", "fără rețetă") names what the
/// sentence is not about: a return window for products sold without a prescription is no prescription dispatch time.
/// </summary>
public class DeniedNounTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: rx-dispatch
            statement: Prescription orders approved by our pharmacists are dispatched within 24 hours.
            topic: { en: [prescription], it: [ricetta], ro: [rețetă] }
            facts: [ { kind: duration, value: 24 hours, relation: at-most } ]
        """;

    static bool Contradicts(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1001");

    [Theory]
    [InlineData("Unopened non-prescription products can be returned within 30 days.", "en")]
    [InlineData("I prodotti senza ricetta si possono restituire entro 30 giorni.", "it")]
    [InlineData("Produsele fără rețetă pot fi returnate în 30 de zile.", "ro")]
    public void A_denied_cue_is_not_the_topic(string text, string language) =>
        Contradicts(text, language).ShouldBeFalse();

    [Theory]
    [InlineData("Prescription orders are dispatched within 3 days.", "en")]
    [InlineData("Gli ordini con ricetta partono entro 3 giorni.", "it")]
    [InlineData("Comenzile cu rețetă pleacă în 3 zile.", "ro")]
    public void The_cue_itself_still_places_the_sentence(string text, string language) =>
        Contradicts(text, language).ShouldBeTrue();
}
