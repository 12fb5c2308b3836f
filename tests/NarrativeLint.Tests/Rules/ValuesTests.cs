namespace NarrativeLint.Tests.Rules;

/// <summary>NL3001: breach phrases of a declared value, negated or inflected.</summary>
public class ValuesTests
{
    [Theory]
    [InlineData("{|NL3001:No comment|} on the outage.", "en")]
    [InlineData("{|NL3001:We cannot disclose|} the cause of the outage.", "en")]
    [InlineData("{|NL3001:Nessun commento|} sull'incidente.", "it")]
    [InlineData("{|NL3001:Non possiamo divulgare|} la causa dell'incidente.", "it")]
    [InlineData("Cauza incidentului {|NL3001:este confidențială|}.", "ro")]
    [InlineData("Informația {|NL3001:este confidențială|}.", "ro")]
    public void A_breach_phrase_or_its_inflected_form_is_reported(string markup, string language) =>
        Verify.Post(markup, language).ShouldHaveSingleItem().Message.ShouldContain("openness");

    [Theory]
    [InlineData("It is not true that we cannot disclose the cause of the outage.", "en")]
    [InlineData("Non è vero che non possiamo divulgare la causa dell'incidente.", "it")]
    [InlineData("Cauza incidentului nu este confidențială.", "ro")]
    public void A_breach_negated_in_its_clause_is_not_reported(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("No comment? We don't say that here: every outage is explained.", "en")]
    [InlineData("Nessun commento? No, grazie: spieghiamo ogni guasto.", "it")]
    [InlineData("Cauza incidentului este confidențială? Nu, o publicăm mereu.", "ro")]
    public void A_breach_raised_in_a_question_and_refused_next_is_a_mention(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("{|NL3001:No comment|}? That is all we can say for now.", "en")]
    [InlineData("{|NL3001:Nessun commento|}? Per ora è tutto.", "it")]
    [InlineData("Cauza incidentului {|NL3001:este confidențială|}? Aflați mai multe mâine.", "ro")]
    public void A_breach_in_a_question_that_goes_on_is_reported(string markup, string language) =>
        Verify.Post(markup, language).ShouldHaveSingleItem().Message.ShouldContain("openness");
}
