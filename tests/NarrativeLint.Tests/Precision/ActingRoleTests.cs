namespace NarrativeLint.Tests.Precision;

/// <summary>
/// Who keeps a promise: a commitment whose statement names the role that acts ("Our pharmacists answer chat questions
/// within 2 hours") is not held against an act done by another role ("a dermatologist replies within 48 hours"), but a
/// sentence naming the same role, or none, still is. A statement naming no role is the brand's and its staff's: it is
/// held against an engineer's act, not against a role answering for a duty of its own (a data protection officer, the
/// customer's manager, an authority).
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

    const string Unnamed = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: first-reply
            statement: We send a first reply to every support request within 4 hours.
            topic: { en: [reply, replies, answer, respond], it: [risposta, risponde, rispondiamo], ro: [răspuns, răspunde, răspundem] }
            facts: [ { kind: duration, value: 4 hours, relation: at-most } ]
        """;

    static bool ContradictsUnnamed(string text, string language) =>
        InMemoryRun.PostFindings(Unnamed, text, language).Any(f => f.Id == "NL1001");

    [Theory]
    [InlineData("Privacy questions? Write to privacy@acme.example and our DPO will answer within one month.", "en")]
    [InlineData("Our data protection officer answers at dpo@acme.example within 15 days.", "en")]
    [InlineData("To book time off, tap Leave. Your manager replies within 48 hours.", "en")]
    [InlineData("Per le ferie, il vostro responsabile risponde entro 2 giorni.", "it")]
    [InlineData("Il Garante per la protezione dei dati personali risponde ai reclami di norma entro 9 mesi.", "it")]
    [InlineData("Scrie la privacy@acme.example, iar responsabilul nostru cu protecția datelor îți răspunde în cel mult o lună.", "ro")]
    public void A_role_with_a_duty_of_its_own_does_not_keep_the_brands_promise(string text, string language) =>
        ContradictsUnnamed(text, language).ShouldBeFalse();

    [Theory]
    [InlineData("In rural areas an engineer may reply within 5 days.", "en")]
    [InlineData("Our DPO checks the request, and we reply within 48 hours.", "en")]
    [InlineData("Il tecnico risponde entro 3 giorni.", "it")]
    [InlineData("Tehnicianul răspunde în 3 zile.", "ro")]
    [InlineData("Rispondiamo entro 2 giorni.", "it")]
    public void The_brands_staff_or_the_brand_still_break_it(string text, string language) =>
        ContradictsUnnamed(text, language).ShouldBeTrue();
}
