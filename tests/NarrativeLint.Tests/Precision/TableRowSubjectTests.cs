using NarrativeLint.Analyzers;

namespace NarrativeLint.Tests.Precision;

/// <summary>
/// A commitment whose cue labels one row of a table ("Free", "Essentials") speaks of that row: the values of the other
/// rows are other plans' ("Business | €1,200 / year | up to 50 employees" is no price of Essentials, no seat count of the
/// free plan). A commitment no row names (a first reply for every plan) is held in every row.
/// </summary>
public class TableRowSubjectTests
{
    const string Registry = """
        brand: { name: Paylo, languages: [en, it, ro] }
        commitments:
          - id: free-seats
            statement: Paylo is free for companies with up to 5 employees.
            topic: { en: [free, employees], it: [gratuito, dipendenti], ro: [gratuit, angajați] }
            facts: [ { kind: number, value: 5, relation: exactly } ]
          - id: essentials-price
            statement: Paylo Essentials costs €4 per employee per month.
            topic: { en: [Essentials, price], it: [Essentials, prezzo], ro: [Essentials, preț] }
            facts: [ { kind: money, value: 4 EUR, relation: exactly } ]
          - id: first-reply
            statement: We send a first reply within 4 hours.
            topic: { en: [first reply], it: [prima risposta], ro: [primul răspuns] }
            facts: [ { kind: duration, value: 4 hours, relation: at-most } ]
        """;

    static readonly Dictionary<string, string[]> Words = new()
    {
        ["en"] = ["| Plan | Price | Who it's for | First reply |", "Free", "Up to {0} employees", "Up to 50 employees", "50+ employees", "{0} hours"],
        ["it"] = ["| Piano | Prezzo | Per chi | Prima risposta |", "Gratuito", "Fino a {0} dipendenti", "Fino a 50 dipendenti", "Oltre 50 dipendenti", "{0} ore"],
        ["ro"] = ["| Plan | Preț | Pentru cine | Primul răspuns |", "Gratuit", "Până la {0} angajați", "Până la 50 de angajați", "Peste 50 de angajați", "{0} ore"],
    };

    static string Table(string language, int freeSeats, string essentialsPrice, int businessReply)
    {
        var w = Words[language];
        return $"""
            ---
            lang: {language}
            date: 2026-01-10
            ---

            {w[0]}
            |---|---|---|---|
            | {w[1]} | €0 | {string.Format(w[2], freeSeats)} | {string.Format(w[5], 4)} |
            | Essentials | {essentialsPrice} | 10 | {string.Format(w[5], 4)} |
            | Business | €1,200 / year | {w[3]} | {string.Format(w[5], businessReply)} |
            | Enterprise | €9,500 / year | {w[4]} | {string.Format(w[5], 1)} |
            """;
    }

    static List<(int Line, string Commitment)> Findings(string text) =>
        [.. InMemoryRun.Check(InMemoryRun.Registry(Registry), ("plans.md", text)).Findings.Where(f => f.Id == "NL1001")
            .Select(f => (f.LineSpan.StartLinePosition.Line + 1, f.Property(FindingProperties.CommitmentId)!))];

    [Theory]
    [InlineData("en")]
    [InlineData("it")]
    [InlineData("ro")]
    public void Other_rows_values_are_other_plans(string language) =>
        Findings(Table(language, 5, "€4", 4)).ShouldBeEmpty();

    [Theory]
    [InlineData("en")]
    [InlineData("it")]
    [InlineData("ro")]
    public void A_row_is_held_to_the_commitment_it_names(string language) =>
        Findings(Table(language, 3, "€5", 4)).Select(f => f.Commitment).ShouldBe(["free-seats", "essentials-price"], ignoreOrder: true);

    [Theory]
    [InlineData("en")]
    [InlineData("it")]
    [InlineData("ro")]
    public void A_commitment_no_row_names_holds_in_every_row(string language) =>
        Findings(Table(language, 5, "€4", 8)).ShouldBe([(10, "first-reply")]);
}
