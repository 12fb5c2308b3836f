using System.Collections.Concurrent;
using NarrativeLint.Language;

namespace NarrativeLint.Engine.Cache;

/// <summary>
/// One string per distinct word, shared by every token a run keeps past its document's analysis: a corpus has a few
/// hundred thousand distinct words and millions of tokens.
/// </summary>
sealed class WordPool
{
    readonly ConcurrentDictionary<string, string> _words = new(StringComparer.Ordinal);

    public Token Shared(Token token)
    {
        var text = Shared(token.Text);
        var lower = token.Lower == token.Text ? text : Shared(token.Lower);
        var stem = token.Stem == token.Lower ? lower : Shared(token.Stem);
        return token with { Text = text, Lower = lower, Stem = stem };
    }

    string Shared(string word) => _words.GetOrAdd(word, word);
}
