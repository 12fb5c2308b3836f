namespace NarrativeLint.Text;

/// <summary>
/// MinHash signatures banded for locality-sensitive hashing: two sets share a band bucket with a probability
/// that rises steeply with their Jaccard similarity, so near-duplicates meet in one pass over the sets instead
/// of being compared pairwise.
/// </summary>
public static class MinHash
{
    /// <summary>Bands × rows hash functions: 12 bands of 3 rows put sets with a Jaccard similarity of 0.5 in a shared bucket 80% of the time and ones of 0.2 under 10%.</summary>
    public const int Bands = 12, Rows = 3;

    static readonly ulong[] Seeds = Enumerable.Range(0, Bands * Rows).Select(i => 0x9E3779B97F4A7C15UL * (ulong)(i + 1) ^ 0xD1B54A32D192ED03UL).ToArray();

    /// <summary>The band buckets of a set: (band, hash of the band's minimums); none for an empty set.</summary>
    public static IEnumerable<(int Band, ulong Hash)> BandsOf(IEnumerable<string> items)
    {
        var minimums = new ulong[Seeds.Length];
        Array.Fill(minimums, ulong.MaxValue);
        bool any = false;
        foreach (var item in items)
        {
            any = true;
            var hash = Fnv1a(item);
            for (int k = 0; k < Seeds.Length; k++)
            {
                var mixed = Mix(hash ^ Seeds[k]);
                if (mixed < minimums[k]) minimums[k] = mixed;
            }
        }
        if (!any) yield break;
        for (int band = 0; band < Bands; band++)
        {
            ulong combined = (ulong)band;
            for (int row = 0; row < Rows; row++) combined = Mix(combined * 31 + minimums[band * Rows + row]);
            yield return (band, combined);
        }
    }

    /// <summary>
    /// The pairs of sets (by index, lower first, each once, in order) that share a band bucket within their
    /// partition: the candidates worth comparing exactly. A set's buckets (<see cref="BandsOf"/>) are computed
    /// beforehand, so a caller may keep them between runs; a null set takes no part. With <paramref name="involved"/>,
    /// only pairs of which at least one set is involved: in the editor, the buffer's sets against a workspace whose
    /// buckets are only looked up. Sets with the same <paramref name="apart"/> key (statements of one document) are
    /// never paired; as sets sorted by that key have neighbouring indices, a bucket full of them costs one step per
    /// set rather than one per pair.
    /// </summary>
    public static List<(int First, int Second)> CandidatePairs(int count, Func<int, IReadOnlyList<(int Band, ulong Hash)>?> bands,
        Func<int, string>? partition = null, Func<int, bool>? involved = null, Func<int, string>? apart = null)
    {
        involved ??= _ => true;
        var buckets = new Dictionary<(string Partition, int Band, ulong Hash), List<int>>();
        foreach (var create in new[] { true, false })
            for (int i = 0; i < count; i++)
                if (involved(i) == create && bands(i) is { } own) AddTo(buckets, i, partition?.Invoke(i) ?? "", own, create);
        var pairs = new HashSet<(int, int)>();
        foreach (var list in buckets.Values.Where(l => l.Count > 1))
        {
            list.Sort();
            var keys = apart is null ? null : list.Select(apart).ToArray();
            // runEnd[a]: the first position after a whose key differs from a's, so a run of one key is stepped over at once.
            var runEnd = new int[list.Count];
            for (int a = list.Count - 1; a >= 0; a--)
                runEnd[a] = keys is null || a == list.Count - 1 || keys[a + 1] != keys[a] ? a + 1 : runEnd[a + 1];
            for (int a = 0; a < list.Count; a++)
                for (int b = runEnd[a]; b < list.Count; b++)
                    if ((keys is null || keys[a] != keys[b]) && (involved(list[a]) || involved(list[b])))
                        pairs.Add((list[a], list[b]));
        }
        return [.. pairs.Order()];
    }

    static void AddTo(Dictionary<(string, int, ulong), List<int>> buckets, int index, string partition, IEnumerable<(int Band, ulong Hash)> bands, bool create)
    {
        foreach (var (band, hash) in bands)
        {
            if (buckets.TryGetValue((partition, band, hash), out var list)) list.Add(index);
            else if (create) buckets[(partition, band, hash)] = [index];
        }
    }

    /// <summary>FNV-1a over the UTF-16 code units: stable across runs and processes, unlike <see cref="string.GetHashCode()"/>.</summary>
    public static ulong Fnv1a(string text)
    {
        ulong hash = 0xCBF29CE484222325UL;
        foreach (var c in text) hash = (hash ^ c) * 0x100000001B3UL;
        return hash;
    }

    /// <summary>SplitMix64's finaliser: spreads the bits of one 64-bit value over all of them.</summary>
    static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
