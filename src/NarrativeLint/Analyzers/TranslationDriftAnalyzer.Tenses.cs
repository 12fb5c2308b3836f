namespace NarrativeLint.Analyzers;

// NL2002 in a block that tells the past beside the present: "Return them within 30 days. … Until 31 March 2025 the
// window was 14 days." A stale translation that still says "14 zile" in its present sentence has not kept the source's
// 14: that one is the old rule, told as the past. So values are matched with the values of sentences of the same tense.
public sealed partial class TranslationDriftAnalyzer
{
    /// <summary>What a number of a sentence that tells the past carries beside its digits, so that it meets only a past one.</summary>
    const string ToldOfThePast = "|past";

    /// <summary>
    /// Whether <paramref name="block"/> tells the past in a sentence beside present ones and has more sentences than
    /// <paramref name="other"/>: a sentence of history the other side does not have (the source added the old rule, the
    /// stale translation never had it). Blocks of as many sentences are read alike, as packs do not mark the past alike
    /// ("las métricas mencionadas anteriormente" tells no past the English "mentioned above" does not).
    /// </summary>
    static bool PastTheOtherLacks(TranslationBlock block, TranslationBlock other) =>
        block.Sentences.Length > other.Sentences.Length && block.Sentences.Any(s => s.TellsThePast) && block.Sentences.Any(s => !s.TellsThePast);

    /// <summary>The block's numbers, those of its sentences that tell the past marked so.</summary>
    static List<BlockNumber> Tensed(TranslationBlock block, List<BlockNumber> numbers)
    {
        var past = block.Sentences.Where(s => s.TellsThePast).Select(s => s.Span).ToList();
        if (past.Count == 0) return numbers;
        return [.. numbers.Select(n => past.Exists(p => p.Contains(n.Span)) ? n with { Exact = n.Exact + ToldOfThePast, Value = n.Value + ToldOfThePast } : n)];
    }

    static string Untensed(string value) => value.EndsWith(ToldOfThePast, StringComparison.Ordinal) ? value[..^ToldOfThePast.Length] : value;
}
