// NL1006: an absolute claim that goes beyond a commitment stated with a bound.
//
// "We guarantee every fault is fixed within 48 hours, always" overstates a promise of "at most 48 hours":
// the commitment is a bound, the text makes it an absolute. So does "100% available" for a promise of at
// least 99.95%. A sentence whose quantity already breaks the bound is NL1001's, not this rule's.
//
// The absolute must modify what the commitment is about: an absolute word near one of its cues ("always",
// within a few words of "reply"), not anywhere in a sentence that happens to mention the topic. Under a
// legal disclaimer ("Esclusione di garanzia") absolute words limit; they promise nothing.
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
        context.RegisterSentenceAction(ctx => Analyze(ctx, topics));
    }

    static void Analyze(SentenceAnalysisContext ctx, CommitmentTopics topics)
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

            var claim = AbsoluteClaim(sentence, evidence, topic, bounded, topics);
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
        TopicEvidence topic, Fact bound, CommitmentTopics topics)
    {
        if (bound.Kind == QuantityKind.Percentage)
            foreach (var quantity in sentence.Sentence.Quantities)
                if (quantity.Kind == QuantityKind.Percentage && quantity.Value >= 100 && topics.Place(sentence, evidence, quantity)?.Topic == topic)
                    return quantity.Span;
        if (sentence.Sentence.Has(CueKind.Hedge)) return null;
        foreach (var cue in sentence.Sentence.Cues)
            if (cue.Kind == CueKind.Absolute && !sentence.Sentence.IsNegated(cue.Tokens) && !InsideQuantity(sentence, cue) && Modifies(sentence, cue, topic)
                && !sentence.IsCited(sentence.SpanOf(cue.Tokens)))
                return sentence.SpanOf(cue.Tokens);
        return null;
    }

    /// <summary>How many words may stand between an absolute and the commitment's cue it modifies ("always replies", "we reply to every request, always").</summary>
    const int AttachmentWords = 6;

    /// <summary>Whether the absolute stands within a few words of one of the topic's cues, so it speaks of what the commitment promises.</summary>
    static bool Modifies(AnalyzedSentence sentence, Cue absolute, TopicEvidence topic)
    {
        var (start, count) = absolute.Tokens.GetOffsetAndLength(sentence.Sentence.Tokens.Length);
        return topic.WordsFrom(start, start + count) <= AttachmentWords;
    }
}
