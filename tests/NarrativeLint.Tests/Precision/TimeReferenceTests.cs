namespace NarrativeLint.Tests.Precision;

/// <summary>
/// What a duration measures: the words naming the moment it is counted from ("of the initial report", "after the
/// release") are not what it measures, unless the statement counts from them too; a duration before a noun
/// ("a two-year term") measures that noun.
/// </summary>
public class TimeReferenceTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: report-ack
            statement: Security reports are acknowledged within 3 working days.
            topic: { en: [report, reports, acknowledged, security], it: [segnalazione, segnalazioni, confermata], ro: [raport, rapoarte, confirmat] }
            facts: [ { kind: duration, value: 3 working days, relation: at-most } ]
          - id: refund
            statement: Refunds are paid within 14 days of the return.
            topic: { en: [refund, refunds, paid], it: [rimborso, rimborsi], ro: [rambursare, rambursări] }
            facts: [ { kind: duration, value: 14 days, relation: at-most } ]
        """;

    static IReadOnlyList<NarrativeLint.Engine.Finding> Findings(string text, string language = "en") =>
        InMemoryRun.PostFindings(Registry, text, language);

    [Theory]
    [InlineData("The committee guarantees an answer by email within two weeks of the initial report.", "en")]
    [InlineData("Old entries will be removed 60 days after the security report.", "en")]
    [InlineData("Il comitato garantisce un esito entro due settimane dalla segnalazione iniziale.", "it")]
    [InlineData("Comitetul garantează un răspuns în două săptămâni de la raportul inițial.", "ro")]
    public void The_moment_a_time_is_counted_from_is_not_what_it_measures(string text, string language) =>
        Findings(text, language).ShouldNotContain(f => f.Id == "NL1001");

    [Theory]
    [InlineData("Security reports are acknowledged within two weeks of the initial report.", "en")]
    [InlineData("Le segnalazioni sono confermate entro due settimane.", "it")]
    [InlineData("Rapoartele sunt confirmate în două săptămâni de la primire.", "ro")]
    public void What_the_time_measures_still_binds_it(string text, string language) =>
        Findings(text, language).ShouldContain(f => f.Id == "NL1001" && f.Property("commitmentId") == "report-ack");

    [Theory]
    [InlineData("Refunds are paid within 30 days of the return.", "en")]
    [InlineData("I rimborsi arrivano entro 30 giorni dal reso.", "it")]
    public void A_statement_counting_from_the_same_moment_still_binds(string text, string language) =>
        Findings(text, language).ShouldContain(f => f.Id == "NL1001" && f.Property("commitmentId") == "refund");

    [Fact]
    public void A_duration_before_another_noun_does_not_take_the_topic_of_the_sentence_before()
    {
        var post = InMemoryRun.Post("Security reports go to the new committee. All members serve a two-year term.\n", "en");
        InMemoryRun.Check(InMemoryRun.Registry(Registry), post).Findings.ShouldNotContain(f => f.Id == "NL1001");
    }

    [Fact]
    public void A_short_sentence_with_no_noun_of_its_own_still_takes_it()
    {
        var post = InMemoryRun.Post("Security reports go to the new committee. Expect two weeks.\n", "en");
        InMemoryRun.Check(InMemoryRun.Registry(Registry), post).Findings.ShouldContain(f => f.Id == "NL1001");
    }
}
