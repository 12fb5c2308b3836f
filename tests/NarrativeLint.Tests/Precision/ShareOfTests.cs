namespace NarrativeLint.Tests.Precision;

/// <summary>
/// A percentage is a share of what follows it: "92% of the population" is the population a network covers, not its
/// availability "of every calendar month"; "55% of the fabric we buy" is polyester's share of the fabric, not the
/// recycled share of polyester. A share of what the promise measures ("99.5% of the time", "99.9% uptime", "60%
/// recycled polyester") is still held to it.
/// </summary>
public class ShareOfTests
{
    const string Registry = """
        brand: { name: Tessera, languages: [en, it, ro] }
        commitments:
          - id: fibre-availability
            statement: The Tessera fibre network is available at least 99.8% of every calendar month.
            topic: { en: [availability, available, uptime, network], it: [disponibilità, disponibile, rete], ro: [disponibilitate, disponibilă, rețea, rețeaua] }
            facts: [ { kind: percentage, value: 99.8%, relation: at-least } ]
          - id: recycled-polyester
            statement: At least 70% of the polyester in our clothing is recycled.
            topic: { en: [recycled polyester, polyester, recycled], it: [poliestere riciclato, poliestere, riciclato], ro: [poliester reciclat, poliester, reciclat] }
            facts: [ { kind: percentage, value: 70%, relation: at-least } ]
        """;

    static List<string> Findings(string language, string text) =>
        [.. InMemoryRun.Check(InMemoryRun.Registry(Registry), ("page.md", $"---\nlang: {language}\ndate: 2025-06-01\n---\n\n{text}\n")).Findings
            .Where(f => f.Id.StartsWith("NL1", StringComparison.Ordinal)).Select(f => f.Id)];

    [Theory]
    [InlineData("en", "Our 5G network covers 92% of the population.")]
    [InlineData("it", "La rete mobile 5G copre il 92% della popolazione italiana.")]
    [InlineData("ro", "Rețeaua 5G acoperă 92% din populația țării.")]
    public void A_share_of_something_else_than_time_is_no_availability(string language, string text) =>
        Findings(language, text).ShouldBeEmpty();

    [Theory]
    [InlineData("en", "Our fibre network is available 99.5% of the time.")]
    [InlineData("it", "La rete in fibra è disponibile il 99,5% del tempo.")]
    [InlineData("ro", "Rețeaua de fibră este disponibilă 99,5% din timp.")]
    public void A_share_of_time_is_held_to_the_availability(string language, string text) =>
        Findings(language, text).ShouldBe(["NL1001"]);

    [Fact]
    public void A_share_of_another_thing_in_the_statement_s_language_is_not_its_share() =>
        Findings("en", "Polyester makes up about 55% of the fabric we buy.").ShouldBeEmpty();

    [Theory]
    [InlineData("en", "Our jackets use 60% recycled polyester.")]
    [InlineData("it", "Le nostre giacche usano il 60% di poliestere riciclato.")]
    [InlineData("ro", "Gecile noastre folosesc 60% poliester reciclat.")]
    public void A_share_named_by_the_promise_s_words_is_held_to_it(string language, string text) =>
        Findings(language, text).ShouldBe(["NL1001"]);
}
