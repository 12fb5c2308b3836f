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
        /// <summary>A regulated claim's phrase goes on from here: an article or possessive of the text may stand before its next word.</summary>
        public bool SkipsDeterminers;
        /// <summary>On a language's root: the pack's articles and possessives (<see cref="LanguagePack.IsDeterminer"/>).</summary>
        public LanguagePack? Pack;

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
        root.Pack ??= pack;
        AddWording(root, pack, phrase, phrase.Text);
        foreach (var synonym in pack.SynonymsOf(phrase.Text)) AddWording(root, pack, phrase with { Via = synonym }, synonym);
    }

    /// <summary>
    /// A regulated claim is the same claim whatever article or possessive it is said with ("boosts the immune system",
    /// "boosts your immune system", "refuerza tus defensas"): its phrase is indexed without them after its first word,
    /// and a match may step over them there. Other phrases (a commitment's cue "your data") keep their words as written.
    /// </summary>
    static bool DeterminersFree(Phrase phrase) => phrase.Role is PhraseRole.Claim or PhraseRole.ClaimQualifier or PhraseRole.ClaimContext;

    static void AddWording(Node root, LanguagePack pack, Phrase phrase, string wording)
    {
        var tokens = pack.Tokenize(wording).Where(t => t.Kind != TokenKind.Punctuation).ToList();
        // One the phrase opens with stays: the match keeps its span ("the greenest"), and the phrase its first word.
        bool skips = DeterminersFree(phrase) && tokens.Count > 1;
        if (skips) tokens = [tokens[0], .. tokens.Skip(1).Where(t => !pack.IsDeterminer(t.Lower))];
        var stems = tokens.Where(t => t.Kind is TokenKind.Word or TokenKind.Number).Select(t => t.Stem).ToImmutableArray();
        if (stems.IsEmpty) return;
        AddPath(root, stems, phrase, skips);
        var words = tokens.Select(t => t.Lower).ToImmutableArray();
        if (words.Length == stems.Length && !words.SequenceEqual(stems)) AddPath(root, words, phrase, skips);
    }

    static void AddPath(Node node, ImmutableArray<string> keys, Phrase phrase, bool skipsDeterminers)
    {
        for (int k = 0; k < keys.Length; k++)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(keys[k], out var child)) node.Next[keys[k]] = child = new Node();
            node.Lengths |= LengthBit(keys[k]);
            node = child;
            if (skipsDeterminers && k < keys.Length - 1) node.SkipsDeterminers = true;
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
        for (int start = 0; start < tokens.Length; start++) Walk(root, root.Pack, tokens, start, start, stepped: false, ref found);
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
            var root = new Node { Pack = pack };
            foreach (var phrase in _phrasesOf!(pack)) Add(root, pack, phrase);
            return root;
        })).Value;
    }

    /// <param name="stepped">Whether an article or possessive of the text was stepped over: then only a regulated claim's phrase matches.</param>
    static void Walk(Node node, LanguagePack? pack, ImmutableArray<Token> tokens, int start, int i, bool stepped, ref List<PhraseMatch>? found)
    {
        if (i >= tokens.Length || tokens[i].Kind == TokenKind.Punctuation || node.Next is null) return;
        if (node.TryGetNext(tokens[i].Stem, out var byStem)) Step(byStem, ref found);
        if (tokens[i].Lower != tokens[i].Stem && node.TryGetNext(tokens[i].Lower, out var byWord) && byWord != byStem) Step(byWord, ref found);
        if (node.SkipsDeterminers && pack is not null && pack.IsDeterminer(tokens[i].Lower)) Walk(node, pack, tokens, start, i + 1, stepped: true, ref found);

        void Step(Node next, ref List<PhraseMatch>? found)
        {
            if (next.Phrases is not null)
                foreach (var phrase in next.Phrases)
                    if (!stepped || DeterminersFree(phrase)) (found ??= []).Add(new PhraseMatch(phrase, start..(i + 1)));
            Walk(next, pack, tokens, start, i + 1, stepped, ref found);
        }
    }
}
