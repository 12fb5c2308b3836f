using NarrativeLint.Analyzers;

namespace NarrativeLint.Engine.Translations;

// Where a place next to an anchored block is as good as a run of the same shape.
static partial class BlockAlignment
{
    /// <summary>
    /// Pairs a structure alignment made that stand at the same place after the anchored block before the run (or before
    /// the one after it) on both sides, each pair before them so too: the blocks right after an anchored pair, before the
    /// first block one side lacks (a table the translation left out), are placed by position, and compared as such. Only
    /// next to an anchored pair: from a document's start or end nothing says the blocks are one another's (a feed of posts
    /// in two languages need not hold the same posts).
    /// </summary>
    static List<AlignedBlocks> NextToAnchors(List<AlignedBlocks> pairs, List<int> gapSource, List<int> gapTranslation, bool afterAnchor, bool beforeAnchor)
    {
        var placed = pairs.ToDictionary(p => p.Source.Index, p => p.Translation.Index);
        var byPosition = new HashSet<int>();
        for (int k = 0; afterAnchor && k < Math.Min(gapSource.Count, gapTranslation.Count) && placed.TryGetValue(gapSource[k], out var t) && t == gapTranslation[k]; k++)
            byPosition.Add(gapSource[k]);
        for (int k = 1; beforeAnchor && k <= Math.Min(gapSource.Count, gapTranslation.Count) && placed.TryGetValue(gapSource[^k], out var t) && t == gapTranslation[^k]; k++)
            byPosition.Add(gapSource[^k]);
        return [.. pairs.Select(p => byPosition.Contains(p.Source.Index) ? p with { How = BlockMatch.Position } : p)];
    }

    /// <summary>
    /// Posts of two feeds are compared only where they share several anchors: a feed in another language posts its own
    /// news on its own days, so neither the third post of each nor two posts that both name "Club" need be one post translated.
    /// </summary>
    static AlignedBlocks OnlyAnchoredPosts(AlignedBlocks pair)
    {
        if (pair.How == BlockMatch.Structure || pair.Source.Segment.Kind != Text.SegmentKind.Post && pair.Translation.Segment.Kind != Text.SegmentKind.Post) return pair;
        // A name with an inner capital is two anchors ("w:VeloClub", "p:veloclub"): one word, one anchor here.
        var shared = pair.Source.Anchors.Where(a => !a.StartsWith(TranslationBlocks.UnitAnchor, StringComparison.Ordinal) && pair.Translation.Anchors.Contains(a))
            .Select(a => a[2..].ToLowerInvariant()).Distinct().Count();
        return pair.How == BlockMatch.Anchors && shared >= MovedBlockAnchors ? pair : pair with { How = BlockMatch.Structure };
    }
}
