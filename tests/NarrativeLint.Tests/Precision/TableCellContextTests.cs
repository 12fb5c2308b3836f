namespace NarrativeLint.Tests.Precision;

/// <summary>
/// A table cell is about what its column's header and its row's first cell say: "Club Plus | €4.49" under "Monthly
/// price" is Club Plus's price; the same column's cell in the "Club Fresh" row is another tier's.
/// </summary>
public class TableCellContextTests
{
    const string Registry = """
        brand: { name: Frescala, languages: [en, it, ro] }
        commitments:
          - id: club-plus-price
            statement: Club Plus costs €3.99 a month.
            scope: { en: [Club Plus], it: [Club Plus], ro: [Club Plus] }
            topic: { en: [Club Plus, monthly price, price], it: [Club Plus, prezzo mensile, prezzo], ro: [Club Plus, preț lunar, preț] }
            facts: [ { kind: money, value: "3.99 EUR", relation: exactly } ]
          - id: club-gold-cashback
            statement: Club Gold members get 5% of every order back in points.
            scope: { en: [Club Gold], it: [Club Gold], ro: [Club Gold] }
            topic: { en: [Club Gold, points back], it: [Club Gold, punti restituiti], ro: [Club Gold, puncte înapoi] }
            facts: [ { kind: percentage, value: 5%, relation: exactly } ]
        """;

    static List<int> LinesOf(string path, string text) =>
        [.. InMemoryRun.Check(InMemoryRun.Registry(Registry), (path, text)).Findings.Where(f => f.Id == "NL1001").Select(f => f.LineSpan.StartLinePosition.Line + 1)];

    static string Markdown(string language, string price, string points, string headers) => $"""
        ---
        lang: {language}
        date: 2025-06-01
        ---

        {headers}
        |---|---|---|
        | Club Fresh | free | 1% |
        | Club Plus | {price} | 2% |
        | Club Gold | €7.99 | {points} |
        """;

    [Theory]
    [InlineData("en", "| Tier | Monthly price | Points back |")]
    [InlineData("it", "| Livello | Prezzo mensile | Punti restituiti |")]
    [InlineData("ro", "| Nivel | Preț lunar | Puncte înapoi |")]
    public void A_cell_is_held_to_the_promise_its_header_and_row_name(string language, string headers) =>
        LinesOf("club.md", Markdown(language, "€4.49", "3%", headers)).ShouldBe([9, 10]);

    [Theory]
    [InlineData("en", "| Tier | Monthly price | Points back |")]
    [InlineData("it", "| Livello | Prezzo mensile | Punti restituiti |")]
    [InlineData("ro", "| Nivel | Preț lunar | Puncte înapoi |")]
    public void Cells_of_other_rows_and_kept_promises_are_silent(string language, string headers) =>
        LinesOf("club.md", Markdown(language, "€3.99", "5%", headers)).ShouldBeEmpty();

    [Fact]
    public void An_html_table_reads_the_same_way()
    {
        const string html = """
            <html lang="en"><body>
            <table>
              <tr><th>Tier</th><th>Monthly price</th><th>Points back</th></tr>
              <tr><td>Club Fresh</td><td>free</td><td>1%</td></tr>
              <tr><td>Club Plus</td><td>€4.49</td><td>2%</td></tr>
              <tr><td>Club Gold</td><td>€7.99</td><td>3%</td></tr>
            </table>
            </body></html>
            """;
        LinesOf("club.html", html).ShouldBe([5, 6]);
    }
}
