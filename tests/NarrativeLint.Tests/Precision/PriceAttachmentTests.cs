using Microsoft.CodeAnalysis;

namespace NarrativeLint.Tests.Precision;

/// <summary>A price belongs to what its clause says costs it; an amount with no period against a monthly price is a warning.</summary>
public class PriceAttachmentTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: plus-price
            statement: Acme Plus costs €7.90 a month.
            scope: { en: [Acme Plus], it: [Acme Plus], ro: [Acme Plus] }
            topic: { en: [Acme Plus, price, costs, a month], it: [Acme Plus, prezzo, costa, al mese], ro: [Acme Plus, preț, costă, pe lună] }
            facts: [ { kind: money, value: 7.90 EUR per month, relation: exactly } ]
        """;

    static IReadOnlyList<NarrativeLint.Engine.Finding> Findings(string text, string language = "en") =>
        InMemoryRun.PostFindings(Registry, text, language);

    [Theory]
    [InlineData("Consultations cost €25, or €19 for Acme Plus members.", "en")]
    [InlineData("Le visite costano 25 €, oppure 15 € per gli iscritti a Acme Plus.", "it")]
    [InlineData("Consultațiile costă 25 €, sau 19 € pentru membrii Acme Plus.", "ro")]
    public void Another_things_price_is_not_held_to_it(string text, string language) =>
        Findings(text, language).ShouldNotContain(f => f.Id == "NL1001");

    [Theory]
    [InlineData("Acme Plus now costs €9.90 a month.", "en")]
    [InlineData("Acme Plus costa ora 9,90 € al mese.", "it")]
    [InlineData("Acme Plus costă acum 9,90 € pe lună.", "ro")]
    [InlineData("Acme Plus reached 40,000 members; from 1 April it will cost €8.90 a month.", "en")]
    [InlineData("Il prezzo di Acme Plus è di 9,90 € al mese.", "it")]
    public void Its_own_price_is(string text, string language) =>
        Findings(text, language).ShouldContain(f => f.Id == "NL1001" && f.Severity == DiagnosticSeverity.Error);

    [Fact]
    public void An_amount_with_no_period_is_a_warning() =>
        Findings("Acme Plus costs €9.90.").ShouldContain(f => f.Id == "NL1001" && f.Severity == DiagnosticSeverity.Warning);
}
