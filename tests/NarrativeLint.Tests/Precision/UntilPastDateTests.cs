namespace NarrativeLint.Tests.Precision;

/// <summary>"Until 31 March 2025 the window was 14 days": an until-word before a date already past speaks of the past.</summary>
public class UntilPastDateTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: return-window
            statement: You can return any order within 30 days.
            topic: { en: [return, returns, window], it: [reso, resi, restituire], ro: [retur, returnare, returnezi] }
            facts: [ { kind: duration, value: 30 days, relation: at-least } ]
        """;

    static bool Contradicts(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1001");

    [Theory]
    [InlineData("Until 31 March 2025 the return window was 14 days.", "en")]
    [InlineData("Fino al 31 marzo 2025 il reso era possibile entro 14 giorni.", "it")]
    [InlineData("Până pe 31 martie 2025 returul era posibil în 14 zile.", "ro")]
    public void A_rule_that_applied_until_a_past_date_is_history(string text, string language) =>
        Contradicts(text, language).ShouldBeFalse();

    [Theory]
    [InlineData("Until 31 March 2099 the return window is 14 days.", "en")]
    [InlineData("Fino al 31 marzo 2099 il reso è possibile entro 14 giorni.", "it")]
    [InlineData("Până pe 31 martie 2099 returul este posibil în 14 zile.", "ro")]
    public void Until_a_date_still_to_come_is_the_present_rule(string text, string language) =>
        Contradicts(text, language).ShouldBeTrue();
}
