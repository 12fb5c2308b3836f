namespace NarrativeLint.Tests.Precision;

/// <summary>
/// A topic cue that lies inside the quantity ("a year" of "€9,500 a year", "lei" of "149 lei", "anni" of "12 anni") tells
/// the value's unit or period, which comparing already requires, not what it is the value of: alone, it places nothing.
/// </summary>
public class CueInsideQuantityTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: business-price
            statement: The Business plan costs €1,200 a year.
            topic: { en: [Business plan, a year], it: [piano Business, l'anno], ro: [planul Business, pe an] }
            facts: [ { kind: money, value: 1200 EUR per year, relation: exactly } ]
        """;

    static bool Contradicts(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1001");

    [Theory]
    [InlineData("Enterprise pricing starts at €9,500 a year.", "en")]
    [InlineData("La formazione in aula costa 900 € l'anno.", "it")]
    [InlineData("Cursurile costă 900 € pe an.", "ro")]
    public void A_cue_that_is_the_values_own_period_places_nothing(string text, string language) =>
        Contradicts(text, language).ShouldBeFalse();

    [Theory]
    [InlineData("The Business plan now costs €1,500 a year.", "en")]
    [InlineData("Il piano Business costa ora 1.500 € l'anno.", "it")]
    [InlineData("Planul Business costă acum 1.500 € pe an.", "ro")]
    public void A_cue_outside_the_value_still_places_it(string text, string language) =>
        Contradicts(text, language).ShouldBeTrue();
}
