namespace NarrativeLint.Tests.Precision;

/// <summary>
/// "4 working hours" is a duration, in the registry and in text, in each language: a business hour counts as the one
/// hour it takes at least, so "one working day" breaks a 4-working-hour promise while "within 3 hours" keeps it, and
/// "within 8 business hours" keeps a promise of "within 24 hours".
/// </summary>
public class BusinessHourTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: first-reply
            statement: Our support desk gives a first reply within 4 working hours.
            topic: { en: [reply, support desk], it: [risposta, assistenza], ro: [răspuns, asistența] }
            facts: [ { kind: duration, value: 4 working hours, relation: at-most } ]
        """;

    static bool Contradicts(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1001");

    [Theory]
    [InlineData("Expect a first reply within one working day.", "en")]
    [InlineData("The support desk sends its first reply within 12 business hours.", "en")]
    [InlineData("La prima risposta arriva entro 10 ore lavorative.", "it")]
    [InlineData("Primul răspuns vine în cel mult 10 ore lucrătoare.", "ro")]
    public void A_longer_time_breaks_the_promise(string text, string language) =>
        Contradicts(text, language).ShouldBeTrue();

    [Theory]
    [InlineData("Expect a first reply within 3 hours.", "en")]
    [InlineData("La prima risposta arriva entro 2 ore lavorative.", "it")]
    [InlineData("Primul răspuns vine în cel mult 4 ore lucrătoare.", "ro")]
    public void The_promised_time_or_less_keeps_it(string text, string language) =>
        Contradicts(text, language).ShouldBeFalse();

    [Fact]
    public void Business_hours_in_text_keep_a_promise_of_more_calendar_hours()
    {
        const string hours = """
            brand: { name: Acme, languages: [en] }
            commitments:
              - id: email-reply
                statement: We reply to every email within 24 hours.
                topic: { en: [reply, email] }
                facts: [ { kind: duration, value: 24 hours, relation: at-most } ]
            """;
        InMemoryRun.PostFindings(hours, "We reply to every email within 8 business hours.", "en").ShouldNotContain(f => f.Id == "NL1001");
        InMemoryRun.PostFindings(hours, "We reply to every email within 30 business hours.", "en").ShouldContain(f => f.Id == "NL1001");
    }

    [Fact]
    public void The_registry_reads_working_hours_as_a_duration()
    {
        var registry = InMemoryRun.Registry(Registry);
        registry.Commitments.ShouldHaveSingleItem().Facts.ShouldHaveSingleItem().Kind.ShouldBe(NarrativeLint.Language.QuantityKind.Duration);
    }
}
