namespace NarrativeLint.Tests.Precision;

/// <summary>An absolute word goes beyond a bounded commitment only in the clause of its cue, and in the brand's voice when a single cue places the sentence.</summary>
public class AbsoluteAttachmentTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: reply-time
            statement: We reply to every support request within 24 hours.
            topic: { en: [reply, support request, support], it: [rispondiamo, assistenza, richiesta], ro: [răspundem, asistență, solicitare] }
            facts: [ { kind: duration, value: 24 hours, relation: at-most } ]
        """;

    static IReadOnlyList<NarrativeLint.Engine.Finding> Findings(string text, string language = "en") =>
        InMemoryRun.PostFindings(Registry, text, language);

    [Theory]
    [InlineData("We always reply to support requests at once.", "en")]
    [InlineData("Our support team will reply within the day, always.", "en")]
    [InlineData("Rispondiamo sempre a ogni richiesta di assistenza.", "it")]
    [InlineData("Răspundem întotdeauna la orice solicitare de asistență.", "ro")]
    public void An_absolute_on_the_promise_is_reported(string text, string language) =>
        Findings(text, language).ShouldContain(f => f.Id == "NL1006");

    [Theory]
    [InlineData("If you have a support question, you can always find us on the forum.", "en")]
    [InlineData("There are always new ideas, feature requests and support tickets.", "en")]
    [InlineData("The maintainers have always been happy to reply to my questions.", "en")]
    [InlineData("Ci sono sempre nuove idee e richieste.", "it")]
    [InlineData("Colegii au fost întotdeauna bucuroși să răspundă.", "ro")]
    public void An_absolute_elsewhere_or_in_someone_elses_voice_is_not(string text, string language) =>
        Findings(text, language).ShouldNotContain(f => f.Id == "NL1006");
}
