namespace NarrativeLint.Tests.Precision;

/// <summary>A quantity speaks for a commitment only when it is bound to what the commitment measures; idioms and citations claim nothing.</summary>
public class AttachmentTests
{
    const string Registry = """
        brand: { name: Acme Cloud, languages: [en, it, ro] }
        commitments:
          - id: component-count
            statement: The Acme Collector ships with 200+ components.
            topic: { en: [collector, components], it: [collector, componenti], ro: [collector, componente] }
            facts: [ { kind: number, value: 200, relation: at-least } ]
          - id: python-minimum
            statement: Acme SDK supports Python 3.10 and higher.
            topic: { en: [python, sdk, supports] }
            facts: [ { kind: number, value: "3.10", relation: at-least } ]
          - id: security-ack
            statement: Security reports are acknowledged within 3 working days.
            topic: { en: [security, report, reports, acknowledged], it: [sicurezza, segnalazioni], ro: [securitate, raportări] }
            facts: [ { kind: duration, value: 3 working days, relation: at-most } ]
          - id: legacy-framework
            statement: We never support the legacy framework 3.5.
            polarity: never
            topic: { en: [support, legacy framework, framework] }
        """;

    static List<string> Ids(string text, string language = "en") =>
        InMemoryRun.PostFindings(Registry, text, language).Select(f => f.Id).ToList();

    [Theory]
    [InlineData("The Acme Collector ships with 150 components today.", true)]
    [InlineData("The collector has two receivers and three exporters configured.", false)]
    [InlineData("Il collector include 150 componenti.", true)]
    [InlineData("Il collector usa due ricevitori in questa demo.", false)]
    public void A_count_speaks_for_a_count_fact_only_when_it_counts_the_same_thing(string text, bool contradicts) =>
        Ids(text, text.StartsWith("Il") ? "it" : "en").Contains("NL1001").ShouldBe(contradicts);

    [Theory]
    [InlineData("The Acme SDK supports Python 3.9 and higher.", true)]
    [InlineData("Install Python 3 before you start with the SDK.", false)]
    [InlineData("The SDK runs two Python processes in the example.", false)]
    public void A_version_or_a_count_is_not_held_to_a_version_fact(string text, bool contradicts) =>
        Ids(text).Contains("NL1001").ShouldBe(contradicts);

    [Theory]
    [InlineData("Security reports are acknowledged within 10 working days.", "en", true)]
    [InlineData("This security release is the culmination of over 3 years of work by the whole team.", "en", false)]
    [InlineData("Le segnalazioni di sicurezza ricevono risposta entro 10 giorni lavorativi.", "it", true)]
    [InlineData("Raportările de securitate primesc răspuns în 10 zile lucrătoare.", "ro", true)]
    public void A_duration_speaks_for_a_duration_fact_only_when_bound_to_what_it_measures(string text, string language, bool contradicts) =>
        Ids(text, language).Contains("NL1001").ShouldBe(contradicts);

    [Theory]
    [InlineData("The Acme Collector always ships every component it lists.", false)]
    [InlineData("Security reports are always acknowledged within 3 working days.", true)]
    public void An_absolute_says_nothing_of_a_count(string text, bool overclaims) =>
        Ids(text).Contains("NL1006").ShouldBe(overclaims);

    [Theory]
    [InlineData("We support every framework version except for the legacy framework 3.5.", false)]
    [InlineData("We now support the legacy framework 3.5 again.", true)]
    public void An_exception_negates_what_follows_it(string text, bool contradicts) =>
        Ids(text).Contains("NL1003").ShouldBe(contradicts);

    [Theory]
    [InlineData("en", "Acme got the green light from the board to move ahead.", false)]
    [InlineData("it", "Acme ha avuto il semaforo verde dal consiglio.", false)]
    [InlineData("ro", "Acme a primit undă verde de la consiliu.", false)]
    [InlineData("en", "Acme hosting is green.", true)]
    public void Idioms_are_not_claims(string language, string text, bool claims) =>
        Ids(text, language).Contains("NL5001").ShouldBe(claims);

    [Theory]
    [InlineData("- **[How Green Is My Acme Collector?](https://talks.example/1)** by a guest speaker", false)]
    [InlineData("Acme's CEO said: “Our hosting is green.”", false)]
    public void Titles_and_quotations_are_someone_elses_words(string text, bool claims) =>
        Ids(text).Contains("NL5001").ShouldBe(claims);
}
