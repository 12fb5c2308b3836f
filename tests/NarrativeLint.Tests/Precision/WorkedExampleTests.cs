namespace NarrativeLint.Tests.Precision;

/// <summary>
/// A worked example ("Example: 200 employees on Essentials come to €800 a month", "Esempio: …", "Exemplu: …") computes
/// its figures from the promise: it is not held to it. The same figure told as a price is.
/// </summary>
public class WorkedExampleTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: essentials-price
            statement: Acme Essentials costs €4 per employee per month.
            topic: { en: [Essentials, costs, price], it: [Essentials, costa, prezzo], ro: [Essentials, costă, prețul] }
            facts: [ { kind: money, value: 4 EUR, relation: exactly } ]
        """;

    static bool Contradicts(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1001");

    [Theory]
    [InlineData("Example: 200 employees on Essentials cost €800 a month.", "en")]
    [InlineData("Esempio: 30 dipendenti su Essentials costano 120 € al mese.", "it")]
    [InlineData("Exemplu: 25 de angajați pe Essentials costă 100 € pe lună.", "ro")]
    public void A_worked_example_is_not_held_to_the_price(string text, string language) =>
        Contradicts(text, language).ShouldBeFalse();

    [Theory]
    [InlineData("Essentials costs €8 per employee.", "en")]
    [InlineData("Essentials costa 8 € per dipendente.", "it")]
    [InlineData("Essentials costă 8 € per angajat.", "ro")]
    public void Another_price_is(string text, string language) =>
        Contradicts(text, language).ShouldBeTrue();
}
