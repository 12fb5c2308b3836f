using NarrativeLint.Language;
using NarrativeLint.Registry;

namespace NarrativeLint.Tests.Precision;

/// <summary>Durations in seconds and minutes, in the registry and in the text of every pack.</summary>
public class SecondsTests
{
    const string Registry = """
        brand: { name: Acme Cloud, languages: [en, it, ro] }
        commitments:
          - id: hotline-answer
            statement: We answer the hotline within 60 seconds.
            topic: { en: [hotline, call, answer], it: [linea, chiamata, rispondiamo], ro: [linia, apel, răspundem] }
            facts: [ { kind: duration, value: 60 seconds, relation: at-most } ]
        catalogues: []
        """;

    [Theory]
    [InlineData("60 seconds", 60)]
    [InlineData("90 secs", 90)]
    [InlineData("15 minutes", 900)]
    public void Registry_durations_in_seconds_and_minutes_parse(string value, int seconds)
    {
        var quantity = FactValue.Parse(QuantityKind.Duration, value).ShouldNotBeNull();
        (quantity.Value * (decimal)Quantity.HoursPer(quantity.Unit!.Value) * 3600).ShouldBe(seconds, 0.001m);
    }

    [Theory]
    [InlineData("en", "We answer every hotline call within 90 seconds.", true)]
    [InlineData("en", "We answer every hotline call within 45 seconds.", false)]
    [InlineData("en", "We answer every hotline call within 2 minutes.", true)]
    [InlineData("it", "Rispondiamo a ogni chiamata della linea entro 90 secondi.", true)]
    [InlineData("it", "Rispondiamo a ogni chiamata della linea entro 30 secondi.", false)]
    [InlineData("ro", "Răspundem la fiecare apel pe linia dedicată în cel mult 120 de secunde.", true)]
    [InlineData("ro", "Răspundem la fiecare apel pe linia dedicată în cel mult 40 de secunde.", false)]
    public void A_duration_in_seconds_is_held_to_a_commitment_in_seconds(string language, string text, bool contradicts)
    {
        var result = InMemoryRun.Check(InMemoryRun.Registry(Registry), InMemoryRun.Post(text, language));
        result.Findings.Any(f => f.Id == "NL1001").ShouldBe(contradicts, string.Join("; ", result.Findings.Select(f => f.Message)));
    }
}
