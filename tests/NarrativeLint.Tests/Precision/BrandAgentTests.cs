namespace NarrativeLint.Tests.Precision;

/// <summary>
/// Someone acting for the brand is the brand: "our partners" and Romanian's "partenerii noștri" are the brand's own
/// agents, and partners who buy data "from us" are the brand selling it. Someone else's act — "partners may sell their
/// own lists", "you may not sell your account" — stays someone else's.
/// </summary>
public class BrandAgentTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: no-data-sale
            statement: We never sell customer data.
            polarity: never
            topic: { en: [sell, customer data], it: [vendere, dati dei clienti], ro: [vinde, datele clienților] }
        """;

    static bool Contradicts(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1003");

    [Theory]
    [InlineData("Partners can sell customer data they get from us.", "en")]
    [InlineData("I partner possono vendere i dati dei clienti ricevuti da noi.", "it")]
    [InlineData("Partenerii noștri pot vinde mai departe datele clienților.", "ro")]
    public void An_agent_of_the_brand_acts_for_it(string text, string language) =>
        Contradicts(text, language).ShouldBeTrue();

    [Theory]
    [InlineData("Partners may sell customer data they collect themselves.", "en")]
    [InlineData("I partner possono vendere i dati dei clienti che raccolgono da soli.", "it")]
    [InlineData("Partenerii pot vinde datele clienților pe care le colectează singuri.", "ro")]
    public void Someone_else_acting_alone_is_not_the_brand(string text, string language) =>
        Contradicts(text, language).ShouldBeFalse();
}
