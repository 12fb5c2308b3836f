using NarrativeLint.Language;
using NarrativeLint.Registry;

namespace NarrativeLint.Tests.Precision;

/// <summary>A number fact written with its unit ("600 Mbps"): the text's number must count that unit to speak for it.</summary>
public class CountedUnitTests
{
    const string Registry = """
        brand: { name: Acme Fibre, languages: [en, it, ro] }
        commitments:
          - id: speed-floor
            statement: Acme Fibre guarantees its customers a minimum speed.
            topic: { en: [speed, download, guarantee], it: [velocità, download, garantiamo], ro: [viteză, download, garantăm] }
            facts: [ { kind: number, value: 600 Mbps, relation: at-least } ]
        catalogues: []
        """;

    [Theory]
    [InlineData("600 Mbps", 600)]
    [InlineData("50 GB", 50)]
    [InlineData("1,000 kbit/s", 1000)]
    [InlineData("120", 120)]
    public void A_number_value_may_carry_its_unit(string value, int number) =>
        FactValue.Parse(QuantityKind.Number, value).ShouldNotBeNull().Value.ShouldBe(number);

    [Theory]
    [InlineData("600 Mbps or so")]
    [InlineData("Mbps")]
    [InlineData("six hundred")]
    public void A_value_that_is_not_one_number_and_a_unit_is_rejected(string value) =>
        FactValue.Parse(QuantityKind.Number, value).ShouldBeNull();

    [Theory]
    [InlineData("en", "We guarantee a download speed of 300 Mbps.", true)]
    [InlineData("en", "We guarantee a download speed of 900 Mbps.", false)]
    [InlineData("en", "We guarantee download speed to our 300 engineers' homes too.", false)]
    [InlineData("it", "Garantiamo una velocità di download di 300 Mbps.", true)]
    [InlineData("it", "Garantiamo la velocità a 300 clienti del quartiere.", false)]
    [InlineData("ro", "Garantăm o viteză de download de 300 Mbps.", true)]
    [InlineData("ro", "Garantăm viteza pentru 300 de clienți din cartier.", false)]
    public void Only_a_number_of_the_unit_speaks_for_the_fact(string language, string text, bool contradicts)
    {
        var result = InMemoryRun.Check(InMemoryRun.Registry(Registry), InMemoryRun.Post(text, language));
        result.Findings.Any(f => f.Id == "NL1001").ShouldBe(contradicts, string.Join("; ", result.Findings.Select(f => f.Message)));
    }
}
