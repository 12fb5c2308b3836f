using NarrativeLint.Language;

namespace NarrativeLint.Tests.Language;

/// <summary>
/// The registry's phrase index: a regulated claim's phrase matches with any article or possessive of the pack's
/// <c>determiners</c>, or none, where it has one; every other phrase matches its words as written.
/// </summary>
public class PhraseIndexTests
{
    static string[] Matched(string language, string text, params Phrase[] phrases)
    {
        var index = new PhraseIndex();
        foreach (var phrase in phrases) index.Add(Packs.For(language), phrase);
        return [.. index.Match(Packs.OneSentence(language, text)).Select(m => $"{m.Phrase.Role}:{m.Phrase.Text}")];
    }

    [Theory]
    [InlineData("en", "boosts the immune system", "It boosts your immune system.")]
    [InlineData("en", "boosts the immune system", "It boosts immune system function.")]
    [InlineData("it", "rafforza le difese immunitarie", "Rafforza le tue difese immunitarie.")]
    [InlineData("ro", "întărește sistemul imunitar", "Întărește sistemul tău imunitar.")]
    public void A_claim_phrase_matches_with_another_determiner_or_none(string language, string phrase, string text) =>
        Matched(language, text, new Phrase(PhraseRole.Claim, "rule", phrase)).ShouldBe([$"Claim:{phrase}"]);

    [Theory]
    [InlineData("en", "sell the data", "We never sell your data.")]
    [InlineData("it", "vendere i dati", "Non vendiamo mai i tuoi dati.")]
    public void A_topic_phrase_keeps_its_words(string language, string phrase, string text) =>
        Matched(language, text, new Phrase(PhraseRole.Topic, "commitment", phrase)).ShouldBeEmpty();

    [Fact]
    public void Where_a_claim_and_a_topic_share_their_words_only_the_claim_steps_over_a_determiner()
    {
        var claim = new Phrase(PhraseRole.Claim, "rule", "boosts immunity");
        var topic = new Phrase(PhraseRole.Topic, "commitment", "boosts immunity");
        Matched("en", "It boosts your immunity.", claim, topic).ShouldBe(["Claim:boosts immunity"]);
        Matched("en", "It boosts immunity.", claim, topic).ShouldBe(["Claim:boosts immunity", "Topic:boosts immunity"]);
    }

    /// <summary>The word a phrase opens with stays as written, so a match keeps the span the phrase names.</summary>
    [Fact]
    public void A_determiner_the_phrase_opens_with_is_matched_as_written()
    {
        var claim = new Phrase(PhraseRole.Claim, "rule", "the greenest");
        Matched("en", "It is the greenest range.", claim).ShouldBe(["Claim:the greenest"]);
        Matched("en", "It is our greenest range.", claim).ShouldBeEmpty();
    }

    [Fact]
    public void A_determiner_does_not_stand_for_another_word()
    {
        Matched("en", "It boosts the morale of immunity research.", new Phrase(PhraseRole.Claim, "rule", "boosts immunity")).ShouldBeEmpty();
    }
}
