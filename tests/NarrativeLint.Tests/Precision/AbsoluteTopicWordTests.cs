namespace NarrativeLint.Tests.Precision;

/// <summary>An absolute word that is one of the commitment's own topic cues ("garanzia" is the warranty) names the promise; it does not overstate it.</summary>
public class AbsoluteTopicWordTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: router-warranty
            statement: Every Acme router comes with a hardware warranty; we replace a faulty one within 5 days.
            topic: { en: [warranty, router, replace], it: [garanzia, router, sostituiamo], ro: [garanție, router, înlocuim] }
            facts: [ { kind: duration, value: 5 days, relation: at-most } ]
        """;

    static IReadOnlyList<NarrativeLint.Engine.Finding> Findings(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language);

    [Theory]
    [InlineData("Il tuo router Acme è coperto da garanzia: se si guasta lo sostituiamo.", "it")]
    [InlineData("Routerul Acme are garanție hardware; îl înlocuim dacă se defectează.", "ro")]
    public void The_topic_word_itself_is_not_an_overclaim(string text, string language) =>
        Findings(text, language).ShouldNotContain(f => f.Id == "NL1006");

    [Theory]
    [InlineData("We always replace a faulty router the same day, guaranteed.", "en")]
    [InlineData("Sostituiamo sempre il router guasto, senza eccezioni.", "it")]
    [InlineData("Înlocuim întotdeauna routerul defect, fără excepții.", "ro")]
    public void Another_absolute_on_the_promise_still_is(string text, string language) =>
        Findings(text, language).ShouldContain(f => f.Id == "NL1006");
}
