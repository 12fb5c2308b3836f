using System.Collections.Immutable;

namespace NarrativeLint.Language;

/// <summary>What a phrase of the registry stands for: a topic cue, a value breach, a regulated-claim trigger, …</summary>
public enum PhraseRole { Topic, Scope, Breach, Claim, ClaimQualifier, ClaimContext }

/// <summary>A registry phrase: its role, the entry it belongs to (commitment id, value id, claim rule id) and its wording.</summary>
/// <param name="Via">The pack synonym the phrase was found through ("share" for the cue "sell"); null when found as written.</param>
public sealed record Phrase(PhraseRole Role, string OwnerId, string Text, string? Via = null);

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
        /// <summary>The lengths of the keys of <see cref="Next"/>, one bit each (63 for any longer): most tokens start no phrase, which their length alone tells most of the time.</summary>
        public ulong Lengths;
        public List<Phrase>? Phrases;

        public bool TryGetNext(string key, out Node next)
        {
            next = null!;
            return (Lengths & LengthBit(key)) != 0 && Next!.TryGetValue(key, out next!);
        }
    }

    static ulong LengthBit(string key) => 1UL << Math.Min(key.Length, 63);

    readonly Dictionary<string, Node> _roots = new(StringComparer.Ordinal);

    /// <summary>With <see cref="PhraseIndex(LanguagePacks, Func{LanguagePack, IEnumerable{Phrase}})"/>: each language's trie, built when a sentence of it is first matched.</summary>
    readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Node?>>? _built;

    readonly LanguagePacks? _packs;
    readonly Func<LanguagePack, IEnumerable<Phrase>>? _phrasesOf;

    /// <summary>An index phrases are <see cref="Add">added</see> to.</summary>
    public PhraseIndex()
    {
    }

    /// <summary>
    /// An index of every pack's phrases (<paramref name="phrasesOf"/>), each language's stemmed when a sentence of it
    /// is first matched: a run whose documents are in two languages does not compile and stem the other packs.
    /// </summary>
    public PhraseIndex(LanguagePacks packs, Func<LanguagePack, IEnumerable<Phrase>> phrasesOf) =>
        (_packs, _phrasesOf, _built) = (packs, phrasesOf, new(StringComparer.Ordinal));

    /// <summary>Adds <paramref name="phrase"/> for sentences in <paramref name="pack"/>'s language, stemmed by that pack.</summary>
    /// <remarks>
    /// The phrase is indexed under its stems and under its words as written, and a sentence token may match
    /// either way: a light stemmer may cut a base form ("speed" → "spe") differently from an inflection
    /// ("speeds" → "speed"), and one of the two paths still meets. The pack's synonyms of the phrase are indexed
    /// as the same phrase.
    /// </remarks>
    public void Add(LanguagePack pack, Phrase phrase)
    {
        if (_built is not null) throw new InvalidOperationException("This index reads its phrases from its packs.");
        if (!_roots.TryGetValue(pack.Code, out var root)) _roots[pack.Code] = root = new Node();
        Add(root, pack, phrase);
    }

    static void Add(Node root, LanguagePack pack, Phrase phrase)
    {
        AddWording(root, pack, phrase, phrase.Text);
        foreach (var synonym in pack.SynonymsOf(phrase.Text)) AddWording(root, pack, phrase with { Via = synonym }, synonym);
    }

    static void AddWording(Node root, LanguagePack pack, Phrase phrase, string wording)
    {
        var stems = pack.StemPhrase(wording);
        if (stems.IsEmpty) return;
        AddPath(root, stems, phrase);
        var words = pack.Tokenize(wording).Where(t => t.Kind != TokenKind.Punctuation).Select(t => t.Lower).ToImmutableArray();
        if (words.Length == stems.Length && !words.SequenceEqual(stems)) AddPath(root, words, phrase);
    }

    static void AddPath(Node node, ImmutableArray<string> keys, Phrase phrase)
    {
        foreach (var stem in keys)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(stem, out var child)) node.Next[stem] = child = new Node();
            node.Lengths |= LengthBit(stem);
            node = child;
        }
        if (node.Phrases is null || !node.Phrases.Contains(phrase)) (node.Phrases ??= []).Add(phrase);
    }

    /// <summary>Every phrase occurring in the sentence, in token order, overlapping matches included.</summary>
    public ImmutableArray<PhraseMatch> Match(Sentence sentence)
    {
        if (RootOf(sentence.Language) is not { Next: not null } root) return [];
        var tokens = sentence.Tokens;
        // Made for the sentences that hold a phrase: most hold none.
        List<PhraseMatch>? found = null;
        for (int start = 0; start < tokens.Length; start++) Walk(root, tokens, start, start, ref found);
        return found switch
        {
            null => [],
            [var one] => [one],
            _ => found.Distinct().ToImmutableArray(),
        };
    }

    Node? RootOf(string language)
    {
        if (_built is null) return _roots.GetValueOrDefault(language);
        // Looked up first: the factory below is a closure, which every sentence would otherwise allocate.
        if (_built.TryGetValue(language, out var known)) return known.Value;
        return _built.GetOrAdd(language, code => new Lazy<Node?>(() =>
        {
            if (_packs!.All.FirstOrDefault(p => p.Code == code) is not { } pack) return null;
            var root = new Node();
            foreach (var phrase in _phrasesOf!(pack)) Add(root, pack, phrase);
            return root;
        })).Value;
    }

    static void Walk(Node node, ImmutableArray<Token> tokens, int start, int i, ref List<PhraseMatch>? found)
    {
        if (i >= tokens.Length || tokens[i].Kind == TokenKind.Punctuation || node.Next is null) return;
        if (node.TryGetNext(tokens[i].Stem, out var byStem)) Step(byStem, ref found);
        if (tokens[i].Lower != tokens[i].Stem && node.TryGetNext(tokens[i].Lower, out var byWord) && byWord != byStem) Step(byWord, ref found);

        void Step(Node next, ref List<PhraseMatch>? found)
        {
            if (next.Phrases is not null)
                foreach (var phrase in next.Phrases) (found ??= []).Add(new PhraseMatch(phrase, start..(i + 1)));
            Walk(next, tokens, start, i + 1, ref found);
        }
    }
}
