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

    /// <summary>The band buckets of a set: (band, hash of the band's minimums).</summary>
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
    /// The pairs of sets (by index, lower first, each once) that share a band bucket within their partition: the
    /// candidates worth comparing exactly. A null set takes no part. Sets with the same <paramref name="apart"/> key
    /// (statements of one document) are never paired; when such sets have neighbouring indices, as sets sorted by that
    /// key do, a bucket full of them costs one step per set rather than one per pair.
    /// </summary>
    public static IEnumerable<(int First, int Second)> CandidatePairs(int count, Func<int, IEnumerable<string>?> sets,
        Func<int, string>? partition = null, Func<int, string>? apart = null)
    {
        var buckets = new Dictionary<(string Partition, int Band, ulong Hash), List<int>>();
        for (int i = 0; i < count; i++)
        {
            if (sets(i) is not { } set) continue;
            var within = partition?.Invoke(i) ?? "";
            foreach (var (band, hash) in BandsOf(set))
            {
                if (!buckets.TryGetValue((within, band, hash), out var list)) buckets[(within, band, hash)] = list = [];
                list.Add(i);
            }
        }
        var seen = new HashSet<(int, int)>();
        foreach (var list in buckets.Values.Where(l => l.Count > 1))
        {
            var keys = apart is null ? null : list.Select(apart).ToArray();
            // runEnd[a]: the first position after a whose key differs from a's, so a run of one key is stepped over at once.
            var runEnd = new int[list.Count];
            for (int a = list.Count - 1; a >= 0; a--)
                runEnd[a] = keys is null || a == list.Count - 1 || keys[a + 1] != keys[a] ? a + 1 : runEnd[a + 1];
            for (int a = 0; a < list.Count; a++)
                for (int b = runEnd[a]; b < list.Count; b++)
                    if ((keys is null || keys[a] != keys[b]) && seen.Add((list[a], list[b]))) yield return (list[a], list[b]);
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
