namespace NarrativeLint.Tests.Precision;

/// <summary>
/// A section heading that names two commitments' topics by different words ("Shipping and returns") does not tell
/// which one a bare value under it is about; a heading that names one ("Returns") still lends its topic.
/// </summary>
public class SeveralTopicsHeadingTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: return-window
            statement: Return anything within 60 days of delivery.
            topic: { en: [return, returns], it: [reso, resi], ro: [retur, returnare] }
            facts: [ { kind: duration, value: 60 days, relation: at-least } ]
          - id: free-shipping
            statement: Shipping is free on orders over €50.
            topic: { en: [shipping], it: [spedizione, spedizioni], ro: [livrare, livrarea] }
            facts: [ { kind: money, value: 50 EUR, relation: at-most } ]
        """;

    static bool Contradicts(string markdown, string language) =>
        InMemoryRun.PostFindings(Registry, markdown, language).Any(f => f.Id == "NL1001");

    [Theory]
    [InlineData("# Shipping and returns\n\n| Destination | Standard |\n|---|---|\n| Italy | 2–3 working days |", "en")]
    [InlineData("# Spedizioni e resi\n\n| Destinazione | Standard |\n|---|---|\n| Italia | 2–3 giorni lavorativi |", "it")]
    [InlineData("# Livrare și retur\n\n| Destinație | Standard |\n|---|---|\n| Italia | 2–3 zile lucrătoare |", "ro")]
    public void A_heading_with_two_topics_lends_neither(string markdown, string language) =>
        Contradicts(markdown, language).ShouldBeFalse();

    [Theory]
    [InlineData("# Returns\n\n| Item | Window |\n|---|---|\n| Jackets | 30 days |", "en")]
    [InlineData("# Resi\n\n| Articolo | Finestra |\n|---|---|\n| Giacche | 30 giorni |", "it")]
    [InlineData("# Retur\n\n| Articol | Termen |\n|---|---|\n| Geci | 30 de zile |", "ro")]
    public void A_heading_with_one_topic_lends_it(string markdown, string language) =>
        Contradicts(markdown, language).ShouldBeTrue();
}
