namespace NarrativeLint.Tests.Precision;

/// <summary>
/// A section heading says what a table is about as a whole; what one value measures is told by its row and column.
/// Under "Returns", a table of delivery times per country ("Italy | 2–4 working days") is not held to the 30-day
/// returns window when neither its row nor its column names anything of the registry; a row that names the promise's
/// product ("Kestrel Pharmacy | 14 days") still reads its value by the heading.
/// </summary>
public class TableUnderHeadingTests
{
    const string Registry = """
        brand: { name: Kestrel, languages: [en, it, ro] }
        commitments:
          - id: pharmacy-returns
            statement: Unopened Kestrel Pharmacy products can be returned within 30 days for a full refund.
            scope: { en: [Kestrel Pharmacy], it: [Kestrel Pharmacy], ro: [Kestrel Pharmacy] }
            topic: { en: [returns, returned, refund], it: [resi, restituiti, rimborso], ro: [retururi, returnate, rambursare] }
            facts: [ { kind: duration, value: 30 days, relation: at-least } ]
        """;

    static List<int> LinesOf(string text) =>
        [.. InMemoryRun.Check(InMemoryRun.Registry(Registry), ("shipping.md", text)).Findings.Where(f => f.Id == "NL1001").Select(f => f.LineSpan.StartLinePosition.Line + 1)];

    static string Page(string language, string heading, string table) => $"""
        ---
        lang: {language}
        date: 2025-06-01
        ---

        # {heading}

        {table}
        """;

    [Theory]
    [InlineData("en", "Shipping and returns", "| Country | Standard | Express |\n|---|---|---|\n| Italy | 2–4 working days | 1–2 days |")]
    [InlineData("it", "Spedizioni e resi", "| Paese | Standard | Espresso |\n|---|---|---|\n| Italia | 2-4 giorni lavorativi | 1-2 giorni |")]
    [InlineData("ro", "Livrare și retururi", "| Țara | Standard | Expres |\n|---|---|---|\n| Italia | 2–4 zile lucrătoare | 1–2 zile |")]
    public void A_table_whose_rows_and_columns_name_nothing_of_the_registry_is_not_held_to_the_heading(string language, string heading, string table) =>
        LinesOf(Page(language, heading, table)).ShouldBeEmpty();

    [Theory]
    [InlineData("en", "Returns", "| Shop | Window |\n|---|---|\n| Kestrel Pharmacy | 14 days |")]
    [InlineData("it", "Resi", "| Negozio | Periodo |\n|---|---|\n| Kestrel Pharmacy | 14 giorni |")]
    [InlineData("ro", "Retururi", "| Magazin | Perioadă |\n|---|---|\n| Kestrel Pharmacy | 14 zile |")]
    public void A_row_naming_the_promise_s_product_still_reads_its_value_by_the_heading(string language, string heading, string table) =>
        LinesOf(Page(language, heading, table)).ShouldBe([10]);
}
