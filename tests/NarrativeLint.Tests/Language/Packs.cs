using NarrativeLint.Language;

namespace NarrativeLint.Tests.Language;

/// <summary>The shipped packs, and short ways to ask them about one sentence.</summary>
internal static class Packs
{
    public static LanguagePack For(string code) => LanguagePacks.Default.Get(code);

    public static IReadOnlyList<Quantity> QuantitiesIn(string code, string text)
        => For(code).Annotate(text).SelectMany(s => s.Quantities).ToList();

    public static Quantity Single(string code, string text, QuantityKind kind)
    {
        var found = QuantitiesIn(code, text).Where(q => q.Kind == kind).ToList();
        found.Count.ShouldBe(1, $"one {kind} in \"{text}\", found: {string.Join("; ", QuantitiesIn(code, text))}");
        return found[0];
    }

    public static Sentence OneSentence(string code, string text)
    {
        var sentences = For(code).Annotate(text);
        sentences.Length.ShouldBe(1, string.Join(" | ", sentences.Select(s => s.Text)));
        return sentences[0];
    }
}
