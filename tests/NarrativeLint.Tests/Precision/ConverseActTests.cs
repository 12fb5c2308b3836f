namespace NarrativeLint.Tests.Precision;

/// <summary>
/// An act told from its other side (the packs' <c>converse-acts</c>): "partners buy our customers' data" is the brand
/// selling it, "advertisers receive health data" the brand sharing it, when one of the packs' <c>counterparts</c> is the
/// subject. A customer buying or receiving ("you can buy extra data") tells no sale of the brand's.
/// </summary>
public class ConverseActTests
{
    const string Registry = """
        brand: { name: Paylo, languages: [en, it, ro] }
        commitments:
          - id: no-data-sale
            statement: We never sell our customers' data.
            polarity: never
            topic: { en: [sell, customer data, location data, data], it: [vendere, vendiamo, dati], ro: [vinde, vindem, date] }
          - id: no-ad-sharing
            statement: We never share your health data with advertisers.
            polarity: never
            topic: { en: [share, health data], it: [condividere, dati sanitari], ro: [partaja, date de sănătate] }
        """;

    static bool Contradicts(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1003");

    [Theory]
    [InlineData("From April, partners will be able to buy anonymised location data from the app.", "en")]
    [InlineData("Partners pay a fee for the location data we provide.", "en")]
    [InlineData("From March, selected partners will receive pseudonymised health data.", "en")]
    [InlineData("Da aprile i nostri partner potranno acquistare i dati anonimi dell'app.", "it")]
    [InlineData("Da marzo alcuni inserzionisti ricevono i dati sanitari pseudonimizzati.", "it")]
    [InlineData("Partenerii noștri de marketing pot cumpăra de la noi date agregate despre cumpărături.", "ro")]
    [InlineData("Din martie, partenerii primesc date de sănătate anonimizate.", "ro")]
    public void A_counterpart_buying_or_receiving_tells_the_brands_act(string text, string language) =>
        Contradicts(text, language).ShouldBeTrue();

    [Theory]
    [InlineData("You can buy extra mobile data in the app.", "en")]
    [InlineData("Partners never buy customer data from us.", "en")]
    [InlineData("Partners can buy advertising space on our website.", "en")]
    [InlineData("Puoi acquistare altri dati mobili nell'app.", "it")]
    [InlineData("I partner non ricevono mai i dati sanitari.", "it")]
    [InlineData("Poți cumpăra date mobile suplimentare din aplicație.", "ro")]
    [InlineData("Partenerii nu primesc niciodată date de sănătate.", "ro")]
    public void A_customer_buying_or_a_denied_converse_breaks_nothing(string text, string language) =>
        Contradicts(text, language).ShouldBeFalse();
}
