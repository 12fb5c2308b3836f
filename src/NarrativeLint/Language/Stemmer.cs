using System.Collections.Concurrent;

namespace NarrativeLint.Language;

/// <summary>
/// Light stemming by suffix stripping, from the pack's list: the longest listed suffix that leaves at least
/// the minimum stem length is cut off, once. Only consistency matters ("replies", "reply", "replied" → "repl").
/// </summary>
internal sealed class Stemmer
{
    const int CacheLimit = 200_000;

    readonly string[] suffixes;
    readonly string[] protectedEndings;
    readonly int minStemLength;
    readonly ConcurrentDictionary<string, string> cache = new(StringComparer.Ordinal);

    public Stemmer(StemmingDefinition definition)
    {
        // Longest first whatever the file's order, so "-ations" is tried before "-s".
        suffixes = definition.Suffixes.Where(s => s.Length > 0).Select(s => s.ToLowerInvariant())
            .OrderByDescending(s => s.Length).ToArray();
        protectedEndings = definition.ProtectedEndings.Select(s => s.ToLowerInvariant()).ToArray();
        minStemLength = Math.Max(1, definition.MinStemLength);
    }

    /// <summary>The stem of a lower-cased word.</summary>
    public string Stem(string lower)
    {
        if (lower.Length <= minStemLength) return lower;
        if (cache.TryGetValue(lower, out var cached)) return cached;
        var stem = Strip(lower);
        if (cache.Count < CacheLimit) cache.TryAdd(lower, stem);
        return stem;
    }

    string Strip(string lower)
    {
        foreach (var ending in protectedEndings)
            if (lower.EndsWith(ending, StringComparison.Ordinal)) return lower;
        foreach (var suffix in suffixes)
        {
            if (lower.Length - suffix.Length >= minStemLength && lower.EndsWith(suffix, StringComparison.Ordinal))
                return lower[..^suffix.Length];
        }
        return lower;
    }
}
