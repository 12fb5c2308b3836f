// NL1001: a quantity outside a commitment's bound. NL1002: a date later than a committed deadline.
// NL1007: a target year earlier than the registered one.
//
// A sentence is placed on a commitment by its topic cues; each duration, percentage, price, number or
// date in it is compared with the commitment's facts of the same kind. A worked example ("Example: 200 employees come
// to €800 a month") computes its figures and is not held to a promise. A stricter value keeps the promise;
// a value outside the bound breaks it. Sentences that speak of the past, and documents dated before the
// commitment applied, are not held to it.
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using NarrativeLint.Language;
using NarrativeLint.Registry;

namespace NarrativeLint.Analyzers;

public sealed partial class CommitmentFactAnalyzer : NarrativeAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
        [Descriptors.QuantityOutsideBound, Descriptors.DeadlineMissed, Descriptors.TargetDiffers];

    public override void Initialize(NarrativeAnalysisContext context)
    {
        var topics = context.Session.Topics;
        context.RegisterSentenceAction(ctx => Analyze(ctx, topics));
    }

    static void Analyze(SentenceAnalysisContext ctx, CommitmentTopics topics)
    {
        var sentence = ctx.Sentence;
        if (sentence.Sentence.Quantities.IsEmpty || sentence.IsQuestion || sentence.Pack.IsWorkedExample(sentence.Sentence)) return;
        var evidence = topics.OfInContext(sentence);
        if (evidence.IsEmpty) return;

        foreach (var quantity in sentence.Sentence.Quantities)
        {
            // "never more than €50" keeps the cap; a negated quantity states no value.
            if (sentence.Sentence.IsNegated(sentence.Sentence.TokenAt(quantity.Span.Start))) continue;
            if (topics.Place(sentence, evidence, quantity) is not var (topic, fact)) continue;
            var commitment = topic.Commitment;
            // Retired and superseded commitments are the status analyzer's: restating them is the finding.
            if (commitment.Status != CommitmentStatus.Active || topics.SpeaksOfThePast(sentence, commitment)) continue;

            var descriptor = fact.Relation == FactRelation.By
                ? FactComparison.Later(quantity, fact) ? Descriptors.DeadlineMissed
                  : FactComparison.EarlierTarget(quantity, fact) && quantity.Qualifier == Qualifier.AtMost ? Descriptors.TargetDiffers
                  : null
                : FactComparison.Contradicts(quantity, fact) ? Descriptors.QuantityOutsideBound : null;
            if (descriptor is null) continue;

            var quoted = ctx.Quote(quantity.Span);
            var (found, bound) = (FactComparison.Describe(quantity), FactComparison.Describe(fact));
            var fix = descriptor == Descriptors.QuantityOutsideBound ? PromisedValue(quantity, fact, quoted) : null;
            var confidence = topics.Confidence(sentence, topic, quantity);
            // "'{0}' says {1}, but commitment '{2}' promises {3} ({4}); source: {5}"
            ctx.ReportDiagnostic(FindingProperties.CreateWeighed(descriptor, ctx.LocationOf(quantity.Span), FindingProperties.Of(commitment.Id, quoted, fix, found.ToString(), bound.ToString()),
                confidence, quoted, found, commitment.Id, bound, commitment.Statement, commitment.Source ?? Fragments.TheRegistry));
        }
    }
}
