namespace NarrativeLint.Tests.Semantics;

/// <summary>NL3001: breach phrases of a declared value, negated or inflected.</summary>
public class ValuesTests
{
    [Theory]
    [InlineData("No comment on the outage.", "en")]
    [InlineData("We cannot disclose the cause of the outage.", "en")]
    [InlineData("Nessun commento sull'incidente.", "it")]
    [InlineData("Non possiamo divulgare la causa dell'incidente.", "it")]
    [InlineData("Cauza incidentului este confidențială.", "ro")]
    [InlineData("Informația este confidențială.", "ro")]
    public void A_breach_phrase_or_its_inflected_form_is_reported(string text, string language) =>
        Semantic.Single("NL3001", text, language).Message.ShouldContain("openness");

    [Theory]
    [InlineData("It is not true that we cannot disclose the cause of the outage.", "en")]
    [InlineData("Non è vero che non possiamo divulgare la causa dell'incidente.", "it")]
    [InlineData("Cauza incidentului nu este confidențială.", "ro")]
    public void A_breach_negated_in_its_clause_is_not_reported(string text, string language) =>
        Semantic.Ids(text, language).ShouldNotContain("NL3001");
}
