using System.Collections.Immutable;
using NarrativeLint.Language;
using NarrativeLint.Registry;

namespace NarrativeLint.Analyzers;

/// <summary>The commitments a sentence speaks about, with the topic cues that placed it there.</summary>
public sealed record TopicEvidence(Commitment Commitment, ImmutableArray<PhraseMatch> Cues, int TokenCount)
{
    /// <summary>Distinct cue phrases matched; one cue repeated does not make a sentence more about a topic.</summary>
    public int DistinctCues => Cues.Select(c => c.Phrase.Text).Distinct(StringComparer.OrdinalIgnoreCase).Count();

    /// <summary>Cue matches that do not overlap a longer one: "personal data" counts once, not again as "data".</summary>
    public ImmutableArray<PhraseMatch> IndependentCues { get; } = Independent(Cues, TokenCount);

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
public sealed class CommitmentTopics(BrandRegistry registry)
{
    readonly Dictionary<string, Commitment> _byId = registry.Commitments
        .GroupBy(c => c.Id, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public Commitment? Find(string id) => id is not null && _byId.TryGetValue(id, out var c) ? c : null;

    /// <summary>Every commitment the sentence has a topic cue of, strongest evidence first.</summary>
    public ImmutableArray<TopicEvidence> Of(AnalyzedSentence sentence)
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
    /// then active commitments, then the strongest cue evidence.
    /// </summary>
    public (TopicEvidence Topic, Fact Fact)? Place(ImmutableArray<TopicEvidence> topics, Quantity quantity)
    {
        (TopicEvidence, Fact)? best = null;
        (bool Same, bool Active) bestRank = default;
        foreach (var topic in topics)
            foreach (var fact in topic.Commitment.Facts)
            {
                if (!FactComparison.Comparable(quantity, fact)) continue;
                var rank = (FactComparison.SameValue(quantity, fact), topic.Commitment.Status == CommitmentStatus.Active);
                if (best is null || rank.CompareTo(bestRank) > 0) (best, bestRank) = ((topic, fact), rank);
            }
        return best;
    }

    /// <summary>Whether the sentence speaks of the commitment's past: a history cue ("until 2023", "fino al"), or a document dated before it applied.</summary>
    public bool SpeaksOfThePast(AnalyzedSentence sentence, Commitment commitment)
    {
        if (sentence.Sentence.Has(CueKind.History)) return true;
        if (sentence.Metadata.Date is not { } written) return false;
        if (commitment.Status == CommitmentStatus.Active) return commitment.Since is { } since && written < since;
        return EndOf(commitment) is { } ended && written < ended;
    }

    /// <summary>The day a commitment stopped applying: its retirement, or the day its successor started.</summary>
    public DateOnly? EndOf(Commitment commitment) =>
        commitment.Retired ?? (commitment.SupersededBy is { } next ? Find(next)?.Since : null);
}
