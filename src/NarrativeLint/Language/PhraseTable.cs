namespace NarrativeLint.Language;

/// <summary>
/// Word phrases from a language pack ("business days", "în cel mult", "/month") matched against a sentence's
/// tokens by their lower-cased form. The longest phrase wins. A phrase word "{past-year}" matches a year
/// before the current one ("until 2023").
/// </summary>
internal sealed class PhraseTable<T>
{
    internal const string PastYear = "{past-year}";

    sealed record Entry(string[] Words, T Value);

    readonly Dictionary<string, Entry[]> byFirst;
    readonly Dictionary<string, Entry[]> byLast;
    /// <summary>
    /// The lengths of the first and of the last words, one bit each (63 for any longer): nearly every token is asked of
    /// several tables and is the first word of none, which its length alone tells most of the time without hashing it.
    /// </summary>
    readonly ulong firstLengths, lastLengths;
    readonly int currentYear;

    public PhraseTable(IEnumerable<(string[] Words, T Value)> phrases, int? currentYear = null)
    {
        var entries = phrases.Where(p => p.Words.Length > 0).Select(p => new Entry(p.Words, p.Value)).ToList();
        byFirst = Index(entries, e => e.Words[0]);
        byLast = Index(entries, e => e.Words[^1]);
        firstLengths = Lengths(byFirst.Keys);
        lastLengths = Lengths(byLast.Keys);
        this.currentYear = currentYear ?? DateTime.Today.Year;
    }

    static Dictionary<string, Entry[]> Index(List<Entry> entries, Func<Entry, string> key)
        => entries.GroupBy(key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.Ordinal);

    static ulong Lengths(IEnumerable<string> words) => words.Aggregate(0UL, (lengths, word) => lengths | LengthBit(word));

    static ulong LengthBit(string word) => 1UL << Math.Min(word.Length, 63);

    public bool IsEmpty => byFirst.Count == 0;

    /// <summary>The longest phrase starting at token <paramref name="index"/>.</summary>
    public bool TryMatchAt(ReadOnlySpan<Token> tokens, int index, out int length, out T value)
    {
        length = 0;
        value = default!;
        if ((uint)index >= (uint)tokens.Length) return false;
        var first = tokens[index].Lower;
        if ((firstLengths & LengthBit(first)) == 0 || !byFirst.TryGetValue(first, out var candidates)) return false;
        foreach (var entry in candidates)
        {
            if (Matches(tokens, index, entry.Words))
            {
                length = entry.Words.Length;
                value = entry.Value;
                return true;
            }
        }
        return false;
    }

    /// <summary>The longest phrase ending just before token <paramref name="end"/>.</summary>
    public bool TryMatchEndingAt(ReadOnlySpan<Token> tokens, int end, out int start, out T value)
    {
        start = end;
        value = default!;
        if (end <= 0 || end > tokens.Length) return false;
        var last = tokens[end - 1];
        Entry? best = null;
        if ((lastLengths & LengthBit(last.Lower)) != 0 && byLast.TryGetValue(last.Lower, out var candidates)) best = Longest(tokens, end, candidates);
        if (last.Kind == TokenKind.Number && byLast.TryGetValue(PastYear, out var yearCandidates))
        {
            var other = Longest(tokens, end, yearCandidates);
            if (other is not null && (best is null || other.Words.Length > best.Words.Length)) best = other;
        }
        if (best is null) return false;
        start = end - best.Words.Length;
        value = best.Value;
        return true;
    }

    Entry? Longest(ReadOnlySpan<Token> tokens, int end, Entry[] candidates)
    {
        foreach (var entry in candidates)
        {
            var start = end - entry.Words.Length;
            if (start >= 0 && Matches(tokens, start, entry.Words)) return entry;
        }
        return null;
    }

    bool Matches(ReadOnlySpan<Token> tokens, int start, string[] words)
    {
        if (start + words.Length > tokens.Length) return false;
        for (var k = 0; k < words.Length; k++)
        {
            var token = tokens[start + k];
            if (ReferenceEquals(words[k], PastYear) || words[k] == PastYear)
            {
                if (!IsPastYear(token)) return false;
            }
            else if (!string.Equals(token.Lower, words[k], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    bool IsPastYear(Token token)
        => token.Kind == TokenKind.Number && token.Text.Length == 4
           && int.TryParse(token.Text, out var year) && year >= 1900 && year < currentYear;
}
