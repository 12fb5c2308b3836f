namespace NarrativeLint.Tests.Precision;

/// <summary>
/// After a label's colon ("A:", "R:", "Răspuns:") every sentence starts with a capital: the capital does not make the
/// word after it a name, so "A: Recordings are stored for 45 days" is about recordings, and breaks a 30-day promise.
/// </summary>
public class LabelCapitalTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: cctv-retention
            statement: CCTV recordings are deleted after at most 30 days.
            topic: { en: [recordings], it: [registrazioni], ro: [înregistrările] }
            facts: [ { kind: duration, value: 30 days, relation: at-most } ]
        """;

    static bool Contradicts(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1001");

    [Theory]
    [InlineData("A: Recordings are stored for 45 days and then wiped.", "en")]
    [InlineData("R: Registrazioni conservate per 45 giorni, poi cancellate.", "it")]
    [InlineData("R: Înregistrările sunt păstrate 45 de zile, apoi șterse.", "ro")]
    public void A_capital_after_a_label_is_no_name(string text, string language) =>
        Contradicts(text, language).ShouldBeTrue();

    [Theory]
    [InlineData("A: Recordings are stored for 25 days and then wiped.", "en")]
    [InlineData("R: Registrazioni conservate per 25 giorni, poi cancellate.", "it")]
    [InlineData("R: Înregistrările sunt păstrate 25 de zile, apoi șterse.", "ro")]
    public void A_kept_promise_is_silent(string text, string language) =>
        Contradicts(text, language).ShouldBeFalse();
}
