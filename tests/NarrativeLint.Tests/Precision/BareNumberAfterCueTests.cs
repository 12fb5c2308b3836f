namespace NarrativeLint.Tests.Precision;

/// <summary>
/// A count fact whose statement counts a noun ("at least 16 years old") is met by a number that counts that noun,
/// and by a bare number right after one of the topic's cues ("runners aged 15 and over", "età minima 14"); a number
/// that counts something else after the cue ("aged 15 with 3 friends" counts friends) is not its value.
/// </summary>
public class BareNumberAfterCueTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: min-age
            statement: Runners in the Acme Skyrace must be at least 16 years old.
            topic: { en: [aged, age, minimum age], it: [età, età minima], ro: [vârsta, vârsta minimă] }
            facts: [ { kind: number, value: 16, relation: at-least } ]
        """;

    static bool Contradicts(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1001");

    [Theory]
    [InlineData("The Skyrace is open to runners aged 15 and over.", "en")]
    [InlineData("Per la Skyrace di quest'anno vale l'età minima 14.", "it")]
    [InlineData("Pentru Skyrace anul acesta se aplică vârsta minimă 14.", "ro")]
    public void A_bare_number_after_the_cue_is_its_value(string text, string language) =>
        Contradicts(text, language).ShouldBeTrue();

    [Theory]
    [InlineData("The Skyrace is open to runners aged 16 and over.", "en")]
    [InlineData("Runners aged 17 can enter with 3 friends.", "en")]
    [InlineData("Per la Skyrace di quest'anno vale l'età minima 16.", "it")]
    public void The_promised_age_or_an_older_one_keeps_the_promise(string text, string language) =>
        Contradicts(text, language).ShouldBeFalse();

    [Fact]
    public void A_short_sentence_that_borrows_its_topic_is_read_without_failing()
    {
        // The borrowed cues stand in the sentence before, at positions past this sentence's end.
        var findings = InMemoryRun.PostFindings(Registry, "Our race rules care about one thing above all others: the minimum age.\n\nBring 2.", "en");
        findings.ShouldNotContain(f => f.Id == "NL0008");
    }
}
