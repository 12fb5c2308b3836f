using NarrativeLint.Tests.Rules;

namespace NarrativeLint.Tests.CrossLanguageFacts;

static class Posts
{
    /// <summary>Two posts in one run; a language without a pack has its NL0010 note, which these tests do not mark.</summary>
    public static void Check(string firstLanguage, string first, string secondLanguage, string second) =>
        Verify.Files(Fixture.Registry, [Fixture.Post(first, firstLanguage, path: $"{firstLanguage}/one.md"), Fixture.Post(second, secondLanguage, path: $"{secondLanguage}/two.md")],
            ["NL0010"]);
}
