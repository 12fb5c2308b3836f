using System.Collections.Immutable;
using NarrativeLint.Analyzers;

namespace NarrativeLint.Engine.Translations;

/// <summary>
/// Aligns a translation's blocks with its source's. Anchors found in exactly one block on each side propose
/// matches; the heaviest chain of matches in order on both sides (a weighted longest increasing subsequence,
/// O(c log c) in the c proposals) fixes the skeleton; a proposal off the chain that shares several anchors is
/// a moved block. Between two anchored blocks the rest is aligned by structure: one for one when the two runs
/// have the same kinds, else by a small dynamic programme over kinds and lengths, bounded by <see cref="LargestGap"/>.
/// </summary>
static partial class BlockAlignment
{
    /// <summary>Gaps of more blocks than this on either side are left unaligned: nothing anchors them, and guessing would invent differences.</summary>
    const int LargestGap = 24;

    /// <summary>Anchors a moved block must share with its counterpart.</summary>
    const int MovedBlockAnchors = 2;

    public static ImmutableArray<AlignedBlocks> Align(ImmutableArray<TranslationBlock> source, ImmutableArray<TranslationBlock> translation)
    {
        var proposals = Proposals(source, translation);
        var chain = HeaviestChain(proposals);
        var pairs = new List<AlignedBlocks>();
        var usedSource = new HashSet<int>();
        var usedTranslation = new HashSet<int>();
        foreach (var (s, t, _) in chain)
        {
            pairs.Add(new AlignedBlocks(source[s], translation[t], BlockMatch.Anchors));
            usedSource.Add(s);
            usedTranslation.Add(t);
        }
        foreach (var (s, t, weight) in proposals.OrderByDescending(p => p.Weight))
            if (weight >= MovedBlockAnchors && !usedSource.Contains(s) && !usedTranslation.Contains(t))
            {
                pairs.Add(new AlignedBlocks(source[s], translation[t], BlockMatch.Anchors));
                usedSource.Add(s);
                usedTranslation.Add(t);
            }

        // How much longer the translation writes a block, from the blocks anchors placed (a translation that lacks whole sections would skew the documents' ratio).
        var ratio = pairs.Count > 0
            ? (double)Math.Max(1, pairs.Sum(p => p.Translation.Segment.Text.Length)) / Math.Max(1, pairs.Sum(p => p.Source.Segment.Text.Length))
            : (double)Math.Max(1, translation.Sum(b => b.Segment.Text.Length)) / Math.Max(1, source.Sum(b => b.Segment.Text.Length));
        // Blocks whose anchors point at a block other than the one a position would give them (a block the source lacks that names what another block names).
        // Only proposals that rest on more than one number count: a lone "3" proposes as many wrong pairs as right ones.
        var elsewhere = new Proposed([.. proposals.Where(p => p.Weight >= 2 || source[p.Source].Anchors.Any(a => !a.StartsWith("n:", StringComparison.Ordinal) && !a.StartsWith(TranslationBlocks.UnitAnchor, StringComparison.Ordinal) && translation[p.Translation].Anchors.Contains(a)))
            .Select(p => (p.Source, p.Translation))]);
        int previousSource = -1, previousTranslation = -1;
        foreach (var (s, t, _) in chain.Append((source.Length, translation.Length, 0)))
        {
            var gapSource = Enumerable.Range(previousSource + 1, s - previousSource - 1).Where(i => !usedSource.Contains(i)).ToList();
            var gapTranslation = Enumerable.Range(previousTranslation + 1, t - previousTranslation - 1).Where(i => !usedTranslation.Contains(i)).ToList();
            pairs.AddRange(AlignGap(gapSource, gapTranslation, source, translation, ratio, elsewhere, afterAnchor: previousSource >= 0, beforeAnchor: s < source.Length));
            (previousSource, previousTranslation) = (s, t);
        }
        return [.. pairs.Select(OnlyAnchoredPosts).OrderBy(p => p.Translation.Index)];
    }

    /// <summary>
    /// Block pairs that share anchors, weighted by how many. An anchor found once on each side pairs its two
    /// blocks; a name, link or code span found as many times on each side (up to four) pairs its k-th block with
    /// the other side's k-th, so a name that recurs still places the blocks it is in. A number that recurs does
    /// not: in a table, "≥5.0.0" in two rows of each side may be two different rows.
    /// </summary>
    static List<(int Source, int Translation, int Weight)> Proposals(ImmutableArray<TranslationBlock> source, ImmutableArray<TranslationBlock> translation)
    {
        static Dictionary<string, List<int>> Where(ImmutableArray<TranslationBlock> blocks)
        {
            var where = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            foreach (var block in blocks)
                foreach (var anchor in block.Anchors)
                    (where.TryGetValue(anchor, out var list) ? list : where[anchor] = []).Add(block.Index);
            return where;
        }
        var inSource = Where(source);
        var inTranslation = Where(translation);
        var weights = new Dictionary<(int, int), int>();
        foreach (var (anchor, s) in inSource)
        {
            if (anchor.StartsWith(TranslationBlocks.UnitAnchor, StringComparison.Ordinal)) continue;
            if (inTranslation.TryGetValue(anchor, out var t) && t.Count == s.Count && (s.Count == 1 || s.Count <= MostOccurrences && !anchor.StartsWith("n:", StringComparison.Ordinal)))
                for (int k = 0; k < s.Count; k++)
                    if (!anchor.StartsWith("n:", StringComparison.Ordinal) || SameMeasure(source[s[k]], translation[t[k]], anchor[2..]))
                        weights[(s[k], t[k])] = weights.GetValueOrDefault((s[k], t[k])) + 1;
        }
        return [.. weights.Select(w => (w.Key.Item1, w.Key.Item2, w.Value))];
    }

    /// <summary>
    /// Whether a number both blocks write measures the same thing in each, where both packs read units: "12 luni" (a
    /// duration) does not place "our 12-item box" (a count). A language without a pack reads no unit, so its numbers place any.
    /// </summary>
    static bool SameMeasure(TranslationBlock source, TranslationBlock translation, string exact) =>
        !ReadsUnits(source) || !ReadsUnits(translation) || TranslationBlocks.UnitOf(source, exact) == TranslationBlocks.UnitOf(translation, exact);

    static bool ReadsUnits(TranslationBlock block) => block.Sentences.Length > 0 && block.Sentences.All(s => s.Pack.IsSupported);

    /// <summary>A name found in more blocks than this (a product on every row of a table) places none of them.</summary>
    const int MostOccurrences = 4;

    /// <summary>The chain of proposals increasing in both documents with the greatest total weight (a Fenwick tree of best chain ends).</summary>
    static List<(int Source, int Translation, int Weight)> HeaviestChain(List<(int Source, int Translation, int Weight)> proposals)
    {
        if (proposals.Count == 0) return [];
        var ordered = proposals.OrderBy(p => p.Source).ThenByDescending(p => p.Translation).ToList();
        int size = ordered.Max(p => p.Translation) + 2;
        var bestWeight = new int[size + 1];
        var bestAt = new int[size + 1];
        Array.Fill(bestAt, -1);
        var score = new int[ordered.Count];
        var back = new int[ordered.Count];
        for (int k = 0; k < ordered.Count; k++)
        {
            // The best chain ending in a translation block before this one; same-source proposals come in falling translation order, so they never chain to each other.
            int best = 0, from = -1;
            for (int i = ordered[k].Translation; i > 0; i -= i & -i)
                if (bestWeight[i] > best) (best, from) = (bestWeight[i], bestAt[i]);
            score[k] = best + ordered[k].Weight;
            back[k] = from;
            for (int i = ordered[k].Translation + 1; i <= size; i += i & -i)
                if (score[k] > bestWeight[i]) (bestWeight[i], bestAt[i]) = (score[k], k);
        }
        var chain = new List<(int, int, int)>();
        for (int k = Array.IndexOf(score, score.Max()); k >= 0; k = back[k]) chain.Add(ordered[k]);
        chain.Reverse();
        return chain;
    }

    static IEnumerable<AlignedBlocks> AlignGap(List<int> gapSource, List<int> gapTranslation, ImmutableArray<TranslationBlock> source, ImmutableArray<TranslationBlock> translation, double ratio,
        Proposed proposed, bool afterAnchor, bool beforeAnchor)
    {
        if (gapSource.Count == gapTranslation.Count && gapSource.Zip(gapTranslation).Any(p => proposed.Contradicts(p.First, p.Second)))
            return AlignByStructure(gapSource, gapTranslation, source, translation, ratio);
        if (gapSource.Count == 0 || gapTranslation.Count == 0 || gapSource.Count > LargestGap || gapTranslation.Count > LargestGap) return [];
        // Runs of the same shape are aligned one for one, where each pair is also of a plausible length: a block only one side has is not the other's.
        if (gapSource.Count == gapTranslation.Count && gapSource.Zip(gapTranslation).All(p => Fits(source[p.First], translation[p.Second], ratio, PositionTolerance) > double.NegativeInfinity))
            return gapSource.Zip(gapTranslation, (s, t) => new AlignedBlocks(source[s], translation[t], BlockMatch.Position));
        return NextToAnchors(AlignByStructure(gapSource, gapTranslation, source, translation, ratio), gapSource, gapTranslation, afterAnchor, beforeAnchor);
    }

    /// <summary>Which blocks anchors proposed to pair, by side: a block that shares anchors with another block than the one at its place is not that one's translation.</summary>
    sealed class Proposed(List<(int Source, int Translation)> pairs)
    {
        readonly ILookup<int, int> _bySource = pairs.ToLookup(p => p.Source, p => p.Translation);
        readonly ILookup<int, int> _byTranslation = pairs.ToLookup(p => p.Translation, p => p.Source);

        /// <remarks>Loops, not lambdas: asked of every pair of blocks a gap could align.</remarks>
        public bool Contradicts(int source, int translation)
        {
            foreach (var other in _bySource[source])
                if (other != translation) return true;
            foreach (var other in _byTranslation[translation])
                if (other != source) return true;
            return false;
        }
    }

    /// <summary>How far apart in length (as a log of the ratio, after the documents' overall ratio) two blocks may be and still be aligned by structure.</summary>
    const double LengthTolerance = 0.5;

    /// <summary>The same, for two blocks at the same place of runs of the same shape: only a block of a very different length (one the other side lacks) is refused.</summary>
    const double PositionTolerance = 0.75;

    /// <summary>How well two blocks fit by kind and length (1 for the same kind and the blocks' usual length ratio); minus infinity if they do not.</summary>
    static double Fits(TranslationBlock s, TranslationBlock t, double ratio, double tolerance = LengthTolerance)
    {
        if (s.Segment.Kind != t.Segment.Kind) return double.NegativeInfinity;
        var distance = Math.Abs(Math.Log(Math.Max(1, t.Segment.Text.Length) / (Math.Max(1, s.Segment.Text.Length) * ratio)));
        return distance <= tolerance ? 1 - distance : double.NegativeInfinity;
    }

    /// <summary>Global alignment of two short runs: a pair scores by kind and length, skipping a block costs nothing.</summary>
    static List<AlignedBlocks> AlignByStructure(List<int> gapSource, List<int> gapTranslation, ImmutableArray<TranslationBlock> source, ImmutableArray<TranslationBlock> translation, double ratio)
    {
        int n = gapSource.Count, m = gapTranslation.Count;
        var table = new double[n + 1, m + 1];
        double Score(int i, int j) => Fits(source[gapSource[i]], translation[gapTranslation[j]], ratio);
        for (int i = 1; i <= n; i++)
            for (int j = 1; j <= m; j++)
                table[i, j] = Math.Max(Math.Max(table[i - 1, j], table[i, j - 1]), table[i - 1, j - 1] + Score(i - 1, j - 1));
        var pairs = new List<AlignedBlocks>();
        for (int i = n, j = m; i > 0 && j > 0;)
        {
            var diagonal = table[i - 1, j - 1] + Score(i - 1, j - 1);
            if (table[i, j] == diagonal && !double.IsNegativeInfinity(diagonal))
            {
                pairs.Add(new AlignedBlocks(source[gapSource[i - 1]], translation[gapTranslation[j - 1]], BlockMatch.Structure));
                i--; j--;
            }
            else if (table[i, j] == table[i - 1, j]) i--;
            else j--;
        }
        return pairs;
    }
}
