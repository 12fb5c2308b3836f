namespace NarrativeLint.Tests.Precision;

/// <summary>
/// A hedged value ("usually within 15 days") tells the usual case; the sentence's other value of its kind is the
/// exception, and is held to the promise: "but in busy months activation can take up to 4 weeks". An unhedged
/// restatement still keeps the sentence's second value for another case.
/// </summary>
public class HedgedValueTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: activation
            statement: Acme Fibre is activated within 15 days of your order.
            topic: { en: [activation, activated], it: [attivazione, attivata], ro: [activare, activată] }
            facts: [ { kind: duration, value: 15 days, relation: at-most } ]
        """;

    static bool Contradicts(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1001");

    [Theory]
    [InlineData("Acme Fibre is usually activated within 15 days, but in busy months activation can take up to 4 weeks.", "en")]
    [InlineData("Di solito la fibra è attivata entro 15 giorni, ma nei mesi di punta l'attivazione può richiedere fino a 4 settimane.", "it")]
    [InlineData("De obicei fibra este activată în 15 zile, dar în lunile aglomerate activarea poate dura până la 4 săptămâni.", "ro")]
    public void The_exception_to_a_hedged_value_is_held_to_the_promise(string text, string language) =>
        Contradicts(text, language).ShouldBeTrue();

    /// <summary>The exception measures what the usual value measures, though no word of the promise stands beside it.</summary>
    [Theory]
    [InlineData("Acme Fibre is usually activated within 15 days, but in busy months it can take up to 4 weeks.", "en")]
    [InlineData("La fibra di solito è attivata entro 15 giorni, ma nei mesi di punta possono servire fino a 4 settimane.", "it")]
    [InlineData("Fibra este de obicei activată în 15 zile, dar în lunile aglomerate poate dura până la 4 săptămâni.", "ro")]
    public void The_exception_needs_no_word_of_the_promise_of_its_own(string text, string language) =>
        Contradicts(text, language).ShouldBeTrue();

    [Theory]
    [InlineData("Acme Fibre is activated within 15 days; the optional TV box activation takes up to 4 weeks.", "en")]
    [InlineData("Acme Fibre is usually activated within 15 days, and the router ships in 4 weeks at most.", "en")]
    public void An_unhedged_restatement_leaves_the_other_value_to_another_case(string text, string language) =>
        Contradicts(text, language).ShouldBeFalse();
}
