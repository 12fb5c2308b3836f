using System.Collections.Immutable;

namespace NarrativeLint.Language;

/// <summary>What a phrase of the registry stands for: a topic cue, a value breach, a regulated-claim trigger, …</summary>
public enum PhraseRole { Topic, Breach, Claim, ClaimQualifier }

/// <summary>A registry phrase: its role, the entry it belongs to (commitment id, value id, claim rule id) and its wording.</summary>
public sealed record Phrase(PhraseRole Role, string OwnerId, string Text);

/// <summary>A phrase found in a sentence, with the token range it covers.</summary>
public readonly record struct PhraseMatch(Phrase Phrase, Range Tokens)
{
    public int TokenCount(int sentenceLength) => Tokens.GetOffsetAndLength(sentenceLength).Length;
}

/// <summary>
/// Finds every registry phrase of a sentence in one left-to-right pass over its stems: a trie per
/// language, so the cost grows with the sentence, not with the number of commitments or rules.
/// </summary>
public sealed class PhraseIndex
{
    sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public List<Phrase>? Phrases;
    }

    readonly Dictionary<string, Node> _roots = new(StringComparer.Ordinal);

    /// <summary>Adds <paramref name="phrase"/> for sentences in <paramref name="pack"/>'s language, stemmed by that pack.</summary>
    public void Add(LanguagePack pack, Phrase phrase)
    {
        var stems = pack.StemPhrase(phrase.Text);
        if (stems.IsEmpty) return;
        if (!_roots.TryGetValue(pack.Code, out var node)) _roots[pack.Code] = node = new Node();
        foreach (var stem in stems)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(stem, out var child)) node.Next[stem] = child = new Node();
            node = child;
        }
        (node.Phrases ??= []).Add(phrase);
    }

    /// <summary>Every phrase occurring in the sentence, in token order, overlapping matches included.</summary>
    public ImmutableArray<PhraseMatch> Match(Sentence sentence)
    {
        if (!_roots.TryGetValue(sentence.Language, out var root) || root.Next is null) return [];
        var tokens = sentence.Tokens;
        ImmutableArray<PhraseMatch>.Builder? found = null;
        for (int start = 0; start < tokens.Length; start++)
        {
            var node = root;
            for (int i = start; i < tokens.Length; i++)
            {
                if (tokens[i].Kind == TokenKind.Punctuation) break;
                if (node.Next is null || !node.Next.TryGetValue(tokens[i].Stem, out node)) break;
                if (node.Phrases is null) continue;
                found ??= ImmutableArray.CreateBuilder<PhraseMatch>();
                foreach (var phrase in node.Phrases) found.Add(new PhraseMatch(phrase, start..(i + 1)));
            }
        }
        return found?.ToImmutable() ?? [];
    }
}
