using Microsoft.CodeAnalysis;

namespace NarrativeLint.Tests.Precision;

/// <summary>
/// A commitment whose topic names a product ("Acme Care") holds a sentence that names nothing ("we reply on chat within
/// 6 hours") to it as a warning, and a sentence that names something else not at all.
/// </summary>
public class UnsaidNameTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: care-reply
            statement: Every message to Acme Care gets a first reply within 4 hours.
            topic: { en: [Acme Care, chat, reply], it: [Acme Care, chat, rispondiamo], ro: [Acme Care, chat, răspundem] }
            facts: [ { kind: duration, value: 4 hours, relation: at-most } ]
        """;

    static NarrativeLint.Engine.Finding? Finding(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).FirstOrDefault(f => f.Id == "NL1001");

    [Theory]
    [InlineData("Write to us on chat: we reply within 6 hours.", "en")]
    [InlineData("Scrivici in chat: rispondiamo entro 6 ore.", "it")]
    [InlineData("Scrie-ne pe chat: răspundem în cel mult 6 ore.", "ro")]
    public void A_sentence_that_names_nothing_is_held_to_it_as_a_warning(string text, string language) =>
        Finding(text, language).ShouldNotBeNull().Severity.ShouldBe(DiagnosticSeverity.Warning);

    [Theory]
    [InlineData("Acme Care replies on chat within 6 hours.", "en")]
    [InlineData("Acme Care risponde in chat entro 6 ore.", "it")]
    public void A_sentence_that_names_it_is_an_error(string text, string language) =>
        Finding(text, language).ShouldNotBeNull().Severity.ShouldBe(DiagnosticSeverity.Error);

    [Theory]
    [InlineData("On chat, Acme Shop sellers reply within 6 hours.", "en")]
    [InlineData("In chat, i venditori di Acme Shop rispondiamo entro 6 ore.", "it")]
    [InlineData("Pe chat, vânzătorii Acme Shop răspundem în cel mult 6 ore.", "ro")]
    public void A_sentence_that_names_something_else_is_not(string text, string language) =>
        Finding(text, language).ShouldBeNull();

    [Theory]
    [InlineData("Our chat is swamped after the storm in Liguria: we reply within 24 hours this week.", "en")]
    [InlineData("La chat è sommersa dopo la tempesta in Liguria: rispondiamo entro 24 ore.", "it")]
    [InlineData("Chatul e aglomerat după furtuna din Liguria: răspundem în cel mult 24 de ore.", "ro")]
    public void A_place_is_no_other_product(string text, string language) =>
        Finding(text, language).ShouldNotBeNull().Severity.ShouldBe(DiagnosticSeverity.Warning);
}

/// <summary>A price the registry lists without a period takes the one its statement tells ("costs €3.99 a month"): a yearly amount is not compared with it.</summary>
public class StatedPricePeriodTests
{
    const string Registry = """
        brand: { name: Frescala, languages: [en, it, ro] }
        commitments:
          - id: club-plus-price
            statement: Club Plus costs €3.99 a month.
            topic: { en: [Club Plus, costs, price], it: [Club Plus, costa, prezzo], ro: [Club Plus, costă, preț] }
            facts: [ { kind: money, value: 3.99 EUR, relation: exactly } ]
        """;

    static bool Contradicts(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1001");

    [Theory]
    [InlineData("The birthday box cost us €3 million a year, so its price went into lower prices.", "en", false)]
    [InlineData("La scatola di compleanno costa 3 milioni di euro all'anno, un prezzo troppo alto.", "it", false)]
    [InlineData("Club Plus costs €4.99 a month from June.", "en", true)]
    [InlineData("Club Plus costa 4,99 € al mese da giugno.", "it", true)]
    [InlineData("Club Plus costă 4,99 € pe lună din iunie.", "ro", true)]
    public void A_yearly_amount_is_not_held_to_a_monthly_price(string text, string language, bool contradicts) =>
        Contradicts(text, language).ShouldBe(contradicts);
}
