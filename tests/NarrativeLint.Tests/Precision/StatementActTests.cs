namespace NarrativeLint.Tests.Precision;

/// <summary>
/// A statement with one value is all about that value: its verb says what the duration is of, however long the object
/// between them ("We keep CCTV footage from our stores and sites for at most 30 days" is a length of keeping), so a
/// sentence that keeps recordings longer breaks it, in each language. A duration of another act still does not.
/// </summary>
public class StatementActTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: cctv-retention
            statement: We keep CCTV footage from our stores, car parks and warehouses for at most 30 days.
            topic: { en: [recordings, footage], it: [registrazioni, filmati], ro: [înregistrările, filmările] }
            facts: [ { kind: duration, value: 30 days, relation: at-most } ]
        """;

    static bool Contradicts(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1001");

    [Theory]
    [InlineData("We keep recordings for 90 days.", "en")]
    [InlineData("Conserviamo i filmati per 90 giorni.", "it")]
    [InlineData("Păstrăm înregistrările timp de 90 de zile.", "ro")]
    public void Keeping_longer_than_promised_breaks_it(string text, string language) =>
        Contradicts(text, language).ShouldBeTrue();

    [Theory]
    [InlineData("We keep recordings for 20 days.", "en")]
    [InlineData("Conserviamo i filmati per 20 giorni.", "it")]
    [InlineData("Păstrăm înregistrările timp de 20 de zile.", "ro")]
    public void Keeping_them_for_less_keeps_it(string text, string language) =>
        Contradicts(text, language).ShouldBeFalse();
}
