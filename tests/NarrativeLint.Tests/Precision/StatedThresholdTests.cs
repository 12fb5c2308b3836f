namespace NarrativeLint.Tests.Precision;

/// <summary>
/// A statement that writes its value with a comparison ("free on every order over €50") names a threshold: the text's
/// "over €50" restates it and "over €40" keeps it, while "over €60" raises it past the promise.
/// </summary>
public class StatedThresholdTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: free-shipping
            statement: Standard shipping is free on every order over €50.
            topic: { en: [free shipping, shipping], it: [spedizione gratuita, spedizione], ro: [livrare gratuită, livrare] }
            facts: [ { kind: money, value: 50 EUR, relation: at-most } ]
        """;

    static bool Contradicts(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1001");

    [Theory]
    [InlineData("Standard shipping is free on every order over €50.", "en")]
    [InlineData("Free shipping on orders over €40 this week.", "en")]
    [InlineData("La spedizione standard è gratuita sopra i 50 €.", "it")]
    [InlineData("Livrare gratuită pentru comenzile de peste 50 €.", "ro")]
    public void The_statements_own_comparison_restates_the_threshold(string text, string language) =>
        Contradicts(text, language).ShouldBeFalse();

    [Theory]
    [InlineData("Standard shipping is free on every order over €60.", "en")]
    [InlineData("La spedizione è gratuita sopra i 70 €.", "it")]
    [InlineData("Livrare gratuită pentru comenzile de peste 75 €.", "ro")]
    public void A_higher_threshold_breaks_the_promise(string text, string language) =>
        Contradicts(text, language).ShouldBeTrue();
}
