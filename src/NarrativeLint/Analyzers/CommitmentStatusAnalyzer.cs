// NL1004: a retired commitment restated as current. NL1005: a superseded commitment restated as current.
//
// A superseded commitment is restated when a sentence on its topic states its old value ("fixed for 12 months"
// after the 24-month promise replaced it). A retired commitment without facts is restated when a sentence
// affirms it with at least two independent cues, or names it by a cue of several words that is no other commitment's
// ("Giga Fedeltà") and is not as much about an active commitment; a sentence dated in the month it was retired tells
// its end ("Loyalty Gigabytes ended on 30 April 2025"). History ("until 2023", "no longer") and documents dated before
// the change are not restatements.
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using NarrativeLint.Language;
using NarrativeLint.Registry;

namespace NarrativeLint.Analyzers;

public sealed class CommitmentStatusAnalyzer : NarrativeAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
        [Descriptors.RetiredCommitmentRestated, Descriptors.SupersededCommitmentRestated];

    public override void Initialize(NarrativeAnalysisContext context)
    {
        var topics = context.Session.Topics;
        context.RegisterSentenceAction(ctx => Analyze(ctx, topics));
    }

    static void Analyze(SentenceAnalysisContext ctx, CommitmentTopics topics)
    {
        var sentence = ctx.Sentence;
        if (sentence.IsQuestion) return;
        var evidence = topics.Of(sentence);
        // Most sentences speak of no commitment that is not active: they leave before the closures of the reading are made.
        if (evidence.Any(e => e.Commitment.Status != CommitmentStatus.Active)) AnalyzeInactive(ctx, topics, evidence);
    }

    static void AnalyzeInactive(SentenceAnalysisContext ctx, CommitmentTopics topics, ImmutableArray<TopicEvidence> evidence)
    {
        var sentence = ctx.Sentence;
        foreach (var quantity in sentence.Sentence.Quantities)
            if (topics.Place(sentence, evidence, quantity) is var (topic, fact) && topic.Commitment.Status != CommitmentStatus.Active
                && FactComparison.SameValue(quantity, fact) && !topics.SpeaksOfThePast(sentence, topic.Commitment))
            {
                Report(ctx, topics, topic.Commitment, quantity.Span);
                return;
            }

        foreach (var topic in evidence)
        {
            var commitment = topic.Commitment;
            // Superseded commitments share their successor's cues, so only their old value tells them apart.
            if (commitment.Status != CommitmentStatus.Retired) continue;
            if (topic.DistinctIndependentCues < 2 && !NamesTheOffer(sentence, topic, evidence, topics) || topics.SpeaksOfThePast(sentence, commitment)) continue;
            // "Loyalty Gigabytes ended on 30 April 2025": a sentence dated in the month the offer was retired tells its end.
            if (topics.EndOf(commitment) is { } ended && sentence.Sentence.Quantities.Any(q => q.Kind == QuantityKind.Date && q.Date is { } date
                    && date.Year == ended.Year && (q.Precision == DatePrecision.Year || date.Month == ended.Month))) continue;
            if (topic.IndependentCues.Any(c => sentence.Sentence.IsNegated(c.Tokens))) continue;
            Report(ctx, topics, commitment, sentence.Sentence.Span);
            return;
        }
    }

    /// <summary>
    /// Whether a cue of several words names the retired offer itself ("Giga Fedeltà", "la box di compleanno", "Loyalty
    /// Gigabytes"): one such name, no other commitment's cue, is as specific as two cues, unless the sentence is as much
    /// about an active commitment.
    /// </summary>
    static bool NamesTheOffer(AnalyzedSentence sentence, TopicEvidence topic, ImmutableArray<TopicEvidence> evidence, CommitmentTopics topics) =>
        topic.IndependentCues.Any(c => c.TokenCount(sentence.Sentence.Tokens.Length) >= 2 && !topics.IsCueOfAnother(c.Phrase.Text, topic.Commitment))
        && !evidence.Any(other => other.Commitment.Status == CommitmentStatus.Active && other.DistinctIndependentCues >= topic.DistinctIndependentCues);

    static void Report(SentenceAnalysisContext ctx, CommitmentTopics topics, Commitment commitment, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        var quoted = ctx.Quote(span);
        var location = ctx.LocationOf(span);
        if (commitment.Status == CommitmentStatus.Superseded && commitment.SupersededBy is { } next)
        {
            var successor = topics.Find(next);
            // "'{0}' restates commitment '{1}' ({2}), superseded by '{3}': {4}"
            ctx.ReportDiagnostic(FindingProperties.Create(Descriptors.SupersededCommitmentRestated, location, commitment.Id, quoted,
                quoted, commitment.Id, commitment.Statement, next, successor?.Statement ?? Fragments.SeeTheRegistry));
            return;
        }
        // "'{0}' restates commitment '{1}' ({2}), which was retired on {3}; source: {4}"
        ctx.ReportDiagnostic(FindingProperties.Create(Descriptors.RetiredCommitmentRestated, location, commitment.Id, quoted,
            quoted, commitment.Id, commitment.Statement, topics.EndOf(commitment)?.ToString("yyyy-MM-dd") ?? Fragments.DateNotRecorded, commitment.Source ?? Fragments.TheRegistry));
    }
}
