using Shouldly;

namespace NarrativeLint.Tests.TranslationSentences;

/// <summary>
/// NL2002 on feeds (a social account's posts in two languages, paired by their path): a post is compared with another
/// only when they share several anchors, as one post translated does; posts that share one name ("VeloClub") are two posts.
/// </summary>
public class FeedPostsTests
{
    static IReadOnlyList<NarrativeLint.Engine.Finding> CheckFeeds(string language, string source, string translation) =>
        Rules.Verify.Files(Rules.Fixture.Registry, [("content/social/en/instagram.yaml", source), ($"content/social/{language}/instagram.yaml", translation)],
            Translations.GeneratedPairs.OtherRules);

    static string Feed(params (string Date, string Text)[] posts) =>
        string.Concat(posts.Select(p => $"- date: {p.Date}\n  sponsored: false\n  text: \"{p.Text}\"\n"));

    [Theory]
    [InlineData("it", "Con la nostra app consegniamo in tutta Milano dalle 7 alle 22; i soci VeloClub ricevono il 5% in punti.")]
    [InlineData("ro", "Cu aplicația livrăm în tot Bucureștiul între 7 și 22; membrii VeloClub primesc 5% în puncte.")]
    public void Posts_that_share_one_name_are_not_compared(string language, string post) =>
        CheckFeeds(language,
            Feed(("2025-02-10", "Until 28 February we still run two-hour slots."), ("2025-12-01", "Our advent calendar is back: 24 doors, and one surprise for VeloClub members.")),
            Feed(("2025-03-04", "Da oggi ogni fascia dura un'ora."), ("2025-11-03", post))).ShouldBeEmpty();

    [Theory]
    [InlineData("it", "Il pesto di Sara in {|NL2002:25 minuti|} con il basilico VeloFresh. #VeloKitchen")]
    [InlineData("ro", "Bucătarul Sara face pesto în {|NL2002:25|} de minute, cu busuioc VeloFresh. #VeloKitchen")]
    public void A_post_translated_with_another_value_is_found(string language, string post) =>
        CheckFeeds(language,
            Feed(("2025-05-30", "Chef Sara makes pesto in 20 minutes with VeloFresh basil. #VeloKitchen"), ("2025-06-21", "Green light for our Graz centre!")),
            Feed(("2025-05-30", post))).ShouldHaveSingleItem();
}
