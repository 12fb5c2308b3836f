namespace NarrativeLint.Tests.Precision;

/// <summary>"no longer than 6 months", "nu mai mult de 6 luni": a bound on the quantity, not a negation or a sign of the past.</summary>
public class BoundWordsTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: traffic-retention
            statement: We keep traffic data for no longer than 6 months.
            topic: { en: [keep, traffic data], it: [conserviamo, dati di traffico], ro: [păstrăm, date de trafic] }
            facts: [ { kind: duration, value: 6 months, relation: at-most } ]
        """;

    static bool Contradicts(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1001");

    [Theory]
    [InlineData("We keep traffic data for no longer than 12 months.", "en", true)]
    [InlineData("We keep traffic data for no longer than 3 months.", "en", false)]
    [InlineData("Conserviamo i dati di traffico per non più di 12 mesi.", "it", true)]
    [InlineData("Păstrăm datele de trafic nu mai mult de 12 luni.", "ro", true)]
    [InlineData("Păstrăm datele de trafic nu mai mult de 3 luni.", "ro", false)]
    public void A_bound_phrase_is_read_as_a_bound(string text, string language, bool contradicts) =>
        Contradicts(text, language).ShouldBe(contradicts);
}
