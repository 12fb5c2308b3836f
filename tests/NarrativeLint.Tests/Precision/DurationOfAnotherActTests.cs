using NarrativeLint.Engine;

namespace NarrativeLint.Tests.Precision;

/// <summary>
/// A duration beside an event or a lasting act the statement's value is not of is that act's length: "We keep
/// prescription records for 10 years" tells no dispatch time. Keeping and deleting are one act, so a retention
/// promise told either way still meets its breach; the moment a duration is counted from ("from activation") is
/// not what it is of.
/// </summary>
public class DurationOfAnotherActTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: rx-dispatch
            statement: Prescription orders approved by our pharmacists are dispatched within 24 hours.
            topic: { en: [prescription], it: [ricetta, ricette], ro: [rețetă, rețetelor] }
            facts: [ { kind: duration, value: 24 hours, relation: at-most } ]
          - id: data-deletion
            statement: We erase your account data within 30 days of closing your account.
            topic: { en: [account data], it: [dati dell'account], ro: [datele contului] }
            facts: [ { kind: duration, value: 30 days, relation: at-most } ]
          - id: price-lock
            statement: Your monthly price stays fixed for 24 months.
            topic: { en: [price, fixed], it: [prezzo, bloccato], ro: [preț, blocat] }
            facts: [ { kind: duration, value: 24 months, relation: at-least } ]
        """;

    static IReadOnlyList<Finding> Findings(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Where(f => f.Id == "NL1001").ToList();

    [Theory]
    [InlineData("We keep prescription records for 10 years, as the law requires.", "en")]
    [InlineData("Conserviamo le ricette per 10 anni, come prevede la legge.", "it")]
    [InlineData("Păstrăm evidența rețetelor timp de 5 ani, așa cum cere legea.", "ro")]
    public void Keeping_records_is_not_dispatching_them(string text, string language) =>
        Findings(text, language).ShouldBeEmpty();

    [Theory]
    [InlineData("We keep your account data for 90 days after you close your account.", "en")]
    [InlineData("Conserviamo i dati dell'account per 90 giorni dopo la chiusura.", "it")]
    [InlineData("Păstrăm datele contului timp de 90 de zile după închidere.", "ro")]
    public void Keeping_data_longer_breaks_a_promise_to_erase_it(string text, string language) =>
        Findings(text, language).ShouldHaveSingleItem().Message.ShouldContain("data-deletion");

    [Theory]
    [InlineData("The price stays fixed for 12 months from activation.", "en")]
    [InlineData("Il prezzo resta bloccato per 12 mesi dall'attivazione.", "it")]
    [InlineData("Prețul rămâne blocat 12 luni de la activare.", "ro")]
    public void The_moment_counted_from_is_not_what_the_duration_is_of(string text, string language) =>
        Findings(text, language).ShouldHaveSingleItem().Message.ShouldContain("price-lock");
}
