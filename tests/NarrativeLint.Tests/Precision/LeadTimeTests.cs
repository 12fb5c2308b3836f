namespace NarrativeLint.Tests.Precision;

/// <summary>
/// A duration counted back to a moment ("90 days before the switch-off") is a lead time, not the time something takes
/// after it; and a duration joined to the noun after it ("the 24-month warranty") measures that noun.
/// </summary>
public class LeadTimeTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: breach-notice
            statement: We tell affected customers about a data breach within 72 hours of confirming it.
            topic: { en: [breach, tell affected customers, notice], it: [violazione, avviso, avvisiamo], ro: [încălcare, anunț, anunțăm] }
            facts: [ { kind: duration, value: 72 hours, relation: at-most } ]
          - id: traffic-retention
            statement: We keep traffic data for at most 6 months.
            topic: { en: [keep, traffic data], it: [conserviamo, dati di traffico], ro: [păstrăm, date de trafic] }
            facts: [ { kind: duration, value: 6 months, relation: at-most } ]
        """;

    static bool Contradicts(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1001");

    [Theory]
    [InlineData("Every affected customer gets a notice at least 90 days before the line is switched off.", "en")]
    [InlineData("Ogni cliente riceverà un avviso almeno 90 giorni prima dello spegnimento della linea.", "it")]
    [InlineData("Fiecare client primește un anunț cu cel puțin 90 de zile înainte de oprirea liniei.", "ro")]
    public void A_lead_time_is_not_the_time_taken_after_the_event(string text, string language) =>
        Contradicts(text, language).ShouldBeFalse();

    [Theory]
    [InlineData("We tell affected customers about a breach within 5 days of confirming it.", "en")]
    [InlineData("Avvisiamo i clienti di una violazione entro 5 giorni dalla conferma.", "it")]
    [InlineData("Anunțăm clienții despre o încălcare în cel mult 5 zile de la confirmare.", "ro")]
    public void A_late_notice_still_breaks_the_promise(string text, string language) =>
        Contradicts(text, language).ShouldBeTrue();

    [Theory]
    [InlineData("Gateways bought earlier keep the 24-month warranty they were sold with.", "en")]
    public void A_duration_before_its_noun_measures_that_noun(string text, string language) =>
        Contradicts(text, language).ShouldBeFalse();

    [Theory]
    [InlineData("We keep traffic data for 24 months.", "en")]
    [InlineData("Conserviamo i dati di traffico per 24 mesi.", "it")]
    [InlineData("Păstrăm datele de trafic timp de 24 de luni.", "ro")]
    public void Keeping_the_data_longer_still_breaks_the_promise(string text, string language) =>
        Contradicts(text, language).ShouldBeTrue();
}
