namespace NarrativeLint.Tests.Precision;

/// <summary>
/// A promise of a date ("switched off on 31 March 2026", relation exactly) is broken by a date that is not that day,
/// each read as the period it is written to, when what happens on it is named beside it; a date of something else in
/// the same sentence ("users who move before 28 February") and a period that holds the day ("in 2026") are silent.
/// </summary>
public class DatedPromiseTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: classic-sunset
            statement: Acme Classic is switched off on 31 March 2026 and works normally until then.
            topic: { en: [Acme Classic, switched off, switch-off], it: [Acme Classic, spento, spegnimento], ro: [Acme Classic, oprit, oprirea] }
            facts: [ { kind: date, value: 2026-03-31, relation: exactly } ]
        """;

    static bool Contradicts(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1001");

    [Theory]
    [InlineData("Acme Classic will be switched off on 30 June 2026.", "en")]
    [InlineData("Acme Classic resterà attivo fino a fine febbraio 2026, poi verrà spento.", "it")]
    [InlineData("Acme Classic va fi oprit pe 30 iunie 2026.", "ro")]
    public void Another_day_for_the_promised_event_breaks_it(string text, string language) =>
        Contradicts(text, language).ShouldBeTrue();

    [Theory]
    [InlineData("Acme Classic will be switched off on 31 March 2026.", "en")]
    [InlineData("Acme Classic will be switched off in 2026.", "en")]
    [InlineData("Acme Classic users who move before 28 February 2026 get three free months.", "en")]
    [InlineData("Acme Classic verrà spento il 31 marzo 2026.", "it")]
    [InlineData("Acme Classic va fi oprit pe 31 martie 2026.", "ro")]
    public void The_promised_day_or_a_date_of_something_else_is_silent(string text, string language) =>
        Contradicts(text, language).ShouldBeFalse();
}
