using Microsoft.CodeAnalysis.Text;
using System.Collections.Immutable;
using NarrativeLint.Language;
using NarrativeLint.Registry;

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

/// <summary>Places sentences on commitments by their topic cues.</summary>
internal sealed class CommitmentTopics
{
    /// <summary>Sentences this short may take their topic from the sentence before ("The fee is €180.").</summary>
    const int ShortSentenceTokens = 16;

    readonly Dictionary<string, Commitment> _byId;
    readonly Dictionary<string, ImmutableArray<Fact>> _facts;
    readonly IReadOnlySet<string> _brandWords;

    /// <param name="statementLanguage">The pack commitment statements are read with: the registry's first language.</param>
    public CommitmentTopics(BrandRegistry registry, LanguagePack statementLanguage, IReadOnlySet<string> brandWords)
    {
        _byId = registry.Commitments
            .GroupBy(c => c.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _brandWords = brandWords;
        _facts = _byId.Values.ToDictionary(c => c.Id, c => StatementFacts.Of(c, statementLanguage), StringComparer.Ordinal);
    }

    /// <summary>The commitment's facts: those the registry lists, and those its statement states in words.</summary>
    public ImmutableArray<Fact> FactsOf(Commitment commitment) => _facts.TryGetValue(commitment.Id, out var facts) ? facts : commitment.Facts;

    public Commitment? Find(string id) => id is not null && _byId.TryGetValue(id, out var c) ? c : null;

    /// <summary>Every commitment the sentence has a topic cue of, strongest evidence first.</summary>
    public ImmutableArray<TopicEvidence> Of(AnalyzedSentence sentence) => Evidence(sentence);

    /// <summary>
    /// Like <see cref="Of"/>, but a short sentence without topic cues of its own takes those of the sentence
    /// before it in the same unit ("…an exit penalty applies. The fee is €180." is about the exit fee), or else
    /// those of its heading ("## Support" above "Allow 3 business days.").
    /// </summary>
    public ImmutableArray<TopicEvidence> OfInContext(AnalyzedSentence sentence)
    {
        var own = Evidence(sentence);
        if (!own.IsEmpty || sentence.Sentence.Tokens.Length > ShortSentenceTokens || NamesSomething(sentence)) return own;
        foreach (var context in new[] { sentence.Previous, sentence.Heading })
            if (context is not null && Evidence(context) is { IsEmpty: false } borrowed)
                return [.. borrowed.Select(e => e with { FromContext = true })];
        return own;
    }

    /// <summary>A name of its own ("Velocell TV") means the sentence has moved on to something else; the brand's name does not count.</summary>
    bool NamesSomething(AnalyzedSentence sentence) =>
        sentence.Sentence.Tokens.Skip(1).Any(t => t.Kind == TokenKind.Word && sentence.Pack.IsName(t.Text) && !_brandWords.Contains(t.Text));

    ImmutableArray<TopicEvidence> Evidence(AnalyzedSentence sentence)
    {
        if (sentence.Phrases.IsEmpty) return [];
        int tokens = sentence.Sentence.Tokens.Length;
        return sentence.Phrases
            .Where(p => p.Phrase.Role == PhraseRole.Topic)
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
    /// A commitment about a named product takes only quantities of sentences that name it: "Velocell Max costs
    /// €29.99" speaks of a price, but not of Velocell Start's. A quantity followed by a comparative ("30% less
    /// power") is a change, not a level, and is placed nowhere.
    /// </remarks>
    public (TopicEvidence Topic, Fact Fact)? Place(AnalyzedSentence sentence, ImmutableArray<TopicEvidence> topics, Quantity quantity)
    {
        if (IsChange(sentence.Sentence, quantity)) return null;
        (TopicEvidence, Fact)? best = null;
        (bool Same, bool Active, int Nearness) bestRank = default;
        foreach (var topic in topics)
        {
            if (!topic.NamedByCue(sentence.Pack) && topic.Commitment.TopicFor(sentence.Sentence.Language).Any(sentence.Pack.IsName)) continue;
            // "backups kept for 14 days, and a support team that answers within 24 hours": a cue belongs to the quantity of its kind nearest to it.
            if (!topic.FromContext && !topic.Cues.Any(c => NearestOfItsKind(sentence.Sentence, c, quantity))) continue;
            foreach (var fact in FactsOf(topic.Commitment))
            {
                if (!FactComparison.Comparable(quantity, fact)) continue;
                var rank = (FactComparison.SameValue(quantity, fact), topic.Commitment.Status == CommitmentStatus.Active, -NearestCue(sentence.Sentence, topic, quantity));
                if (best is null || rank.CompareTo(bestRank) > 0) (best, bestRank) = ((topic, fact), rank);
            }
        }
        return best;
    }

    /// <summary>Words between a quantity and its cue beyond which the cue is a weaker sign that the quantity measures it.</summary>
    const int AttachedWords = 8;

    /// <summary>
    /// How sure a placement is, 0 to 1: the product of what weakens it. A topic borrowed from the sentence before
    /// (×0.6), a single distinct cue (×0.8), a cue more than a few words from the quantity (×0.8). Own cues, two or
    /// more of them, next to the number: 1.
    /// </summary>
    public static double Confidence(AnalyzedSentence sentence, TopicEvidence topic, Quantity quantity)
    {
        double confidence = 1;
        if (topic.FromContext) confidence *= 0.6;
        if (topic.DistinctIndependentCues < 2) confidence *= 0.8;
        if (!topic.FromContext)
        {
            int at = sentence.Sentence.TokenAt(quantity.Span.Start), end = sentence.Sentence.TokenAt(quantity.Span.End);
            int length = sentence.Sentence.Tokens.Length;
            int nearest = topic.Cues.Min(c =>
            {
                var (start, count) = c.Tokens.GetOffsetAndLength(length);
                return start >= end ? start - end : at >= start + count ? at - (start + count) : 0;
            });
            if (nearest > AttachedWords) confidence *= 0.8;
        }
        return confidence;
    }

    /// <summary>Whether no other quantity of the same kind in the sentence stands closer to the cue than this one.</summary>
    static bool NearestOfItsKind(Sentence sentence, PhraseMatch cue, Quantity quantity)
    {
        var cueSpan = CueSpan(sentence, cue);
        int distance = Distance(cueSpan, quantity.Span);
        return sentence.Quantities.All(other => other.Kind != quantity.Kind || other == quantity || Distance(cueSpan, other.Span) >= distance);
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

    /// <summary>The token right after the quantity is a comparative: "30% less", "20% in meno".</summary>
    public static bool IsChange(Sentence sentence, Quantity quantity)
    {
        int next = 0;
        while (next < sentence.Tokens.Length && sentence.Tokens[next].Span.Start < quantity.Span.End) next++;
        return sentence.Cues.Any(c => c.Kind == CueKind.Comparative && c.Tokens.Start.GetOffset(sentence.Tokens.Length) == next);
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
