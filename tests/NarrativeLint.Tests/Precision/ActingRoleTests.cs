namespace NarrativeLint.Tests.Precision;

/// <summary>
/// Who keeps a promise: a commitment whose statement names the role that acts ("Our pharmacists answer chat questions
/// within 2 hours") is not held against an act done by another role ("a dermatologist replies within 48 hours"), but a
/// sentence naming the same role, or none, still is.
/// </summary>
public class ActingRoleTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: pharmacist-chat
            statement: Our pharmacists answer chat questions within 2 hours.
            topic: { en: [answer, reply, chat], it: [risponde, rispondono, chat], ro: [răspunde, răspund, chat] }
            facts: [ { kind: duration, value: 2 hours, relation: at-most } ]
        """;

    static bool Contradicts(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1001");

    [Theory]
    [InlineData("For skin questions a dermatologist looks at your photos and will reply within 48 hours.", "en")]
    [InlineData("Per la pelle un dermatologo guarda le tue foto e risponde entro 48 ore.", "it")]
    [InlineData("Pentru piele, un dermatolog îți răspunde în 48 de ore.", "ro")]
    public void Another_role_acting_is_not_held_to_the_promise(string text, string language) =>
        Contradicts(text, language).ShouldBeFalse();

    [Theory]
    [InlineData("Our pharmacists reply on chat within 6 hours.", "en")]
    [InlineData("I nostri farmacisti rispondono in chat entro 6 ore.", "it")]
    [InlineData("Farmaciștii noștri răspund pe chat în 6 ore.", "ro")]
    [InlineData("We answer chat questions within 6 hours.", "en")]
    public void The_same_role_or_none_still_breaks_it(string text, string language) =>
        Contradicts(text, language).ShouldBeTrue();
}
