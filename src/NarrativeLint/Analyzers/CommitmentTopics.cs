using Microsoft.CodeAnalysis.Text;
using System.Collections.Immutable;
using NarrativeLint.Language;
using NarrativeLint.Registry;
using NarrativeLint.Text;

namespace NarrativeLint.Analyzers;

/// <summary>The commitments a sentence speaks about, with the topic cues that placed it there.</summary>
/// <param name="FromContext">The cues are those of the sentence before (a short sentence leaning on it), not of this one.</param>
/// <remarks>Build a new one rather than <c>with { Cues = … }</c>: the independent cues are computed from the cues when it is made.</remarks>
internal sealed record TopicEvidence(Commitment Commitment, ImmutableArray<PhraseMatch> Cues, int TokenCount, bool FromContext = false)
{
    /// <summary>Distinct cue phrases matched; one cue repeated does not make a sentence more about a topic.</summary>
    public int DistinctCues => Cues.Select(c => c.Phrase.Text).Distinct(StringComparer.OrdinalIgnoreCase).Count();

    /// <summary>Cue matches that do not overlap a longer one: "personal data" counts once, not again as "data".</summary>
    public ImmutableArray<PhraseMatch> IndependentCues { get; } = Independent(Cues, TokenCount);

    /// <summary>Independent cues counted once per wording: "Unlimited means unlimited" is one cue, not two.</summary>
    public int DistinctIndependentCues => IndependentCues.Select(c => c.Phrase.Text).Distinct(StringComparer.OrdinalIgnoreCase).Count();

    /// <summary>Whether a cue that names something (a product, "Velocell Start") placed the sentence here.</summary>
    public bool NamedByCue(LanguagePack pack) => Cues.Any(c => pack.IsName(c.Phrase.Text));

    /// <summary>Tokens between the tokens [<paramref name="first"/>, <paramref name="end"/>) of the sentence and the nearest cue; 0 when one overlaps them.</summary>
    public int WordsFrom(int first, int end) => Cues.Min(c =>
    {
        var (start, count) = c.Tokens.GetOffsetAndLength(TokenCount);
        return start >= end ? start - end : first >= start + count ? first - (start + count) : 0;
    });

    /// <summary>Tokens covered by independent cues.</summary>
    public int CoveredTokens => IndependentCues.Sum(c => c.TokenCount(TokenCount));

    static ImmutableArray<PhraseMatch> Independent(ImmutableArray<PhraseMatch> cues, int tokenCount)
    {
        var taken = new bool[tokenCount];
        var kept = ImmutableArray.CreateBuilder<PhraseMatch>();
        foreach (var cue in cues.OrderByDescending(c => c.TokenCount(tokenCount)))
        {
            var (start, length) = cue.Tokens.GetOffsetAndLength(tokenCount);
            if (Enumerable.Range(start, length).Any(i => taken[i])) continue;
            for (int i = start; i < start + length; i++) taken[i] = true;
            kept.Add(cue);
        }
        return kept.ToImmutable();
    }
}

/// <summary>What a sentence and its context show of the products, plans or channels a commitment is limited to.</summary>
internal enum ScopeEvidence
{
    /// <summary>The commitment holds for everything the brand does.</summary>
    Unscoped,
    /// <summary>The sentence names one of them.</summary>
    Named,
    /// <summary>The sentence before it or its heading names one of them.</summary>
    NamedNearby,
    /// <summary>Nothing near names any product of the registry's scopes: the sentence may be about it, or not.</summary>
    Unnamed,
    /// <summary>The sentence, or else its context, names another commitment's product and none of this one's.</summary>
    Elsewhere,
}

/// <summary>Places sentences on commitments by their topic cues.</summary>
internal sealed class CommitmentTopics
{
    /// <summary>Sentences this short may take their topic from the sentence before ("The fee is €180.").</summary>
    const int ShortSentenceTokens = 16;

    readonly Dictionary<string, Commitment> _byId;
    readonly Dictionary<string, ImmutableArray<Fact>> _facts;
    readonly IReadOnlySet<string> _brandWords;
    readonly Dictionary<(string Commitment, Fact Fact), CountAnchor> _anchors = [];
    /// <summary>Per commitment, its scope's phrases in every language, so a plan another commitment also names ("Business") counts as its own.</summary>
    readonly Dictionary<string, HashSet<string>> _scopes;
    /// <summary>Every scope phrase of the registry, for telling a product it names from one it does not.</summary>
    readonly HashSet<string> _allScopes;
    /// <summary>
    /// The first word of the registry's scope names of two words or more ("Club" of "Club Gold"): like the brand's name,
    /// it opens the name of a product, so "Club Fresh" is one the registry does not scope.
    /// </summary>
    readonly HashSet<string> _productFamilies;

    /// <summary>The pack statements are read with, and each statement's tokens: what a promise's words are, for telling another thing it does not name.</summary>
    readonly LanguagePack _statementPack;
    readonly Dictionary<string, Token[]> _statementTokens;

    /// <summary>The percentage facts whose statement says they are a share of time ("available at least 99.8% of every calendar month").</summary>
    readonly HashSet<(string Commitment, Fact Fact)> _shareOfTime;

    /// <summary>The roles each commitment's statement names as acting ("Our pharmacists answer…"): who keeps the promise.</summary>
    readonly Dictionary<string, HashSet<string>> _roles;

    /// <param name="statementLanguage">The pack commitment statements are read with: the registry's first language.</param>
    public CommitmentTopics(BrandRegistry registry, LanguagePack statementLanguage, IReadOnlySet<string> brandWords)
    {
        _byId = registry.Commitments
            .GroupBy(c => c.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _brandWords = brandWords;
        _scopes = _byId.Values.ToDictionary(c => c.Id, c => c.Scope.Values.SelectMany(v => v).ToHashSet(StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal);
        _allScopes = _scopes.Values.SelectMany(v => v).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _productFamilies = _allScopes.Select(name => name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(words => words.Length >= 2 && words[0].Length > 0 && char.IsUpper(words[0][0]) && !brandWords.Contains(words[0]))
            .Select(words => words[0]).ToHashSet(StringComparer.Ordinal);
        _registryNames = _byId.Values.SelectMany(c => c.Topic.Values.SelectMany(v => v).Concat(c.Scope.Values.SelectMany(v => v)))
            .SelectMany(name => name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(word => word.Length > 0 && char.IsUpper(word[0]) && !brandWords.Contains(word)).ToHashSet(StringComparer.Ordinal);
        // Each statement is annotated once; its facts, roles and anchors are all read from those sentences.
        var statements = _byId.Values.ToDictionary(c => c.Id, c => statementLanguage.Annotate(c.Statement), StringComparer.Ordinal);
        _facts = _byId.Values.ToDictionary(c => c.Id, c => StatementFacts.Of(c, statements[c.Id]), StringComparer.Ordinal);
        _statementPack = statementLanguage;
        _statementTokens = statements.ToDictionary(p => p.Key, p => p.Value.SelectMany(s => s.Tokens.ToArray()).ToArray(), StringComparer.Ordinal);
        _roles = _statementTokens.ToDictionary(p => p.Key, p => p.Value.Select(statementLanguage.RoleOf).OfType<string>().ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var commitment in _byId.Values)
            foreach (var fact in FactsOf(commitment).Where(f => f.Kind is QuantityKind.Number or QuantityKind.Duration or QuantityKind.Version))
                _anchors[(commitment.Id, fact)] = CountAnchor.In(statements[commitment.Id], fact, statementLanguage);
        foreach (var commitment in _byId.Values)
            foreach (var fact in FactsOf(commitment))
                foreach (var sentence in statements[commitment.Id])
                    if (sentence.Quantities.FirstOrDefault(q => FactComparison.SameValue(q, fact)) is { } value && ComparedObject(statementLanguage, sentence, value) is { Count: > 0 } compared)
                        _changes[(commitment.Id, fact)] = compared;
        _shareOfTime = [.. _byId.Values.SelectMany(c => FactsOf(c).Where(f => f.Kind == QuantityKind.Percentage
            && statements[c.Id].Any(s => s.Quantities.Any(q => q.Kind == QuantityKind.Percentage && FactComparison.SameValue(q, f) && statementLanguage.SharedBy(s, q).OfTime)))
            .Select(f => (c.Id, f)))];
    }

    /// <summary>
    /// The facts whose statement tells them as a difference ("get 25% off every client subscription"), with what the
    /// difference is taken from ("client", "subscript"): a discount is a level of its own, so "fifteen per cent off each
    /// client subscription" restates it with another value, while "50% off their own licence" is another discount.
    /// </summary>
    readonly Dictionary<(string Commitment, Fact Fact), HashSet<string>> _changes = [];

    /// <summary>How many words after a comparative may name what a difference is taken from ("off every client subscription").</summary>
    const int ComparedWords = 3;

    /// <summary>
    /// The stems and concepts of the words a comparative right after the quantity takes its difference from ("off every
    /// client subscription": "client", "subscript", "customer"), in its clause; null when no comparative follows.
    /// </summary>
    static HashSet<string>? ComparedObject(LanguagePack pack, Sentence sentence, Quantity quantity)
    {
        var tokens = sentence.Tokens;
        int next = sentence.TokenAt(quantity.Span.End);
        if (!sentence.Cues.Any(c => c.Kind == CueKind.Comparative && c.Tokens.Start.GetOffset(tokens.Length) == next)) return null;
        var compared = new HashSet<string>(StringComparer.Ordinal);
        if (pack.ClauseBoundaryAmong(sentence, next, next + 1)) return compared;
        // A clause boundary at each word as it is reached, not over the whole stretch again: skipped words are not counted.
        for (int i = next + 1, seen = 0; i < tokens.Length && seen < ComparedWords && !pack.ClauseBoundaryAmong(sentence, i, i + 1); i++)
        {
            if (!NamesAThing(pack, tokens[i]) || pack.IsOwnVoice(sentence, i) || pack.IsPrepositionAt(sentence, i)) continue;
            seen++;
            compared.Add(tokens[i].Stem);
            if (pack.ConceptOf(tokens[i]) is { } concept) compared.Add(concept);
        }
        return compared;
    }

    /// <summary>Whether a difference the text tells ("15% off", taken from <paramref name="compared"/>) is one the fact's statement tells too, taken from the same thing.</summary>
    bool SameDifference(Commitment commitment, Fact fact, HashSet<string>? compared) =>
        compared is not null && _changes.TryGetValue((commitment.Id, fact), out var promised) && compared.Overlaps(promised);

    /// <summary>The commitment's facts: those the registry lists, and those its statement states in words.</summary>
    public ImmutableArray<Fact> FactsOf(Commitment commitment) => _facts.TryGetValue(commitment.Id, out var facts) ? facts : commitment.Facts;

    /// <summary>Whether another commitment of the registry lists the phrase among its topic cues, in any language.</summary>
    public bool IsCueOfAnother(string phrase, Commitment commitment) =>
        _byId.Values.Any(other => !ReferenceEquals(other, commitment) && other.Topic.Values.Any(cues => cues.Contains(phrase, StringComparer.OrdinalIgnoreCase)));

    public Commitment? Find(string id) => id is not null && _byId.TryGetValue(id, out var c) ? c : null;

    /// <summary>Every commitment the sentence has a topic cue of and is not about another product of, strongest evidence first.</summary>
    public ImmutableArray<TopicEvidence> Of(AnalyzedSentence sentence) => InScope(sentence, Evidence(sentence));

    /// <summary>
    /// Like <see cref="Of"/>, but a short sentence without topic cues of its own takes those of the sentence
    /// before it in the same unit ("…an exit penalty applies. The fee is €180." is about the exit fee), or else
    /// those of its heading ("## Support" above "Allow 3 business days.").
    /// </summary>
    public ImmutableArray<TopicEvidence> OfInContext(AnalyzedSentence sentence)
    {
        var own = Evidence(sentence);
        if (!own.IsEmpty || sentence.Sentence.Tokens.Length > ShortSentenceTokens || NamesSomething(sentence)) return InScope(sentence, own);
        // A table cell takes what it is about from its column's header before its row's first cell ("Monthly price" above "€4.49").
        foreach (var context in sentence.Segment.Kind == SegmentKind.TableCell ? new[] { sentence.Heading, sentence.Previous } : new[] { sentence.Previous, sentence.Heading })
            if (context is not null && !AboveTheTable(sentence, context) && Evidence(context) is { IsEmpty: false } borrowed)
                return context.Segment.Kind is SegmentKind.Heading or SegmentKind.Title && NamesSeveralTopics(borrowed)
                    ? own
                    : InScope(sentence, [.. borrowed.Select(e => e with { FromContext = true })]);
        return own;
    }

    /// <summary>
    /// Whether the context is the section heading above the table a body cell sits in, and neither the cell's row label
    /// nor its column header names anything of the registry: the heading says what the table is about as a whole
    /// ("Shipping and returns"), while what one value measures is told by its row and column ("Italy", "Standard": a
    /// delivery time, not the returns window). A row that names a product ("Tessera Fibra (rural)" under "Activation
    /// timelines") still reads its value by the heading, and so does a column headed by a length of time in general (the
    /// packs' <c>duration-nouns</c>: "Jackets | 30 days" under "Returns" and the column "Window" is the returns window).
    /// </summary>
    static bool AboveTheTable(AnalyzedSentence cell, AnalyzedSentence context) =>
        cell.Segment.Cell is { Row: > 0, Column: > 0 } place && cell.Table is { } table
        && context.Segment.Kind is SegmentKind.Heading or SegmentKind.Title or SegmentKind.Subject
        && !NamesTheRegistry(table.RowLabel(place.Row)) && !NamesTheRegistry(table.ColumnHeader(place.Column))
        && table.ColumnHeader(place.Column)?.Sentence.Tokens.Any(t => t.Kind == TokenKind.Word && cell.Pack.IsDurationNoun(t)) != true;

    static bool NamesTheRegistry(AnalyzedSentence? label) => label is not null && label.Phrases.Any(p => p.Phrase.Role is PhraseRole.Topic or PhraseRole.Scope);

    /// <summary>
    /// Whether a section heading names several commitments' topics by different words ("Shipping and returns"): it
    /// does not tell which one a bare value under it is about ("2–3 working days" in a table of delivery times). One
    /// word that places several ("Curanta Plus", a plan with a price and a discount) still says what the section is about.
    /// </summary>
    static bool NamesSeveralTopics(ImmutableArray<TopicEvidence> evidence)
    {
        var shared = evidence[0].Cues.Select(c => c.Tokens.Start.Value).ToHashSet();
        foreach (var other in evidence.Skip(1))
            if (!ReferenceEquals(other.Commitment, evidence[0].Commitment)) shared.IntersectWith(other.Cues.Select(c => c.Tokens.Start.Value));
        return shared.Count == 0;
    }

    /// <remarks>Loops, not lambdas: asked of every sentence by several rules, and most have no topic or only unscoped ones.</remarks>
    ImmutableArray<TopicEvidence> InScope(AnalyzedSentence sentence, ImmutableArray<TopicEvidence> topics)
    {
        bool scoped = false;
        foreach (var topic in topics) scoped |= !topic.Commitment.Scope.IsEmpty;
        if (!scoped) return topics;
        var inScope = ImmutableArray.CreateBuilder<TopicEvidence>(topics.Length);
        foreach (var topic in topics)
            if (ScopeOf(sentence, topic.Commitment) != ScopeEvidence.Elsewhere) inScope.Add(topic);
        return inScope.DrainToImmutable();
    }

    /// <summary>
    /// Whether a sentence speaks of the products, plans or channels a commitment is limited to (its <c>scope:</c>):
    /// the sentence itself decides when it names one of the registry's scopes, else the sentence before it, else its
    /// heading. "Nubira Cache keeps data 7 days" is not held to a retention promise about Nubira Vault.
    /// </summary>
    public ScopeEvidence ScopeOf(AnalyzedSentence sentence, Commitment commitment)
    {
        if (commitment.Scope.IsEmpty) return ScopeEvidence.Unscoped;
        var own = _scopes[commitment.Id];
        foreach (var place in new[] { sentence, sentence.Previous, sentence.Heading })
        {
            if (place is null) continue;
            bool named = false, other = false;
            foreach (var match in place.Phrases)
                if (match.Phrase.Role == PhraseRole.Scope)
                    if (own.Contains(match.Phrase.Text)) named = true; else other = true;
            if (named) return place == sentence ? ScopeEvidence.Named : ScopeEvidence.NamedNearby;
            if (other || NamesAnotherProduct(place) || NamesAnotherKind(place, commitment)) return ScopeEvidence.Elsewhere;
        }
        return ScopeEvidence.Unnamed;
    }

    /// <summary>
    /// Whether the sentence names the commitment's scope in a clause other than every one of <paramref name="cues"/>:
    /// "Vita gummies contain palm oil; our Essentials range never does" names Essentials where it keeps the promise,
    /// and tells the act of something else.
    /// </summary>
    public bool ScopeNamedOnlyElsewhere(AnalyzedSentence sentence, Commitment commitment, IReadOnlyList<PhraseMatch> cues)
    {
        if (commitment.Scope.IsEmpty || cues.Count == 0) return false;
        var own = _scopes[commitment.Id];
        int length = sentence.Sentence.Tokens.Length;
        bool named = false;
        foreach (var match in sentence.Phrases)
        {
            if (match.Phrase.Role != PhraseRole.Scope || !own.Contains(match.Phrase.Text)) continue;
            named = true;
            int at = match.Tokens.Start.GetOffset(length);
            foreach (var cue in cues)
            {
                int start = cue.Tokens.Start.GetOffset(length);
                if (!sentence.Pack.ClauseBoundaryAmong(sentence.Sentence, Math.Min(at, start), Math.Max(at, start))) return false;
            }
        }
        return named;
    }

    /// <summary>
    /// Whether the sentence names another kind of what the scope limits the promise to: the scope's noun with another
    /// word saying which kind ("Alpha metrics" beside a promise about "stable metrics", "metriche sperimentali" beside
    /// "metriche stabili", where the pack puts that word after the noun). A promise about stable metrics says nothing
    /// of alpha ones.
    /// </summary>
    bool NamesAnotherKind(AnalyzedSentence sentence, Commitment commitment)
    {
        bool after = sentence.Pack.ModifiersAfterNoun;
        // Names ("Nubira DB", "Business plan") are products, which NamesAnotherProduct tells apart; kinds are common nouns.
        var kinds = _scopeKinds.GetOrAdd((commitment.Id, sentence.Pack.Code), _ => [.. _scopes[commitment.Id]
            .Where(phrase => !sentence.Pack.IsName(phrase)).Select(sentence.Pack.StemPhrase).Where(stems => stems.Length >= 2)
            .Select(stems => after ? (Head: stems[0], Modifiers: stems[1..].ToHashSet(StringComparer.Ordinal)) : (Head: stems[^1], Modifiers: stems[..^1].ToHashSet(StringComparer.Ordinal)))]);
        if (kinds.Length == 0) return false;
        var tokens = sentence.Sentence.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            int modifier = after ? i + 1 : i - 1;
            if (modifier < 0 || modifier >= tokens.Length) continue;
            foreach (var (head, modifiers) in kinds)
                if (tokens[i].Stem == head && tokens[modifier].Kind == TokenKind.Word && !sentence.Pack.FunctionWords.Contains(tokens[modifier].Lower)
                    && !modifiers.Contains(tokens[modifier].Stem) && !_brandWords.Contains(tokens[modifier].Text))
                    return true;
        }
        return false;
    }

    /// <summary>Per commitment and language, the scope phrases of two words or more as their last word's stem and the stems before it.</summary>
    readonly System.Collections.Concurrent.ConcurrentDictionary<(string Commitment, string Language), (string Head, HashSet<string> Modifiers)[]> _scopeKinds = new();

    /// <summary>
    /// Whether the sentence names a product of the brand that no scope of the registry names: the brand's name and a
    /// name of its own after it ("Curanta Family" beside a promise scoped to "Curanta Plus"; "Club Fresh" beside "Club Gold"). A registry need not
    /// list every product to keep a scoped promise off the others.
    /// </summary>
    bool NamesAnotherProduct(AnalyzedSentence sentence, Commitment? besides = null)
    {
        for (int i = 0; i + 1 < sentence.Sentence.Tokens.Length; i++)
            if (AnotherProductAt(sentence, i, besides)) return true;
        return false;
    }

    /// <summary>Whether the brand's name (or a scope's first word) at token <paramref name="i"/> and a name right after it name a product no scope of the registry names.</summary>
    bool AnotherProductAt(AnalyzedSentence sentence, int i, Commitment? besides = null)
    {
        var tokens = sentence.Sentence.Tokens;
        if (i + 1 >= tokens.Length || !_brandWords.Contains(tokens[i].Text) && !_productFamilies.Contains(tokens[i].Text) || tokens[i + 1].Kind != TokenKind.Word
            || _brandWords.Contains(tokens[i + 1].Text) || !sentence.Pack.IsName(tokens[i + 1].Text) || tokens[i + 1].Span.Start != tokens[i].Span.End + 1) return false;
        var name = $"{tokens[i].Text} {tokens[i + 1].Text}";
        return !_allScopes.Contains(name) && besides?.Statement.Contains(name, StringComparison.OrdinalIgnoreCase) != true;
    }

    /// <summary>
    /// How much the scope weakens a placement: a scoped promise held to a sentence that names none of its products is
    /// a guess (×0.5); so is a promise for everything held to a sentence about a product of the brand its statement
    /// does not name ("Curanta Derma answers within 48 hours" against "Our pharmacists answer chat questions within 2 hours").
    /// </summary>
    public double ScopeConfidence(AnalyzedSentence sentence, Commitment commitment) => ScopeConfidence(sentence, commitment, ScopeOf(sentence, commitment));

    double ScopeConfidence(AnalyzedSentence sentence, Commitment commitment, ScopeEvidence scope) => scope switch
    {
        ScopeEvidence.Unnamed => 0.5,
        ScopeEvidence.Unscoped when NamesAnotherProduct(sentence, besides: commitment) => 0.5,
        _ => 1,
    };

    /// <summary>
    /// Whether the commitment's topic names a product ("Tessera Care", "Velocell Start") that neither a cue of the sentence
    /// nor its scope evidence names: a sentence naming something else is not held to it, one naming nothing may be ("we
    /// reply on chat within 6 hours"), less surely, except by a count.
    /// </summary>
    static bool NameLeftUnsaid(AnalyzedSentence sentence, TopicEvidence topic, ScopeEvidence scope) =>
        scope is not (ScopeEvidence.Named or ScopeEvidence.NamedNearby)
        && !topic.NamedByCue(sentence.Pack) && topic.Commitment.TopicFor(sentence.Sentence.Language).Any(sentence.Pack.IsName);

    /// <summary>A name of its own ("Velocell TV") means the sentence has moved on to something else; the brand's name does not count.</summary>
    bool NamesSomething(AnalyzedSentence sentence) =>
        Enumerable.Range(1, Math.Max(0, sentence.Sentence.Tokens.Length - 1)).Any(i => sentence.Sentence.Tokens[i] is { Kind: TokenKind.Word } t
            && sentence.Pack.IsNameAt(sentence.Sentence, i) && !_brandWords.Contains(t.Text));

    /// <summary>
    /// Whether the sentence names a product: a word of a name the registry's topics or scopes hold ("Summit", "Velocell
    /// Max"), or a name after the brand's or a product family's word ("Curanta Derma"). A place or a person ("the storm
    /// in Liguria") is no other product the sentence has moved on to.
    /// </summary>
    bool NamesAProduct(AnalyzedSentence sentence)
    {
        var tokens = sentence.Sentence.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || _brandWords.Contains(tokens[i].Text)) continue;
            if (_registryNames.Contains(tokens[i].Text)) return true;
            if (i > 0 && sentence.Pack.IsNameAt(sentence.Sentence, i) && (_brandWords.Contains(tokens[i - 1].Text) || _productFamilies.Contains(tokens[i - 1].Text))) return true;
        }
        return false;
    }

    /// <summary>The capitalised words of the registry's topic cues and scopes ("Summit", "Loop", "Framework" of ".NET Framework"), the brand's words aside.</summary>
    readonly HashSet<string> _registryNames;

    /// <summary>A sentence's evidence, worked out once for every rule that asks (kept on the sentence, for these topics only).</summary>
    sealed record CachedEvidence(CommitmentTopics Topics, ImmutableArray<TopicEvidence> Evidence);

    ImmutableArray<TopicEvidence> Evidence(AnalyzedSentence sentence)
    {
        if (sentence.Phrases.IsEmpty) return [];
        if (sentence.TopicEvidence is CachedEvidence cached && ReferenceEquals(cached.Topics, this)) return cached.Evidence;
        var evidence = EvidenceOf(sentence);
        sentence.TopicEvidence = new CachedEvidence(this, evidence);
        return evidence;
    }

    ImmutableArray<TopicEvidence> EvidenceOf(AnalyzedSentence sentence)
    {
        int tokens = sentence.Sentence.Tokens.Length;
        // "non-prescription products", "senza ricetta": a cue a weak negation denies names what the sentence is not about.
        return sentence.Phrases
            .Where(p => p.Phrase.Role == PhraseRole.Topic && !sentence.Pack.IsDeniedNoun(sentence.Sentence, p.Tokens.Start.GetOffset(tokens)))
            .GroupBy(p => p.Phrase.OwnerId, StringComparer.Ordinal)
            .Select(g => Find(g.Key) is { } c ? new TopicEvidence(c, [.. g], tokens) : null)
            .OfType<TopicEvidence>()
            .OrderByDescending(e => e.DistinctCues)
            .ThenByDescending(e => e.CoveredTokens)
            .ThenBy(e => e.Commitment.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>
    /// The commitment and fact a quantity speaks about: among the sentence's topics with a fact of the quantity's kind,
    /// one whose value it restates wins (so "12 months" lands on the superseded 12-month promise, not on its successor),
    /// then active commitments, then the one with a cue nearest the quantity ("14 days' notice of any price change"
    /// is about notice), then the strongest cue evidence.
    /// </summary>
    /// <remarks>
    /// A commitment about a named product takes only quantities of sentences that name it, by a cue or by its scope:
    /// "Velocell Max costs €29.99" speaks of a price, but not of Velocell Start's. A quantity followed by a comparative ("30% less
    /// power") is a change, not a level, and is placed only on a fact its statement tells as the same difference ("25% off
    /// every client subscription").
    /// </remarks>
    public (TopicEvidence Topic, Fact Fact)? Place(AnalyzedSentence sentence, ImmutableArray<TopicEvidence> topics, Quantity quantity)
    {
        bool change = IsChange(sentence.Sentence, quantity);
        // What a difference is taken from, read once for every topic and fact it is held to.
        var compared = change ? ComparedObject(sentence.Pack, sentence.Sentence, quantity) : null;
        (TopicEvidence, Fact)? best = null;
        (bool Same, bool Active, int Nearness) bestRank = default;
        foreach (var topic in topics)
        {
            var scope = ScopeOf(sentence, topic.Commitment);
            bool nameUnsaid = NameLeftUnsaid(sentence, topic, scope);
            // A topic borrowed from the sentence before (a row's first cell: "Curanta Family | … | 10%") is about what that sentence names.
            if (nameUnsaid && (NamesAProduct(sentence) || topic.FromContext && sentence.Previous is { } before && NamesSomething(before) || scope == ScopeEvidence.Elsewhere)) continue;
            if (TableCellOfAnother(sentence, topic.Commitment)) continue;
            // "€9,500 a year", "149 lei": a cue inside the quantity tells its unit or period, not what it is the value of.
            if (!topic.FromContext && topic.Cues.All(c => CueSpan(sentence.Sentence, c) is var span && quantity.Span.Contains(span.Start) && quantity.Span.Contains(span.End - 1))) continue;
            // "backups kept for 14 days, and a support team that answers within 24 hours": a cue belongs to the quantity of its kind nearest to it.
            if (!topic.FromContext && !topic.Cues.Any(c => NearestOfItsKind(sentence.Sentence, c, quantity))) continue;
            // A cue far from the number in a long sentence speaks of something else: "…for at least six months after it starts emitting both conventions".
            if (!topic.FromContext && WordsToNearestCue(sentence, topic, quantity) > AttachmentReach) continue;
            if (ActedByAnotherRole(sentence, topic.Commitment, quantity)) continue;
            foreach (var fact in FactsOf(topic.Commitment))
            {
                if (change && !SameDifference(topic.Commitment, fact, compared)) continue;
                if (!FactComparison.Comparable(quantity, fact) || RestatesPromiseBeside(sentence.Sentence, fact, quantity)) continue;
                // A threshold is contradicted only by a condition told another way ("if it is down for over 48 hours"),
                // not by how long something lasted ("took 11,000 homes offline for 5 hours"); a level not by a bound a
                // condition supposes crossed ("Qualora la disponibilità scenda sotto il 99,9%, …" is the remedy of the
                // 99.9% promise). A value a condition only names may still be affirmed by what follows ("if your
                // iPhone is on iOS 15, no problem: it works there too").
                int at = sentence.Sentence.TokenAt(quantity.Span.Start);
                if (_anchors.GetValueOrDefault((topic.Commitment.Id, fact)) is { IsThreshold: true }
                        ? !sentence.Pack.InCondition(sentence.Sentence, at)
                        : quantity.Qualifier is Qualifier.LessThan or Qualifier.MoreThan && sentence.Pack.IsSupposed(sentence.Sentence, at)) continue;
                // A count is the loosest binding ("five languages" of a feature against "12+ languages" of the SDKs): unnamed, it is not held.
                if (fact.Kind == QuantityKind.Number && (nameUnsaid || !CountsAlike(sentence, topic, fact, quantity))) continue;
                if (fact.Kind == QuantityKind.Duration && !MeasuresAlike(sentence, topic, fact, quantity) && !ExceptionToUsual(sentence, topic, fact, quantity)) continue;
                // A tighter bound of the text's own ("PHP 8.1+" in a list of a demo's requirements) may be another component's:
                // it is held to the promise only where the sentence names what the promise is about by a second cue of its own,
                // not after a preposition ("Widgets in the app need iOS 18 or later" tells a feature's need).
                if (fact.Kind == QuantityKind.Version && FactComparison.NarrowsBound(quantity, fact) && (topic.FromContext || UngovernedCues(sentence, topic) < 2)) continue;
                if (fact.Kind == QuantityKind.Version && !VersionsAlike(sentence, topic, fact, quantity)) continue;
                if (fact.Kind == QuantityKind.Date && fact.Relation != FactRelation.By && !DatesAlike(sentence, topic, fact, quantity)) continue;
                if (fact.Kind == QuantityKind.Money && PricesSomethingElse(sentence, topic, quantity)) continue;
                if (fact.Kind == QuantityKind.Percentage && SharesOfAnother(sentence, topic, fact, quantity)) continue;
                var rank = (FactComparison.SameValue(quantity, fact), topic.Commitment.Status == CommitmentStatus.Active, -NearestCue(sentence.Sentence, topic, quantity));
                if (best is null || rank.CompareTo(bestRank) > 0) (best, bestRank) = ((topic, fact), rank);
            }
        }
        return best;
    }

    /// <summary>Distinct independent cues of the topic that no preposition governs: what the sentence is about, not where or whose.</summary>
    static int UngovernedCues(AnalyzedSentence sentence, TopicEvidence topic) => topic.IndependentCues
        .Where(c => !sentence.Pack.IsGovernedByPreposition(sentence.Sentence, c.Tokens.Start.GetOffset(sentence.Sentence.Tokens.Length)))
        .Select(c => c.Phrase.Text).Distinct(StringComparer.OrdinalIgnoreCase).Count();

    /// <summary>
    /// Whether a table cell's row or column is another's than the commitment's: when the commitment's cues or scope label
    /// one row of a table ("Free | €0 | up to 5 employees"), it speaks of that row, and the values of the other rows are
    /// other plans' ("Business | €1,200 / year | up to 50 employees"); the same for a column. A commitment no row names
    /// (support for every plan) holds in every row.
    /// </summary>
    bool TableCellOfAnother(AnalyzedSentence sentence, Commitment commitment)
    {
        // Only a body cell has a row label and a column header of its own.
        if (sentence.Segment.Cell is not { Row: > 0, Column: > 0 } cell || sentence.Table is not { } table) return false;
        return OfAnotherLabel(table.RowLabel(cell.Row), table.RowLabels, commitment)
               || OfAnotherLabel(table.ColumnHeader(cell.Column), table.ColumnHeaders, commitment);
    }

    bool OfAnotherLabel(AnalyzedSentence? own, IEnumerable<AnalyzedSentence> labels, Commitment commitment) =>
        own is not null && !Labels(own, commitment) && labels.Any(label => label != own && Labels(label, commitment));

    /// <summary>Whether a row label or column header names the commitment: one of its topic cues, or its scope.</summary>
    bool Labels(AnalyzedSentence label, Commitment commitment) =>
        Evidence(label).Any(e => ReferenceEquals(e.Commitment, commitment))
        || label.Phrases.Any(p => p.Phrase.Role == PhraseRole.Scope && _scopes[commitment.Id].Contains(p.Phrase.Text));

    /// <summary>
    /// Whether the one acting nearest before the quantity is a role (the packs' <c>roles:</c>) other than the ones the
    /// statement names as keeping the promise: "a dermatologist looks at your photos and replies within 48 hours" is not
    /// "Our pharmacists answer chat questions within 2 hours". A statement that names no role is kept by the brand and its
    /// staff ("an engineer may need five working days to fix the line" still breaks "We repair faults within 48 hours"),
    /// not by a role answering for a duty of its own (the packs' <c>independent-roles</c>): "our DPO will answer within one
    /// month" and "Your manager replies within 48 hours" are not "We send a first reply within 4 working hours". The
    /// nearest actor wins: "we" or the brand's name after a role ("Pharmacists check it, and we dispatch within 24 hours")
    /// is the brand acting; a role owned in the brand's voice ("responsabilul nostru") is still that role. The search
    /// stops at a semicolon or colon.
    /// </summary>
    bool ActedByAnotherRole(AnalyzedSentence sentence, Commitment commitment, Quantity quantity)
    {
        var roles = _roles[commitment.Id];
        var tokens = sentence.Sentence.Tokens;
        int first = sentence.Sentence.TokenAt(quantity.Span.Start);
        for (int i = first - 1; i >= Math.Max(0, first - AttachmentReach); i--)
        {
            if (tokens[i].Text is ";" or ":") return false;
            if (tokens[i].Kind != TokenKind.Word || InAddress(tokens, i)) continue;
            // "responsabilul nostru", "i nostri farmacisti": the own-voice word beside a role owns it; the role acts.
            var role = sentence.Pack.RoleOf(tokens[i]);
            if (role is null && sentence.Pack.IsOwnVoice(sentence.Sentence, i) && i > 0) role = sentence.Pack.RoleOf(tokens[i - 1]);
            if (role is not null) return roles.Count > 0 ? !roles.Contains(role) : sentence.Pack.IsIndependentRole(role);
            if (sentence.Pack.IsOwnVoice(sentence.Sentence, i) || _brandWords.Contains(tokens[i].Text)) return false;
        }
        return false;
    }

    /// <summary>Whether the word is joined to an "@", "." or "/" beside it, with no space: part of an e-mail address or a path ("dpo@frescala.example").</summary>
    static bool InAddress(ImmutableArray<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].Span.End == tokens[i].Span.Start && tokens[i - 1].Text is "@" or "." or "/"
        || i + 1 < tokens.Length && tokens[i + 1].Span.Start == tokens[i].Span.End && tokens[i + 1].Text is "@" or "." or "/" && i + 2 < tokens.Length && tokens[i + 2].Span.Start == tokens[i + 1].Span.End;

    /// <summary>
    /// Whether another quantity of the sentence states the promised value itself: then the sentence keeps the promise,
    /// and a second value of its kind is of another case ("requires PHP 8.0+ for zero-code instrumentation, however
    /// manual instrumentation will work with PHP 7.4"). A hedged restatement is the usual case, and the second value its
    /// exception: "usually active within 15 days, but in busy months it can take up to 4 weeks".
    /// </summary>
    static bool RestatesPromiseBeside(Sentence sentence, Fact fact, Quantity quantity) =>
        sentence.Quantities.Any(other => other != quantity && other.Kind == quantity.Kind && FactComparison.SameValue(other, fact) && !IsHedged(sentence, other));

    /// <summary>
    /// Whether the duration is the exception to a usual one before it that measures what the fact measures: "Tessera
    /// Fibra is usually active within 15 days, but in busy months it can take up to 4 weeks"; "Il rimborso arriva di
    /// solito entro 5 giorni lavorativi, ma a volte servono fino a 10". The exception measures the same thing, however
    /// far from its words it stands, after a contrast word (the packs' <c>contrast-words</c>), unless it names another
    /// event of its own. "…within 15 days, and the router ships in 4 weeks" tells another case.
    /// </summary>
    bool ExceptionToUsual(AnalyzedSentence sentence, TopicEvidence topic, Fact fact, Quantity quantity) =>
        !IsHedged(sentence.Sentence, quantity)
        && !(_anchors.GetValueOrDefault((topic.Commitment.Id, fact)) is { } anchor && OfAnotherEvent(sentence, topic, anchor, quantity))
        && sentence.Sentence.Quantities.Any(usual => usual.Kind == quantity.Kind && usual.Span.End <= quantity.Span.Start
            && IsHedged(sentence.Sentence, usual) && MeasuresAlike(sentence, topic, fact, usual)
            && sentence.Pack.ContrastAmong(sentence.Sentence, sentence.Sentence.TokenAt(usual.Span.End), sentence.Sentence.TokenAt(quantity.Span.Start)));

    /// <summary>Whether a hedge ("usually", "di solito", "de obicei") stands before the quantity in its clause.</summary>
    static bool IsHedged(Sentence sentence, Quantity quantity)
    {
        int first = sentence.TokenAt(quantity.Span.Start);
        return sentence.Cues.Any(c => c.Kind == CueKind.Hedge && c.Tokens.Start.GetOffset(sentence.Tokens.Length) is var at && at < first && first - at <= HedgeReach);
    }

    /// <summary>How many tokens before a value a hedge may stand ("usually active within 15 days").</summary>
    const int HedgeReach = 6;

    /// <summary>
    /// A plain number speaks for a number fact only when it counts the same thing: the statement's counted noun
    /// after it ("200+ components", "12+ languages": a count of components is not a count of receivers), or the
    /// statement's name right before it ("Java 8+"). Where the statement does not show what it counts, a topic
    /// cue must stand right beside the number.
    /// </summary>
    bool CountsAlike(AnalyzedSentence sentence, TopicEvidence topic, Fact fact, Quantity quantity)
    {
        var tokens = sentence.Sentence.Tokens;
        int first = sentence.Sentence.TokenAt(quantity.Span.Start), end = sentence.Sentence.TokenAt(quantity.Span.End);
        var anchor = _anchors.GetValueOrDefault((topic.Commitment.Id, fact));
        if (anchor is not null && !anchor.IsEmpty)
        {
            // "Python 3" names the major version that "Python 3.10" belongs to: a prefix, not a lower version.
            if (anchor.Name is { } name && first > 0 && string.Equals(tokens[first - 1].Lower, name, StringComparison.Ordinal))
                return !(quantity.Value == decimal.Truncate(quantity.Value) && quantity.Value == decimal.Truncate(fact.Value.Value) && fact.Value.Value != quantity.Value);
            for (int i = end, seen = 0; i < tokens.Length && seen < CountAnchor.CountedWords; i++)
            {
                if (tokens[i].Kind != TokenKind.Word) continue;
                seen++;
                if (anchor.Counted.Contains(tokens[i].Stem) || anchor.Counted.Contains(tokens[i].Lower) || sentence.Pack.ConceptOf(tokens[i]) is { } concept && anchor.Concepts.Contains(concept)) return true;
            }
            // A bare number right after a cue is that cue's value ("runners aged 15 and over", "from age 14 with an adult"); a
            // borrowed topic has its cues in another sentence.
            return !topic.FromContext && first > 0 && CueCovers(sentence, topic, first - 1)
                && (end >= tokens.Length || tokens[end].Kind != TokenKind.Word || sentence.Pack.FunctionWords.Contains(tokens[end].Lower));
        }
        return topic.FromContext || CueBeside(sentence, topic, first, end, reach: 1);
    }

    /// <summary>
    /// A version speaks for a version fact only when it is a version of what the fact is about: the name before the
    /// statement's version ("Python" in "supports Python 3.10 and higher"), in any language, since names are not
    /// translated. "API 1.0" and "TLS 1.2" are no Python versions. A statement naming nothing before its version
    /// leaves it to a topic cue right beside the number.
    /// </summary>
    bool VersionsAlike(AnalyzedSentence sentence, TopicEvidence topic, Fact fact, Quantity quantity)
    {
        if (_anchors.GetValueOrDefault((topic.Commitment.Id, fact))?.Name is { } name)
            return string.Equals(quantity.VersionOf, name, StringComparison.Ordinal);
        int first = sentence.Sentence.TokenAt(quantity.Span.Start), end = sentence.Sentence.TokenAt(quantity.Span.End);
        return !topic.FromContext && CueBeside(sentence, topic, first, end, reach: 2);
    }

    /// <summary>
    /// A date speaks for a dated promise ("switched off on 31 March 2026") only when what happens on it is named beside
    /// it: a topic cue that is no name, or a word around the statement's date ("Classic will be switched off on 30 June";
    /// "poi verrà spento"). "renews on 1 March" and "users who move before 28 February" date other things.
    /// </summary>
    bool DatesAlike(AnalyzedSentence sentence, TopicEvidence topic, Fact fact, Quantity quantity)
    {
        if (topic.FromContext) return true;
        int first = sentence.Sentence.TokenAt(quantity.Span.Start), end = sentence.Sentence.TokenAt(quantity.Span.End);
        return CueBeside(sentence, topic, first, end, MeasuredReach, except: (cue, start) => IsNamed(sentence, cue, start))
               || _anchors.GetValueOrDefault((topic.Commitment.Id, fact)) is { } anchor && MeasuredWordBeside(sentence, anchor, first, end);
    }

    /// <summary>
    /// A price belongs to what its clause says costs it: "Consultations cost €25" and "Le visite costano 25 €" price
    /// consultations, not the membership a promise of "Curanta Plus costs €7.90 a month" is about. The words of the
    /// clause before the amount (before its verb, when a word stands right before it: "cost", "costano") must name a
    /// cue of the topic, its scope or the brand when they name anything; "la penale di recesso è di 90 €" names its
    /// cue. An amount joined to another thing's price by "or", "and", a comma or a bracket ("€25, or €19 for
    /// members") is that thing's too. An amount right before a cue is that noun's ("a €5 voucher").
    /// </summary>
    bool PricesSomethingElse(AnalyzedSentence sentence, TopicEvidence topic, Quantity quantity)
    {
        // A topic borrowed from the sentence before ("The fee is €180.") has its cues there, not in this clause.
        if (topic.FromContext) return false;
        var tokens = sentence.Sentence.Tokens;
        // An amount right before a cue prices that noun ("get a €5 voucher", "a €90 exit fee").
        if (sentence.Sentence.TokenAt(quantity.Span.End) is var after && after < tokens.Length && CueStartsAt(sentence, topic, after)) return false;
        int first = sentence.Sentence.TokenAt(quantity.Span.Start);
        int word = first - 1;
        while (word >= 0 && tokens[word].Kind == TokenKind.Word && sentence.Pack.FunctionWords.Contains(tokens[word].Lower) && !CueStartsAt(sentence, topic, word)) word--;
        if (word < 0) return false;
        if (tokens[word].Kind != TokenKind.Word || sentence.Pack.IsListJoiner(sentence.Sentence, word))
            return JoinedToPrice(sentence, quantity) is { } joined && PricesSomethingElse(sentence, topic, joined);
        // Right before the amount the word is its verb ("cost €25"); after "is"/"è di" it is what is priced. A cue before
        // a word that is neither a cue nor a preposition is the verb with its adverb ("costa solo 16 €"): it tells a
        // price, not of what ("o compensație de 2 €" is the compensation's).
        int subjectEnd = word != first - 1 ? word + 1
            : word > 0 && CueCovers(sentence, topic, word - 1) && !CueCovers(sentence, topic, word) && !sentence.Pack.IsPrepositionAt(sentence.Sentence, word) ? word - 1 : word;
        // A clause that names nothing before the verb leans on what stands before a semicolon, a colon or a parenthesis,
        // back to the sentence's start: a pronoun ("Book a travel appointment…; it costs €55"), an aside ("Express
        // delivery (next working day) costs €4.90"). "Curanta Plus, launched in February, …; from April it will cost
        // €8.90" is still Curanta Plus's price.
        for (int end = subjectEnd, lean = 0; lean < 2; lean++)
        {
            int start = lean == 0 ? sentence.Pack.ClauseStart(sentence.Sentence, end) : StretchStart(tokens, end);
            bool namesSomething = false;
            for (int i = start; i < end; i++)
            {
                if (tokens[i].Kind != TokenKind.Word || sentence.Pack.FunctionWords.Contains(tokens[i].Lower) || InQuantity(sentence, i)) continue;
                if (CueCovers(sentence, topic, i) || ScopeCovers(sentence, i)) return false;
                // "Ciclora Care+ costa 6 €": the brand's name before a name of its own is another product's.
                if (AnotherProductAt(sentence, i, besides: topic.Commitment)) { namesSomething = true; i++; continue; }
                if (_brandWords.Contains(tokens[i].Text)) return false;
                namesSomething = true;
            }
            if (namesSomething) return true;
            if (start == 0 || tokens[start - 1].Text is not (";" or ":" or ")")) return false;
            end = start - 1;
        }
        return false;
    }

    /// <summary>Where the stretch of the sentence ending at token <paramref name="end"/> starts: after the semicolon or colon before it, or at 0.</summary>
    static int StretchStart(ImmutableArray<Token> tokens, int end)
    {
        for (int k = end - 1; k >= 0; k--)
            if (tokens[k].Text is ";" or ":") return k + 1;
        return 0;
    }

    /// <summary>
    /// Whether the words right after a percentage say it is a share of something the commitment does not measure:
    /// "about 55% of the fabric we buy" is polyester's share of the fabric, not the recycled share of polyester. The
    /// words are the commitment's when they are a topic cue, a word of its statement, its scope or their concepts
    /// ("99.9% uptime", "100% renewable electricity"). Across languages a statement's words cannot be told ("il 5% di
    /// ogni ordine" for "5% of every order"), but a share of time can: "copre il 92% della popolazione" and "100 %
    /// sostenible" are no availability "of every calendar month".
    /// </summary>
    bool SharesOfAnother(AnalyzedSentence sentence, TopicEvidence topic, Fact fact, Quantity percentage)
    {
        var (words, _) = sentence.Pack.SharedBy(sentence.Sentence, percentage);
        var (start, count) = words.GetOffsetAndLength(sentence.Sentence.Tokens.Length);
        if (count == 0) return false;
        var known = KnownWords(topic.Commitment, sentence.Pack);
        for (int i = start; i < start + count; i++)
        {
            var token = sentence.Sentence.Tokens[i];
            if (!topic.FromContext && CueCovers(sentence, topic, i) || known.Contains(token.Stem) || sentence.Pack.ConceptOf(token) is { } concept && known.Contains(concept)
                || _brandWords.Contains(token.Text)) return false;
        }
        return string.Equals(sentence.Sentence.Language, _statementPack.Code, StringComparison.Ordinal) || _shareOfTime.Contains((topic.Commitment.Id, fact));
    }

    /// <summary>The amount of the same kind right before this one, joined to it only by punctuation or a list joiner ("€25, or €19", "€3.90 (19 lei)").</summary>
    static Quantity? JoinedToPrice(AnalyzedSentence sentence, Quantity quantity)
    {
        var before = sentence.Sentence.Quantities.LastOrDefault(q => q.Kind == QuantityKind.Money && q.Span.End <= quantity.Span.Start);
        if (before is null) return null;
        var tokens = sentence.Sentence.Tokens;
        for (int i = sentence.Sentence.TokenAt(before.Span.End); i < sentence.Sentence.TokenAt(quantity.Span.Start); i++)
            if (tokens[i].Kind == TokenKind.Word && !sentence.Pack.IsListJoiner(sentence.Sentence, i)) return null;
        return before;
    }

    /// <summary>Whether the token is part of a quantity or a date ("April" in "from 1 April").</summary>
    static bool InQuantity(AnalyzedSentence sentence, int token)
    {
        var span = sentence.Sentence.Tokens[token].Span;
        return sentence.Sentence.Quantities.Any(q => q.Span.Contains(span.Start)) || sentence.Pack.IsMonth(sentence.Sentence, token);
    }

    static bool CueStartsAt(AnalyzedSentence sentence, TopicEvidence topic, int token) =>
        topic.Cues.Any(c => c.Tokens.Start.GetOffset(sentence.Sentence.Tokens.Length) == token);

    static bool CueCovers(AnalyzedSentence sentence, TopicEvidence topic, int token) =>
        topic.Cues.Any(c => Covers(sentence, c.Tokens, token));

    static bool ScopeCovers(AnalyzedSentence sentence, int token) =>
        sentence.Phrases.Any(p => p.Phrase.Role == PhraseRole.Scope && Covers(sentence, p.Tokens, token));

    static bool Covers(AnalyzedSentence sentence, Range tokens, int token)
    {
        var (start, count) = tokens.GetOffsetAndLength(sentence.Sentence.Tokens.Length);
        return token >= start && token < start + count;
    }

    /// <summary>How many words from a duration the words of what it measures may stand ("acknowledged within 3 working days").</summary>
    const int MeasuredReach = 4;

    /// <summary>
    /// A duration speaks for a duration fact only when it is bound to what the fact measures: one of the words
    /// around the fact in the commitment's statement ("acknowledged", "reports"), or a topic cue, within a few
    /// words of it. "…over 3 years of work…" is the length of something else. Words naming the moment the time is
    /// counted from ("within two weeks of the initial report", "60 days after the release") are not what it
    /// measures, unless the statement counts from them too ("refunds within 14 days of purchase"). A duration
    /// joined to its unit before a noun measures that noun ("a two-year term", "the 24-month warranty"): it is held to
    /// the fact only when that noun is what the fact measures. A duration counted back to a moment ("90 days before the
    /// switch-off") is a lead time, not the time something takes after an event the statement names ("within 72 hours
    /// of confirming a breach"), and the other way round; a statement that names no moment ("30 days' notice") takes either.
    /// </summary>
    bool MeasuresAlike(AnalyzedSentence sentence, TopicEvidence topic, Fact fact, Quantity quantity)
    {
        var tokens = sentence.Sentence.Tokens;
        int first = sentence.Sentence.TokenAt(quantity.Span.Start), end = sentence.Sentence.TokenAt(quantity.Span.End);
        var anchor = _anchors.GetValueOrDefault((topic.Commitment.Id, fact));
        var head = PrenominalHead(sentence.Pack, sentence.Sentence, quantity, end);
        if (head is { } noun && !Measures(sentence, anchor, noun, topic)) return false;
        // "a minimum term of 24 months": the term's length, held to the fact only when the term is what it measures.
        var (nounsStart, nouns) = sentence.Pack.NounsMeasuredBy(sentence.Sentence, quantity).GetOffsetAndLength(tokens.Length);
        if (nouns > 0 && !Enumerable.Range(nounsStart, nouns).Any(i => Measures(sentence, anchor, i, topic))) return false;
        // "We keep prescription records for 10 years": a duration of another event than the statement's is that event's.
        if (anchor is not null && OfAnotherEvent(sentence, topic, anchor, quantity)) return false;
        // "We refund you within 5 working days" against "can be returned within 30 days for a full refund": the refund's time, not the return window.
        if (anchor?.Acts is { IsEmpty: false } acts && ActsOf(sentence.Pack, sentence.Sentence, first, end, sentence.Pack.TimeReferenceAfter(sentence.Sentence, quantity), onlyBefore: false) is { IsEmpty: false } own
            && !own.Overlaps(acts)) return false;
        // "Le fatture sono conservate per 10 anni": kept, as the promise's traffic data is, but another thing is kept.
        if (OfAnotherObject(sentence, topic, quantity)) return false;
        // "book a slot up to 14 days ahead": how far ahead is not how long the one-hour slot lasts.
        if (anchor is { IsLength: true } && sentence.Pack.CountsBack(sentence.Sentence, quantity)) return false;
        // "a 36-month warranty" is contradicted by another length of the warranty, not by "online in 15 days or less";
        // a sentence leaning on the one before, or on its heading, needs the noun there ("Warranty" above "24 months").
        bool? lengthNamed = anchor?.Length is { } length ? topic.FromContext ? ContextNamesLength(sentence, length) : NamesLength(sentence, length, first, end) : null;
        if (lengthNamed == false) return false;
        if (topic.FromContext) return true;
        var reference = sentence.Pack.TimeReferenceAfter(sentence.Sentence, quantity);
        var (referenceStart, referenceLength) = reference.GetOffsetAndLength(tokens.Length);
        if (referenceLength > 0 && anchor is not null && (anchor.CountsBack || !anchor.Reference.IsEmpty) && sentence.Pack.CountsBack(sentence.Sentence, quantity) != anchor.CountsBack)
            return false;
        bool InReference(int token) => referenceLength > 0 && token >= referenceStart && token < referenceStart + referenceLength
                                       && anchor?.Reference.Contains(tokens[token].Stem) != true;
        // A product's name says what the sentence is about, not what the duration measures: "if you leave Tessera
        // Fibra in the first 24 months" is a term, not its activation time.
        if (CueBeside(sentence, topic, first, end, MeasuredReach, except: (cue, start) => InReference(start) || IsNamed(sentence, cue, start))) return true;
        // The noun the statement's duration is the length of, named beside this one ("your gateway is guaranteed for 2 years"), binds it.
        if (lengthNamed == true) return true;
        return anchor is not null && MeasuredWordBeside(sentence, anchor, first, end, except: InReference);
    }

    /// <summary>Whether a word around the statement's value (or its concept) stands within <see cref="MeasuredReach"/> words of the tokens [first, end).</summary>
    static bool MeasuredWordBeside(AnalyzedSentence sentence, CountAnchor anchor, int first, int end, Func<int, bool>? except = null)
    {
        if (anchor.Measured.IsEmpty) return false;
        var tokens = sentence.Sentence.Tokens;
        for (int i = Math.Max(0, first - MeasuredReach); i < Math.Min(tokens.Length, end + MeasuredReach); i++)
            if (except?.Invoke(i) != true && IsMeasuredWord(sentence, anchor, i)) return true;
        return false;
    }

    /// <summary>
    /// Whether a word near the duration, in its clause, names one of the pack's events or lasting acts (a warranty, an
    /// activation, keeping) that the statement's value is not of, and that is no cue of the topic: then the duration is that
    /// event's length. "We keep prescription records for 10 years" tells no dispatch time. The moment a duration is
    /// counted from ("fixed for 24 months from activation") is not what it is of.
    /// </summary>
    static bool OfAnotherEvent(AnalyzedSentence sentence, TopicEvidence topic, CountAnchor anchor, Quantity quantity)
    {
        var tokens = sentence.Sentence.Tokens;
        int first = sentence.Sentence.TokenAt(quantity.Span.Start), end = sentence.Sentence.TokenAt(quantity.Span.End);
        var (referenceStart, referenceLength) = sentence.Pack.TimeReferenceAfter(sentence.Sentence, quantity).GetOffsetAndLength(tokens.Length);
        for (int i = Math.Max(0, first - AttachedWords); i < Math.Min(tokens.Length, end + AttachedWords); i++)
            if (tokens[i].Kind == TokenKind.Word && (i < first || i >= end) && (i < referenceStart || i >= referenceStart + referenceLength)
                && sentence.Pack.HappeningOf(tokens[i]) is { } happening
                && anchor.Events?.Contains(happening) != true && !CueCovers(sentence, topic, i)
                && !sentence.Pack.ClauseBoundaryAmong(sentence.Sentence, Math.Min(i, first), Math.Max(i, end))) return true;
        return false;
    }

    /// <summary>
    /// The events, lasting acts and timed acts a value may be the time of, within <see cref="AttachedWords"/> of it in its
    /// clause and outside the moment it is counted from ("within 5 days of the returned item reaching us" times a refund):
    /// those before it, or with <paramref name="onlyBefore"/> unset, on both sides. A statement's value is timed by the acts
    /// before it ("can be <b>returned</b> within 30 days for a full refund"), or else after it; a text's may be by any
    /// around it. A topic cue does not tell them: a return and its refund are two acts of one promise, each with its own time.
    /// </summary>
    internal static ImmutableHashSet<string> ActsOf(LanguagePack pack, Sentence sentence, int first, int end, Range reference, bool onlyBefore)
    {
        var tokens = sentence.Tokens;
        var (referenceStart, referenceLength) = reference.GetOffsetAndLength(tokens.Length);
        var acts = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        for (int i = first - 1, from = pack.ClauseStart(sentence, first); i >= from && first - i <= AttachedWords; i--)
            if (tokens[i].Kind == TokenKind.Word && pack.HappeningOf(tokens[i]) is { } act) acts.Add(act);
        if (onlyBefore && acts.Count > 0) return acts.ToImmutable();
        for (int i = end; i < Math.Min(tokens.Length, end + AttachedWords) && !pack.ClauseBoundaryAmong(sentence, end, i + 1); i++)
            if (tokens[i].Kind == TokenKind.Word && (i < referenceStart || i >= referenceStart + referenceLength) && pack.HappeningOf(tokens[i]) is { } act) acts.Add(act);
        return acts.ToImmutable();
    }

    /// <summary>
    /// Whether a duration placed only by the act of a promise (the packs' <c>lasting-acts:</c> and the events of the same
    /// ids: "kept", "warranty", "conservate", "garanția") is that act done to another thing: its clause names something, and nothing it
    /// names is the promise's (a word of its statement, a topic cue, their concepts). "Le fatture sono conservate per 10
    /// anni" keeps invoices, not the promise's traffic data; "Mattresses are a separate product with a 7-year warranty" is
    /// no sofa frame's warranty. "We keep your traffic data for 2 years" and "we keep it for 2 years" still speak for it.
    /// A sentence leaning on the one before for its topic is read the same when its own clause names a lasting act.
    /// </summary>
    bool OfAnotherObject(AnalyzedSentence sentence, TopicEvidence topic, Quantity quantity)
    {
        var tokens = sentence.Sentence.Tokens;
        int length = tokens.Length;
        int first = sentence.Sentence.TokenAt(quantity.Span.Start), end = sentence.Sentence.TokenAt(quantity.Span.End);
        int from = sentence.Pack.ClauseStart(sentence.Sentence, first), to = end;
        while (to < length && !sentence.Pack.ClauseBoundaryAmong(sentence.Sentence, to, to + 1)) to++;
        // A topic borrowed from the sentence before has its cues there: this clause must tell a lasting act of its own
        // ("Le fatture sono conservate per 10 anni" after a sentence on deleting account data).
        if (topic.FromContext)
        {
            if (!Enumerable.Range(from, to - from).Any(i => (i < first || i >= end) && sentence.Pack.LastingActOf(tokens[i]) is not null)) return false;
        }
        else
            foreach (var cue in topic.Cues)
            {
                var (start, count) = cue.Tokens.GetOffsetAndLength(length);
                if (!Enumerable.Range(start, count).Any(i => sentence.Pack.LastingActOf(tokens[i]) is not null)) return false;
            }
        var known = KnownWords(topic.Commitment, sentence.Pack);
        bool named = false;
        for (int i = from; i < to; i++)
        {
            var token = tokens[i];
            if (i >= first && i < end || !NamesAThing(sentence.Pack, token) || InQuantity(sentence, i)
                || sentence.Pack.HappeningOf(token) is not null || !topic.FromContext && CueCovers(sentence, topic, i) || sentence.Pack.IsOwnVoice(sentence.Sentence, i)) continue;
            if (known.Contains(token.Stem) || sentence.Pack.ConceptOf(token) is { } concept && known.Contains(concept) || _brandWords.Contains(token.Text)) return false;
            named = true;
        }
        return named;
    }

    /// <summary>Per commitment and language: the stems of its statement's words and of its topic cues and scope, and their concepts.</summary>
    HashSet<string> KnownWords(Commitment commitment, LanguagePack pack) => _knownWords.GetOrAdd((commitment.Id, pack.Code), _ =>
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in _statementTokens[commitment.Id]) Know(_statementPack, token);
        foreach (var phrase in commitment.Topic.Values.SelectMany(v => v).Concat(_scopes[commitment.Id]))
            foreach (var sentence in pack.Annotate(phrase))
                foreach (var token in sentence.Tokens) Know(pack, token);
        return known;

        void Know(LanguagePack language, Token token)
        {
            if (!NamesAThing(language, token)) return;
            known.Add(token.Stem);
            if (language.ConceptOf(token) is { } concept) known.Add(concept);
        }
    });

    readonly System.Collections.Concurrent.ConcurrentDictionary<(string Commitment, string Language), HashSet<string>> _knownWords = new();

    /// <summary>A word that may name a thing: not a function word, and longer than an article or a preposition ("a", "di", "la").</summary>
    static bool NamesAThing(LanguagePack pack, Token token) => token.Kind == TokenKind.Word && token.Lower.Length > 2 && !pack.FunctionWords.Contains(token.Lower);

    /// <summary>
    /// Whether the noun a statement's duration is the length of is named near the sentence's duration, in its clause
    /// ("La fascia di consegna ora dura 3 ore": the noun and its complement come before the verb).
    /// A translation whose pack cannot name the noun ("slot" has no event or concept) is left to the cues (null: cannot tell).
    /// </summary>
    static bool? NamesLength(AnalyzedSentence sentence, LengthNoun length, int first, int end)
    {
        if (length.Kind is null && !string.Equals(sentence.Sentence.Language, length.Language, StringComparison.Ordinal)) return null;
        var tokens = sentence.Sentence.Tokens;
        for (int i = Math.Max(0, first - AttachedWords); i < Math.Min(tokens.Length, end + AttachedWords); i++)
            if (tokens[i].Kind == TokenKind.Word && length.IsNamedBy(sentence.Pack, sentence.Sentence, tokens[i]) && !BoundaryBetween(sentence, Math.Min(i, first), Math.Max(i, end))) return true;
        return false;
    }

    /// <summary>A clause boundary among the tokens [from, to), but a label's colon joins it to its value ("Delivery slot: 3 hours").</summary>
    static bool BoundaryBetween(AnalyzedSentence sentence, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (sentence.Sentence.Tokens[k].Text != ":" && sentence.Pack.ClauseBoundaryAmong(sentence.Sentence, k, k + 1)) return true;
        return false;
    }

    /// <summary>Whether the sentence before, or the heading, a sentence takes its topic from names the noun of a length.</summary>
    static bool? ContextNamesLength(AnalyzedSentence sentence, LengthNoun length) =>
        length.Kind is null && !string.Equals(sentence.Sentence.Language, length.Language, StringComparison.Ordinal) ? null
        : new[] { sentence.Previous, sentence.Heading }.Any(context => context is not null
            && context.Sentence.Tokens.Any(t => t.Kind == TokenKind.Word && length.IsNamedBy(context.Pack, context.Sentence, t)));

    /// <summary>A cue that is a name, in the registry ("Tessera Fibra") or as written in the sentence ("… lasci Tessera Fibra …").</summary>
    static bool IsNamed(AnalyzedSentence sentence, PhraseMatch cue, int start) =>
        sentence.Pack.IsName(cue.Phrase.Text) || sentence.Pack.IsNameAt(sentence.Sentence, start);

    /// <summary>"two-year" in "a two-year term", "24-hour" in "a 24-hour response": a hyphen between number and unit, a word right after.</summary>
    internal static int? PrenominalHead(LanguagePack pack, Sentence sentence, Quantity quantity, int end)
    {
        var tokens = sentence.Tokens;
        if (end >= tokens.Length || tokens[end].Kind != TokenKind.Word || tokens[end].Span.Start != quantity.Span.End + 1 || !quantity.Text.Contains('-')) return null;
        return pack.FunctionWords.Contains(tokens[end].Lower) ? null : end;
    }

    /// <summary>Whether the word at <paramref name="token"/> is a cue of the topic or one of the words the fact measures.</summary>
    static bool Measures(AnalyzedSentence sentence, CountAnchor? anchor, int token, TopicEvidence topic) =>
        CueStartsAt(sentence, topic, token) || anchor is not null && IsMeasuredWord(sentence, anchor, token);

    static bool IsMeasuredWord(AnalyzedSentence sentence, CountAnchor anchor, int i)
    {
        var token = sentence.Sentence.Tokens[i];
        return token.Kind == TokenKind.Word && (anchor.Measured.Contains(token.Stem) || sentence.Pack.ConceptOf(token) is { } concept && anchor.Concepts.Contains(concept));
    }

    /// <summary>Whether a cue of the topic lies within <paramref name="reach"/> tokens of the tokens [first, end), not starting where <paramref name="except"/> says.</summary>
    static bool CueBeside(AnalyzedSentence sentence, TopicEvidence topic, int first, int end, int reach, Func<PhraseMatch, int, bool>? except = null)
    {
        int length = sentence.Sentence.Tokens.Length;
        return topic.Cues.Any(c =>
        {
            var (start, count) = c.Tokens.GetOffsetAndLength(length);
            return start + count >= first - reach && start <= end - 1 + reach && except?.Invoke(c, start) != true;
        });
    }

    /// <summary>Words between a quantity and its cue beyond which the cue is a weaker sign that the quantity measures it.</summary>
    const int AttachedWords = 8;

    /// <summary>
    /// How sure a placement is, 0 to 1: the product of what weakens it. A topic borrowed from the sentence before
    /// (×0.6), a single distinct cue (×0.8), a cue more than a few words from the quantity (×0.8), a scoped promise
    /// with none of its products named near (×0.5), an amount with no period against a monthly or yearly price (×0.5),
    /// a count after a definite article ("the two languages which…", ×0.5).
    /// Own cues, two or more of them, next to the number: 1.
    /// </summary>
    public double Confidence(AnalyzedSentence sentence, TopicEvidence topic, Quantity quantity)
    {
        var scope = ScopeOf(sentence, topic.Commitment);
        double confidence = ScopeConfidence(sentence, topic.Commitment, scope);
        if (NameLeftUnsaid(sentence, topic, scope)) confidence *= 0.5;
        // "the two programming languages which are prioritised highest": a definite count refers to a set the text picked, it does not count them all.
        if (quantity.Kind == QuantityKind.Number && sentence.Pack.ArticleBefore(sentence.Sentence, sentence.Sentence.TokenAt(quantity.Span.Start))) confidence *= 0.5;
        // "€9.90" against "€7.90 a month": an amount with no period may be a one-off price of something else.
        if (quantity.Kind == QuantityKind.Money && quantity.Unit is null && FactsOf(topic.Commitment).Any(f => f.Kind == QuantityKind.Money && f.Value.Unit is not null)) confidence *= 0.5;
        if (topic.FromContext) confidence *= 0.6;
        if (topic.DistinctIndependentCues < 2) confidence *= 0.8;
        if (!topic.FromContext && WordsToNearestCue(sentence, topic, quantity) > AttachedWords) confidence *= 0.8;
        return confidence;
    }

    /// <summary>The most words between a quantity and a cue of its commitment: beyond it the cue is about another part of the sentence.</summary>
    const int AttachmentReach = 16;

    /// <summary>Tokens between the quantity and the topic's nearest cue in the sentence.</summary>
    static int WordsToNearestCue(AnalyzedSentence sentence, TopicEvidence topic, Quantity quantity) =>
        topic.WordsFrom(sentence.Sentence.TokenAt(quantity.Span.Start), sentence.Sentence.TokenAt(quantity.Span.End));

    /// <summary>
    /// Whether no other quantity of the same kind in the sentence stands closer to the cue than this one, and no other
    /// quantity counts the cue itself: in "31 million orders, 62% of vans electric" the orders are the 31 million's.
    /// </summary>
    static bool NearestOfItsKind(Sentence sentence, PhraseMatch cue, Quantity quantity)
    {
        var cueSpan = CueSpan(sentence, cue);
        int distance = Distance(cueSpan, quantity.Span);
        int cueStart = cue.Tokens.Start.GetOffset(sentence.Tokens.Length);
        foreach (var other in sentence.Quantities)
        {
            if (other == quantity) continue;
            // A hedged value ("usually within 15 days") tells the usual case, not the only one: the other value is its exception.
            if (other.Kind == quantity.Kind && Distance(cueSpan, other.Span) < distance && !IsHedged(sentence, other)) return false;
            if (other.Kind == QuantityKind.Number && quantity.Kind != QuantityKind.Number && sentence.TokenAt(other.Span.End) == cueStart) return false;
        }
        return true;
    }

    /// <summary>Characters between the quantity and the topic's nearest cue; context cues (another sentence) count as far.</summary>
    static int NearestCue(Sentence sentence, TopicEvidence topic, Quantity quantity) => topic.FromContext
        ? int.MaxValue / 2
        : topic.Cues.Min(c => Distance(CueSpan(sentence, c), quantity.Span));

    static TextSpan CueSpan(Sentence sentence, PhraseMatch cue)
    {
        var (start, length) = cue.Tokens.GetOffsetAndLength(sentence.Tokens.Length);
        return TextSpan.FromBounds(sentence.Tokens[start].Span.Start, sentence.Tokens[start + length - 1].Span.End);
    }

    static int Distance(TextSpan a, TextSpan b) => a.End <= b.Start ? b.Start - a.End : b.End <= a.Start ? a.Start - b.End : 0;

    /// <summary>
    /// The quantity is the amount of a change, not a level: a comparative right after it ("30% less", "20% in meno"), or
    /// a verb of change before it in its clause ("we cut energy use per terabyte by 22%", "abbiamo ridotto del 22%"),
    /// unless the pack's level word stands right before it ("cut the wait to 24 hours" states the level reached).
    /// </summary>
    public static bool IsChange(Sentence sentence, Quantity quantity)
    {
        int length = sentence.Tokens.Length;
        int next = 0;
        while (next < length && sentence.Tokens[next].Span.Start < quantity.Span.End) next++;
        if (sentence.Cues.Any(c => c.Kind == CueKind.Comparative && c.Tokens.Start.GetOffset(length) == next)) return true;
        int first = sentence.TokenAt(quantity.Span.Start);
        return sentence.Cues.Any(c => c.Kind == CueKind.Change && c.Scope.Start.GetOffset(length) <= first && first < c.Scope.End.GetOffset(length))
               && !sentence.Cues.Any(c => c.Kind == CueKind.ChangeTo && c.Tokens.End.GetOffset(length) == first);
    }

    /// <summary>Whether the sentence speaks of the commitment's past: a history cue ("until 2023", "fino al"), or a document dated before it applied.</summary>
    public bool SpeaksOfThePast(AnalyzedSentence sentence, Commitment commitment)
    {
        if (sentence.Sentence.Has(CueKind.History)) return true;
        if (sentence.Metadata.Date is not { } written) return false;
        if (commitment.Status == CommitmentStatus.Active) return commitment.Since is { } since && written < since;
        return EndOf(commitment) is { } ended && written < ended;
    }

    /// <summary>The day a commitment stopped applying, where the registry records it (<c>retired:</c>).</summary>
    public DateOnly? EndOf(Commitment commitment) => commitment.Retired;
}

/// <summary>What a number or duration fact is about, read from the commitment's statement around the value.</summary>
/// <param name="Name">A name right before the number ("java" in "supports Java 8+", "php" in "PHP version 8.0+"), lower-cased; for a version, what the statement's version is of.</param>
/// <param name="Counted">Stems of the content words right after it ("languag" in "12+ languages").</param>
/// <param name="Measured">Stems of the content words around it ("report", "acknowledg" in "Reports should be acknowledged within 3 working days").</param>
/// <param name="Concepts">The pack concepts of those words, so a fact meets its translation ("shops", "negozi").</param>
/// <param name="Reference">Stems of the words naming the moment a duration is counted from ("purchas" in "refunds within 14 days of purchase").</param>
/// <param name="CountsBack">Whether the statement counts its duration back to a moment ("at least 30 days before renewal").</param>
/// <param name="Length">The noun the statement's duration is the length of ("slot" in "the one-hour delivery slot", "warranty" in "a 24-month warranty"), or null.</param>
/// <param name="Events">The pack's events named around the statement's value ("warranty", "retention" in "We keep traffic data for at most 6 months"): what its duration is of.</param>
/// <param name="Acts">The events and acts the statement's value is the time of (<see cref="CommitmentTopics.ActsOf"/>): "return" in "can be returned within 30 days for a full refund".</param>
/// <param name="IsThreshold">Whether the statement's value is in a condition ("If a fault keeps your line down for more than 24 hours, we credit…"): the moment the promise starts, not a level it promises.</param>
internal sealed record CountAnchor(string? Name, ImmutableHashSet<string> Counted, ImmutableHashSet<string> Measured, ImmutableHashSet<string> Concepts, ImmutableHashSet<string> Reference,
    bool CountsBack = false, LengthNoun? Length = null, bool IsThreshold = false, ImmutableHashSet<string>? Events = null, ImmutableHashSet<string>? Acts = null)
{
    public bool IsLength => Length is not null;

    /// <summary>How many words after a number may name what it counts ("zero transitive dependencies").</summary>
    public const int CountedWords = 2;

    /// <summary>How many words on each side of a value in the statement say what it measures.</summary>
    const int MeasuredWords = 4;

    /// <summary>How many tokens on each side of a value in the statement may name the event or act it is the length of.</summary>
    const int EventWords = 8;

    public bool IsEmpty => Name is null && Counted.IsEmpty;

    /// <param name="statement">The commitment's statement, annotated with <paramref name="pack"/>.</param>
    public static CountAnchor In(ImmutableArray<Sentence> statement, Fact fact, LanguagePack pack)
    {
        var unit = UnitStems(fact, pack);
        var none = new CountAnchor(null, unit, [], [], []);
        foreach (var sentence in statement)
        {
            var tokens = sentence.Tokens;
            var (first, end, value) = ValueAt(sentence, fact);
            if (first < 0) continue;
            int before = first - 1;
            if (before > 0 && pack.IsVersionWord(tokens[before])) before--;
            string? name = fact.Kind == QuantityKind.Version ? value?.VersionOf
                : before >= 0 && tokens[before].Kind == TokenKind.Word && pack.IsName(tokens[before].Text) ? tokens[before].Lower : null;
            var counted = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            var measured = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            var concepts = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            var events = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            for (int k = end, seen = 0; k < tokens.Length && seen < CountedWords; k++)
            {
                if (tokens[k].Kind != TokenKind.Word) continue;
                if (pack.FunctionWords.Contains(tokens[k].Lower)) break;
                seen++;
                counted.Add(tokens[k].Stem);
            }
            for (int k = Math.Max(0, first - MeasuredWords); k < Math.Min(tokens.Length, end + MeasuredWords); k++)
            {
                if (k >= first && k < end || tokens[k].Kind != TokenKind.Word || pack.FunctionWords.Contains(tokens[k].Lower)) continue;
                // A name says what the promise is about ("Tessera Fibra is activated within 15 days"), not what it measures.
                if (pack.IsNameAt(sentence, k)) continue;
                measured.Add(tokens[k].Stem);
                if (pack.ConceptOf(tokens[k]) is { } concept) concepts.Add(concept);
            }
            // As far on each side as a sentence's duration is read for another act (CommitmentTopics.AttachedWords); a
            // statement with no other value is all about this one, however long its object ("We keep CCTV footage from our
            // stores and sites for at most 30 days" is of keeping).
            bool onlyValue = sentence.Quantities.Count(q => q.Kind != QuantityKind.Date) <= 1;
            int eventsFrom = onlyValue ? 0 : Math.Max(0, first - EventWords), eventsTo = onlyValue ? tokens.Length : Math.Min(tokens.Length, end + EventWords);
            for (int k = eventsFrom; k < eventsTo; k++)
                if ((k < first || k >= end) && tokens[k].Kind == TokenKind.Word && pack.HappeningOf(tokens[k]) is { } happening) events.Add(happening);
            var referenceTokens = value is null ? default : pack.TimeReferenceAfter(sentence, value);
            var reference = value is null ? [] : tokens[referenceTokens].Select(t => t.Stem).ToImmutableHashSet(StringComparer.Ordinal);
            counted.UnionWith(unit);
            bool duration = value is not null && fact.Kind == QuantityKind.Duration;
            return new CountAnchor(name, fact.Kind == QuantityKind.Number ? counted.ToImmutable() : [], measured.ToImmutable(), concepts.ToImmutable(), reference,
                duration && pack.CountsBack(sentence, value!), duration ? LengthNoun.Of(pack, sentence, value!, end) : null,
                pack.InCondition(sentence, first), events.ToImmutable(), duration ? CommitmentTopics.ActsOf(pack, sentence, first, end, referenceTokens, onlyBefore: true) : null);
        }
        return none;
    }

    /// <summary>The unit a number fact is written with ("600 Mbps"), as stems and as written: the text's number counts it too, in any language.</summary>
    static ImmutableHashSet<string> UnitStems(Fact fact, LanguagePack pack) =>
        FactValue.UnitOf(fact) is { } unit
            ? pack.Annotate(unit).SelectMany(s => s.Tokens.ToArray()).Where(t => t.Kind == TokenKind.Word).SelectMany(t => new[] { t.Stem, t.Lower }).ToImmutableHashSet(StringComparer.Ordinal)
            : [];

    /// <summary>The tokens [first, end) of the statement's value for the fact: its quantity, or a bare number token with the fact's value.</summary>
    static (int First, int End, Quantity? Value) ValueAt(Sentence sentence, Fact fact)
    {
        foreach (var quantity in sentence.Quantities)
            if (quantity.Kind == fact.Kind && FactComparison.SameValue(quantity, fact))
                return (sentence.TokenAt(quantity.Span.Start), sentence.TokenAt(quantity.Span.End), quantity);
        var tokens = sentence.Tokens;
        for (int i = 0; i < tokens.Length; i++)
            if (tokens[i].Kind == TokenKind.Number && decimal.TryParse(tokens[i].Text.Replace(",", ""), System.Globalization.NumberStyles.Number,
                    System.Globalization.CultureInfo.InvariantCulture, out var value) && value == fact.Value.Value)
                return (i, i + 1, null);
        return (-1, -1, null);
    }
}

/// <summary>
/// The noun a duration is the length of ("a 24-month warranty", "the one-hour delivery slot", "a minimum term of 24 months"),
/// as its stem, for the statement's own language, and as the pack's event or concept, for a translation ("garanzia").
/// </summary>
internal sealed record LengthNoun(string Language, string Stem, IReadOnlyList<string> Synonyms, string? Kind)
{
    /// <summary>How many words a compound after a duration may have ("delivery slot", "hardware warranty").</summary>
    const int CompoundWords = 3;

    public static LengthNoun? Of(LanguagePack pack, Sentence sentence, Quantity duration, int end)
    {
        int? head = CommitmentTopics.PrenominalHead(pack, sentence, duration, end);
        if (head is null && pack.NounsMeasuredBy(sentence, duration) is var nouns && nouns.GetOffsetAndLength(sentence.Tokens.Length) is (var start, > 0) measured)
            head = start + measured.Length - 1;
        if (head is not { } at) return null;
        // The last noun of a compound is its head: "a 24-month hardware warranty" is a length of the warranty.
        var tokens = sentence.Tokens;
        while (at + 1 < tokens.Length && at + 1 - head.Value < CompoundWords && tokens[at + 1].Kind == TokenKind.Word && !pack.FunctionWords.Contains(tokens[at + 1].Lower)
               && tokens[at + 1].Span.Start == tokens[at].Span.End + 1) at++;
        var token = tokens[at];
        return new LengthNoun(sentence.Language, token.Stem, pack.SynonymsOf(token.Lower), pack.HappeningOf(token) ?? pack.ConceptOf(token));
    }

    /// <summary>
    /// Whether the token names this noun: its stem or a synonym ("window" for "slot") in the statement's language; its
    /// event, act or concept in any ("garanzia", "guaranteed for", "garantat").
    /// </summary>
    public bool IsNamedBy(LanguagePack pack, Sentence sentence, Token token) =>
        string.Equals(sentence.Language, Language, StringComparison.Ordinal)
            && (string.Equals(token.Stem, Stem, StringComparison.Ordinal) || Synonyms.Contains(token.Lower, StringComparer.Ordinal))
        || Kind is not null && (pack.HappeningOf(token) ?? pack.ConceptOf(token)) == Kind;
}
