using System.Collections.Concurrent;

namespace NarrativeLint.Analyzers;

/// <summary>
/// One string per distinct word, shared by every string a run reads back from the cache: a corpus has a few hundred
/// thousand distinct words and millions of them. Only short strings (words)
/// are pooled, so a long-lived engine (the language server's) does not keep every edited paragraph.
/// </summary>
sealed class WordPool
{
    /// <summary>Longer strings are sentences and paragraphs, which repeat rarely.</summary>
    public const int LongestWord = 48;

    /// <summary>
    /// More distinct words than a corpus has: past it a word is not pooled, so a long-lived engine (the language
    /// server's, reading cache entries as the workspace changes) does not grow the pool without end.
    /// </summary>
    const int MostWords = 1_000_000;

    readonly ConcurrentDictionary<string, string> _words = new(StringComparer.Ordinal);
    /// <summary>A counter, not the dictionary's Count, which takes every lock of the dictionary.</summary>
    int _count;
    readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public WordPool() => _bySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pooled string with these characters, made only the first time they are met.</summary>
    public string Shared(ReadOnlySpan<char> word)
    {
        if (word.Length > LongestWord) return new string(word);
        if (_bySpan.TryGetValue(word, out var shared)) return shared;
        return Added(new string(word));
    }

    string Added(string word)
    {
        if (Volatile.Read(ref _count) >= MostWords) return word;
        if (_words.TryAdd(word, word))
        {
            Interlocked.Increment(ref _count);
            return word;
        }
        return _words.TryGetValue(word, out var shared) ? shared : word;
    }
}
