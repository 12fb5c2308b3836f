using System.Collections.Concurrent;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace NarrativeLint.Language;

/// <summary>
/// Light stemming by suffix stripping, from the pack's list: the longest listed suffix that leaves at least
/// the minimum stem length is cut off, once. Only consistency matters ("replies", "reply", "replied" → "repl").
/// With <c>algorithm: snowball</c> the pack's language's Snowball stemmer (Lucene.Net's port) is used instead.
/// </summary>
internal sealed class Stemmer
{
    const int CacheLimit = 200_000;

    readonly string[] suffixes;
    readonly string[] protectedEndings;
    readonly int minStemLength;
    readonly ConcurrentDictionary<string, string> cache = new(StringComparer.Ordinal);
    int cachedCount;
    // Snowball stemmers keep state between calls: one per thread.
    readonly ThreadLocal<SnowballProgram>? snowball;
    /// <summary>
    /// A light stemmer without suffixes (the stand-in of a language without a pack: "ja", "zh") leaves every word as it
    /// is, so it keeps no cache: nearly every word of a text without spaces is a new one, and the cache only grew.
    /// </summary>
    readonly bool leavesWords;

    /// <summary>The Snowball stemmer of each language that has one, by pack code.</summary>
    static readonly IReadOnlyDictionary<string, Func<SnowballProgram>> SnowballStemmers = new Dictionary<string, Func<SnowballProgram>>(StringComparer.Ordinal)
    {
        ["en"] = () => new EnglishStemmer(), ["it"] = () => new ItalianStemmer(), ["ro"] = () => new RomanianStemmer(),
        ["fr"] = () => new FrenchStemmer(), ["es"] = () => new SpanishStemmer(), ["pt"] = () => new PortugueseStemmer(),
        ["de"] = () => new German2Stemmer(), ["nl"] = () => new DutchStemmer(), ["sv"] = () => new SwedishStemmer(),
        ["da"] = () => new DanishStemmer(), ["no"] = () => new NorwegianStemmer(), ["fi"] = () => new FinnishStemmer(),
        ["hu"] = () => new HungarianStemmer(), ["ru"] = () => new RussianStemmer(), ["tr"] = () => new TurkishStemmer(),
    };

    public static IEnumerable<string> SnowballLanguages => SnowballStemmers.Keys;

    public Stemmer(StemmingDefinition definition, string code)
    {
        switch (definition.Algorithm)
        {
            case "light":
                break;
            case "snowball" when SnowballStemmers.TryGetValue(code, out var create):
                snowball = new ThreadLocal<SnowballProgram>(create);
                break;
            case "snowball":
                throw new InvalidDataException($"There is no Snowball stemmer for '{code}'; write algorithm: light (Snowball knows {string.Join(", ", SnowballStemmers.Keys.Order())}).");
            default:
                throw new InvalidDataException($"Unknown stemming algorithm '{definition.Algorithm}' in a language pack: write light or snowball.");
        }
        // Longest first whatever the file's order, so "-ations" is tried before "-s".
        suffixes = definition.Suffixes.Where(s => s.Length > 0).Select(s => s.ToLowerInvariant())
            .OrderByDescending(s => s.Length).ToArray();
        protectedEndings = definition.ProtectedEndings.Select(s => s.ToLowerInvariant()).ToArray();
        minStemLength = Math.Max(1, definition.MinStemLength);
        leavesWords = snowball is null && suffixes.Length == 0;
    }

    /// <summary>The stem of a lower-cased word.</summary>
    public string Stem(string lower)
    {
        if (lower.Length <= minStemLength || leavesWords) return lower;
        if (cache.TryGetValue(lower, out var cached)) return cached;
        var stem = Strip(lower);
        // A counter, not the dictionary's Count, which takes every lock of the dictionary.
        if (Volatile.Read(ref cachedCount) < CacheLimit && cache.TryAdd(lower, stem)) Interlocked.Increment(ref cachedCount);
        return stem;
    }

    string Strip(string lower)
    {
        if (snowball is not null)
        {
            var program = snowball.Value!;
            program.SetCurrent(lower);
            program.Stem();
            return program.Current;
        }
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
