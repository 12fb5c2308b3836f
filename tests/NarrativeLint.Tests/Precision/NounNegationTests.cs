using NarrativeLint.Tests.Language;

namespace NarrativeLint.Tests.Precision;

/// <summary>
/// A privative negation ("without", "senza", "fără") denies only the noun phrase after it: "cancelled without charge in
/// the first 7 days" states a 7-day window, which breaks a 14-day promise. A clause negation still covers its value
/// ("we never take more than 14 days"), and a promise of "no charge" is not a contradiction of a window it keeps.
/// </summary>
public class NounNegationTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: cancel-window
            statement: You can cancel any order free of charge within 14 days of delivery.
            topic: { en: [cancel, cancelled], it: [annullare, annullati], ro: [anula, anulate] }
            facts: [ { kind: duration, value: 14 days, relation: at-least } ]
        """;

    static bool Contradicts(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1001");

    [Theory]
    [InlineData("Made-to-order sofas can only be cancelled without charge in the first 7 days after delivery.", "en")]
    [InlineData("I divani possono essere annullati senza penali nei primi 7 giorni.", "it")]
    [InlineData("Canapelele pot fi anulate fără penalități în primele 7 zile.", "ro")]
    public void Without_denies_its_noun_not_the_window(string text, string language) =>
        Contradicts(text, language).ShouldBeTrue();

    [Theory]
    [InlineData("Every order can be cancelled without charge in the first 30 days after delivery.", "en")]
    [InlineData("Gli ordini possono essere annullati senza penali nei primi 30 giorni.", "it")]
    [InlineData("Comenzile pot fi anulate fără penalități în primele 30 de zile.", "ro")]
    public void A_longer_window_without_charge_keeps_the_promise(string text, string language) =>
        Contradicts(text, language).ShouldBeFalse();

    [Fact]
    public void Without_still_denies_the_words_it_governs()
    {
        var sentence = Packs.OneSentence("en", "Orders are cancelled without any extra charge within 7 days.");
        int Index(string word) => sentence.Tokens.ToList().FindIndex(t => t.Lower == word);
        sentence.IsNegated(Index("charge")).ShouldBeTrue();
        sentence.IsNegated(Index("within")).ShouldBeFalse();
        Packs.OneSentence("en", "We do not keep orders within 7 days.").IsNegated(5).ShouldBeTrue();
    }
}
