// NL1006: an absolute claim that goes beyond a commitment stated with a bound.
//
// "We guarantee every fault is fixed within 48 hours, always" overstates a promise of "at most 48 hours":
// the commitment is a bound, the text makes it an absolute. So does "100% available" for a promise of at
// least 99.95%. A sentence whose quantity already breaks the bound is NL1001's, not this rule's.
//
// The absolute must modify what the commitment is about: an absolute word in the same clause as one of its
// cues and within a few words of it ("always" beside "reply"; "…fixed within 48 hours, always." where it
// closes the clause it follows), not anywhere in a sentence that happens to mention the topic. And it must be
// the brand's claim: a sentence sharing a single word with the topic makes one only in the brand's own voice
// ("we", "our", its name): "there are always new ideas, bug reports…" and "maintainers have always been
// willing to answer" promise nothing of how fast reports are answered. Under a legal disclaimer ("Esclusione
// di garanzia") absolute words limit; they promise nothing. An absolute word that is one of the topic cues of a
// commitment the sentence is about names what is promised ("garanzia" is also "warranty"); it does not overstate it.
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using NarrativeLint.Language;
using NarrativeLint.Registry;

namespace NarrativeLint.Analyzers;

public sealed class OverclaimAnalyzer : NarrativeAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.AbsoluteOverclaim];

    public override void Initialize(NarrativeAnalysisContext context)
    {
        var topics = context.Session.Topics;
        var brand = context.Session.BrandWords;
        context.RegisterSentenceAction(ctx => Analyze(ctx, topics, brand));
    }

    static void Analyze(SentenceAnalysisContext ctx, CommitmentTopics topics, IReadOnlySet<string> brand)
    {
        var sentence = ctx.Sentence;
        if (sentence.IsQuestion || sentence.IsUnderDisclaimer) return;
        var evidence = topics.Of(sentence);
        if (evidence.IsEmpty) return;

        foreach (var quantity in sentence.Sentence.Quantities)
            if (topics.Place(sentence, evidence, quantity) is var (topic, fact) && FactComparison.Contradicts(quantity, fact)) return;

        foreach (var topic in evidence)
        {
            var commitment = topic.Commitment;
            if (commitment.Status != CommitmentStatus.Active || topics.SpeaksOfThePast(sentence, commitment)) continue;
            var bounded = topics.FactsOf(commitment).FirstOrDefault(IsBound);
            if (bounded is null) continue;

            var claim = AbsoluteClaim(sentence, evidence, topic, bounded, topics, brand);
            if (claim is not { } span) continue;
            var quoted = ctx.Quote(span);
            // "'{0}' claims '{1}', more than commitment '{2}' promises: {3}; source: {4}"
            ctx.ReportDiagnostic(FindingProperties.Create(Descriptors.AbsoluteOverclaim, ctx.LocationOf(span), commitment.Id, quoted,
                quoted, quoted, commitment.Id, commitment.Statement, commitment.Source ?? Fragments.TheRegistry));
            return;
        }
    }

    /// <summary>
    /// A bound an absolute can go beyond: a time at most or a share at least, short of 100%. "Always" says nothing
    /// of a count ("200+ components") or a price.
    /// </summary>
    static bool IsBound(Fact fact) =>
        fact.Kind is QuantityKind.Duration or QuantityKind.Percentage
        && fact.Relation is FactRelation.AtMost or FactRelation.AtLeast && !(fact.Kind == QuantityKind.Percentage && fact.Value.Value >= 100);

    /// <summary>"100%" is a cue and a quantity; as a quantity it was weighed above against the commitment it belongs to.</summary>
    static bool InsideQuantity(AnalyzedSentence sentence, Cue cue)
    {
        var span = sentence.SpanOf(cue.Tokens);
        return sentence.Sentence.Quantities.Any(q => q.Span.Contains(span.Start));
    }

    /// <summary>
    /// The span of the absolute wording: 100% placed on this percentage bound, or an absolute cue outside a
    /// negation in a sentence that does not hedge ("as we always try to" promises effort, not an absolute).
    /// </summary>
    static Microsoft.CodeAnalysis.Text.TextSpan? AbsoluteClaim(AnalyzedSentence sentence, ImmutableArray<TopicEvidence> evidence,
        TopicEvidence topic, Fact bound, CommitmentTopics topics, IReadOnlySet<string> brand)
    {
        if (bound.Kind == QuantityKind.Percentage)
            foreach (var quantity in sentence.Sentence.Quantities)
                if (quantity.Kind == QuantityKind.Percentage && quantity.Value >= 100 && topics.Place(sentence, evidence, quantity)?.Topic == topic)
                    return quantity.Span;
        if (sentence.Sentence.Has(CueKind.Hedge) || topic.DistinctIndependentCues < 2 && !sentence.InOwnVoice(brand)) return null;
        foreach (var cue in sentence.Sentence.Cues)
            if (cue.Kind == CueKind.Absolute && !sentence.Sentence.IsNegated(cue.Tokens) && !InsideQuantity(sentence, cue) && Modifies(sentence, cue, topic)
                && !sentence.IsCited(sentence.SpanOf(cue.Tokens)) && !NamesATopic(sentence, cue, evidence))
                return sentence.SpanOf(cue.Tokens);
        return null;
    }

    /// <summary>
    /// Whether the absolute word is itself a topic cue of a commitment the sentence is about: it names what is promised
    /// ("garanzia" is the warranty in "una garanzia hardware di 36 mesi", "garantizados" the guaranteed speed), it does not overstate it.
    /// </summary>
    static bool NamesATopic(AnalyzedSentence sentence, Cue absolute, ImmutableArray<TopicEvidence> evidence)
    {
        int length = sentence.Sentence.Tokens.Length;
        var (start, count) = absolute.Tokens.GetOffsetAndLength(length);
        return evidence.Any(topic => topic.Cues.Any(c => c.Tokens.GetOffsetAndLength(length) is var (cueStart, cueCount) && cueStart < start + count && start < cueStart + cueCount));
    }

    /// <summary>How many words may stand between an absolute and the commitment's cue it modifies ("always replies", "we reply to every request, always").</summary>
    const int AttachmentWords = 6;

    /// <summary>Whether the absolute stands in the clause of one of the topic's cues, a few words from it, so it speaks of what the commitment promises.</summary>
    static bool Modifies(AnalyzedSentence sentence, Cue absolute, TopicEvidence topic)
    {
        int length = sentence.Sentence.Tokens.Length;
        var (start, count) = absolute.Tokens.GetOffsetAndLength(length);
        return topic.Cues.Any(cue =>
        {
            var (cueStart, cueCount) = cue.Tokens.GetOffsetAndLength(length);
            int from = Math.Min(start + count, cueStart + cueCount), to = Math.Max(start, cueStart);
            return to - from <= AttachmentWords && (!sentence.Pack.ClauseBoundaryAmong(sentence.Sentence, from, to) || ClosesClause(sentence, start, start + count));
        });
    }

    /// <summary>"…fixed within 48 hours, always." "…, senza eccezioni.": an absolute set off at the end of a clause modifies the clause before it.</summary>
    static bool ClosesClause(AnalyzedSentence sentence, int start, int end)
    {
        var tokens = sentence.Sentence.Tokens;
        bool opened = start > 0 && sentence.Pack.ClauseBoundaryAmong(sentence.Sentence, start - 1, start);
        return opened && (end >= tokens.Length || tokens[end].Kind == TokenKind.Punctuation || sentence.Pack.ClauseBoundaryAmong(sentence.Sentence, end, end + 1));
    }
}
