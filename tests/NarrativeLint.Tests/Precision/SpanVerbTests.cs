namespace NarrativeLint.Tests.Precision;

/// <summary>
/// After a span verb ("it can take 3 weeks before the refund shows", "servono 3 settimane prima che", "pot trece 3
/// săptămâni până") a duration runs until the moment after it: the refund's time, not a lead time before it. Counted
/// back without one ("we remind you 3 weeks before the refund") it stays a lead time.
/// </summary>
public class SpanVerbTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: refund-time
            statement: Refunds reach you within 5 working days of the returned item reaching our warehouse.
            topic: { en: [refund], it: [rimborso], ro: [rambursarea] }
            facts: [ { kind: duration, value: 5 working days, relation: at-most } ]
        """;

    static bool Contradicts(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1001");

    [Theory]
    [InlineData("It can take up to 3 weeks before the refund shows on your statement.", "en")]
    [InlineData("Possono servire 3 settimane prima del rimborso.", "it")]
    [InlineData("Poate dura 3 săptămâni înainte de rambursarea banilor.", "ro")]
    public void A_span_verb_makes_the_time_until_the_refund(string text, string language) =>
        Contradicts(text, language).ShouldBeTrue();

    [Theory]
    [InlineData("We send a reminder 3 weeks before the refund deadline.", "en")]
    [InlineData("It can take 3 days before the refund shows.", "en")]
    public void A_lead_time_or_a_kept_time_is_silent(string text, string language) =>
        Contradicts(text, language).ShouldBeFalse();
}
