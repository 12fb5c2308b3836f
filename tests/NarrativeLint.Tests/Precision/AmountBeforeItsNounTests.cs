namespace NarrativeLint.Tests.Precision;

/// <summary>
/// An amount right before a cue is that noun's ("get a €5 voucher"), and the article before a currency sign is no
/// amount ("a €5" is €5, not €1).
/// </summary>
public class AmountBeforeItsNounTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: voucher
            statement: Every item handed in earns a €10 voucher.
            topic: { en: [voucher], it: [buono], ro: [voucher] }
            facts: [ { kind: money, value: 10 EUR, relation: exactly } ]
        """;

    static IEnumerable<string> Found(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Where(f => f.Id == "NL1001").Select(f => f.Diagnostic.Properties["found"]!);

    [Theory]
    [InlineData("Hand in a jacket and get a €5 voucher.", "en")]
    [InlineData("Porta una giacca e ricevi un buono da 5 €.", "it")]
    [InlineData("Adu o geacă și primești un voucher de 5 €.", "ro")]
    public void The_amount_of_the_noun_is_held_to_the_promise(string text, string language) =>
        Found(text, language).ShouldBe(["5 EUR"]);

    [Theory]
    [InlineData("Hand in a jacket and get a €10 voucher.", "en")]
    [InlineData("Porta una giacca e ricevi un buono da 10 €.", "it")]
    public void The_promised_amount_keeps_the_promise(string text, string language) =>
        Found(text, language).ShouldBeEmpty();
}
