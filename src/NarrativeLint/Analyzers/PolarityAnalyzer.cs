// NL1003: text that contradicts a "never" or "always" commitment.
//
// A never-commitment ("we never sell customer data") is contradicted by a sentence on its topic, with at
// least two independent cues, that affirms the act, possibility included ("we may share your data"); it is
// kept by a sentence that negates the act within the clause ("we will never sell your data"), and broken
// again by a later clause that affirms it ("…, but we may share it with advertisers"). An always-commitment
// works the other way round. Questions and labels (headings, a few words without a full stop) affirm nothing.
//
// A clause in the conditional ("reporting it as a public issue would be disclosure") speaks of a hypothetical and
// affirms nothing; a conditional in another clause of the sentence ("We publish them: it would be a disclosure")
// leaves the act affirmed but less surely: a warning (confidence halved), not an error.
//
// A scoped promise ("Essentials never contain palm oil") is held to the clause that names its scope: "Vita gummies
// contain a little palm oil; our Essentials range never does" tells another product's act.
//
// Only the brand's own act counts: a sentence whose act has someone else as its subject ("you may not sell
// your policy", "partners may share…") is not the brand promising; a pack synonym widens the act only where
// the pack lists it among its act-equivalents ("rent" for "sell", not "share"); and an always-promise is not
// negated by a legal disclaimer ("Disclaimer of warranties"). The act told by the one it is done for ("partners buy our
// data", the packs' converse-acts with a counterpart as subject) is the brand's act, and names it.
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using NarrativeLint.Language;
using NarrativeLint.Registry;

namespace NarrativeLint.Analyzers;

public sealed class PolarityAnalyzer : NarrativeAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.PolarityContradicted];

    public override void Initialize(NarrativeAnalysisContext context)
    {
        if (!context.Registry.Commitments.Any(c => c.Polarity != Polarity.None)) return;
        var topics = context.Session.Topics;
        var brand = context.Session.BrandWords;
        context.RegisterSentenceAction(ctx => Analyze(ctx, topics, brand));
    }

    static void Analyze(SentenceAnalysisContext ctx, CommitmentTopics topics, IReadOnlySet<string> brand)
    {
        var sentence = ctx.Sentence;
        if (sentence.IsQuestion || sentence.IsLabel) return;
        var topicsOfSentence = topics.Of(sentence);
        // Most sentences speak of no active commitment with a polarity: they leave before the closures of the reading are made.
        if (topicsOfSentence.Any(e => e.Commitment.Polarity != Polarity.None && e.Commitment.Status == CommitmentStatus.Active))
            AnalyzePolar(ctx, topics, brand, topicsOfSentence);
    }

    static void AnalyzePolar(SentenceAnalysisContext ctx, CommitmentTopics topics, IReadOnlySet<string> brand, ImmutableArray<TopicEvidence> topicsOfSentence)
    {
        var sentence = ctx.Sentence;
        foreach (var evidence in topicsOfSentence)
        {
            var commitment = evidence.Commitment;
            if (commitment.Polarity == Polarity.None || commitment.Status != CommitmentStatus.Active) continue;
            var converse = commitment.Polarity == Polarity.Never ? ConverseCue(sentence, commitment) : null;
            var topic = ActCues(sentence, evidence, converse);
            if (topic.DistinctIndependentCues < 2 || topics.SpeaksOfThePast(sentence, commitment)) continue;
            var firstCue = topic.IndependentCues.Min(c => c.Tokens.Start.GetOffset(sentence.Sentence.Tokens.Length));
            // "Partners buy our data": the other party is the subject of the brand's sale told from its side.
            if (converse is null && sentence.Pack.OtherActorBefore(sentence.Sentence, firstCue, brand)) continue;
            if (topic.IndependentCues.All(c => sentence.IsCited(sentence.SpanOf(c.Tokens)))) continue;
            if (commitment.Polarity == Polarity.Always && sentence.IsUnderDisclaimer) continue;
            if (InConditionalClause(sentence, topic)) continue;

            bool contradicts = commitment.Polarity == Polarity.Never ? Affirms(sentence.Sentence, topic, sentence.Pack.SubjectInVerb) : Negates(sentence.Sentence, topic);
            if (!contradicts) continue;
            var acting = topic.IndependentCues.Where(c => sentence.Sentence.IsNegated(c.Tokens) == (commitment.Polarity == Polarity.Always)).ToList();
            if (topics.ScopeNamedOnlyElsewhere(sentence, commitment, acting)) continue;

            var span = sentence.Sentence.Span;
            var quoted = ctx.Quote(span);
            var reading = commitment.Polarity == Polarity.Never
                ? sentence.Sentence.Has(CueKind.Modal) ? Fragments.AllowsWhatItRulesOut : Fragments.AffirmsWhatItRulesOut
                : Fragments.NegatesWhatItPromises;
            // "'{0}' {1}, but commitment '{2}' says: {3}; source: {4}"
            ctx.ReportDiagnostic(FindingProperties.Create(Descriptors.PolarityContradicted, ctx.LocationOf(span), commitment.Id, quoted,
                topics.ScopeConfidence(sentence, commitment) * (sentence.Sentence.Has(CueKind.Conditional) ? HypotheticalConfidence : 1), quoted, reading, commitment.Id, commitment.Statement, commitment.Source ?? Fragments.TheRegistry));
            return;
        }
    }

    /// <summary>
    /// Whether the act is only told in the conditional: outside the clauses of conditional cues, fewer than the two
    /// distinct cues that place a sentence on the topic remain ("Given the public visibility of GitHub issues,
    /// reporting a vulnerability as a GitHub issue would be public disclosure").
    /// </summary>
    static bool InConditionalClause(AnalyzedSentence sentence, TopicEvidence topic)
    {
        int length = sentence.Sentence.Tokens.Length;
        var conditionals = sentence.Sentence.Cues.Where(c => c.Kind == CueKind.Conditional).Select(c => c.Tokens.Start.GetOffset(length)).ToList();
        if (conditionals.Count == 0) return false;
        bool Hypothetical(PhraseMatch cue) => conditionals.Any(at =>
        {
            int start = cue.Tokens.Start.GetOffset(length);
            return !sentence.Pack.ClauseBoundaryAmong(sentence.Sentence, Math.Min(at, start), Math.Max(at, start));
        });
        return topic.IndependentCues.Where(c => !Hypothetical(c)).Select(c => c.Phrase.Text).Distinct(StringComparer.OrdinalIgnoreCase).Count() < 2;
    }

    /// <summary>How much a conditional ("would") weakens a contradiction: a hypothetical is not a report of what is done.</summary>
    const double HypotheticalConfidence = 0.5;

    /// <summary>
    /// The act is affirmed when no cue is negated, or when a clause after a negation affirms a cue the negation did
    /// not cover: "We never sell your data, but we may share it with advertisers." A cue standing before the
    /// negation ("Your data is never sold") is its subject, not a second claim; the negated word said again counts only
    /// in the brand's voice.
    /// </summary>
    static bool Affirms(Sentence sentence, TopicEvidence topic, bool subjectInVerb)
    {
        var negated = topic.IndependentCues.Where(c => sentence.IsNegated(c.Tokens)).ToList();
        if (negated.Count == 0) return true;
        int length = sentence.Tokens.Length;
        int scopesEnd = sentence.Cues.Where(c => c.Kind == CueKind.Negation).Max(c => c.Scope.End.GetOffset(length));
        var negatedWords = negated.Select(c => c.Phrase.Text).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return topic.IndependentCues.Any(c => c.Tokens.Start.GetOffset(length) is var start && start >= scopesEnd && !sentence.IsNegated(c.Tokens)
                                              && (!negatedWords.Contains(c.Phrase.Text) || subjectInVerb || SpokenByUs(sentence, scopesEnd, start)));
    }

    /// <summary>
    /// A word the negation already covered, said again after it, is another use of it ("…never record consultations,
    /// and the notes go into your medical record") unless the brand says it does it: "…with one exception: we record
    /// the session for you" (where verbs carry their subject, "registriamo" says it).
    /// </summary>
    static bool SpokenByUs(Sentence sentence, int from, int cue) =>
        sentence.Cues.Any(c => c.Kind == CueKind.FirstPerson && c.Tokens.Start.GetOffset(sentence.Tokens.Length) is var at && at >= from && at < cue);

    /// <summary>
    /// The topic's cues that name its act: as written, or through a synonym the pack lists as an act-equivalent; and the
    /// act told from its other side (<paramref name="converse"/>).
    /// </summary>
    static TopicEvidence ActCues(AnalyzedSentence sentence, TopicEvidence topic, PhraseMatch? converse) =>
        topic.Cues.All(c => c.Phrase.Via is null) && converse is null
            ? topic
            : new TopicEvidence(topic.Commitment, [.. topic.Cues.Where(c => c.Phrase.Via is not { } via || sentence.Pack.AreActEquivalents(c.Phrase.Text, via)),
                .. converse is { } told ? [told] : Array.Empty<PhraseMatch>()],
            topic.TokenCount, topic.FromContext);

    /// <summary>
    /// A cue of the commitment's act told by the one it is done for: "selected partners will receive health data" is "share",
    /// "partners pay a fee for the location data" is "sell" (the packs' <c>converse-acts</c>, with one of their
    /// <c>counterparts</c> as subject), when the commitment's topic names that act in the sentence's language.
    /// </summary>
    static PhraseMatch? ConverseCue(AnalyzedSentence sentence, Commitment commitment)
    {
        var pack = sentence.Pack;
        // The commitment's act cues are stemmed only for a sentence that tells a converse act: most tell none.
        HashSet<string>? acts = null;
        foreach (var (act, tokens) in pack.ConverseActsByCounterparts(sentence.Sentence))
            if ((acts ??= commitment.TopicFor(sentence.Sentence.Language).Select(cue => string.Join(' ', pack.StemPhrase(cue))).ToHashSet(StringComparer.Ordinal))
                .Contains(string.Join(' ', pack.StemPhrase(act))))
                return new PhraseMatch(new Phrase(PhraseRole.Topic, commitment.Id, act, Via: string.Join(' ', sentence.Sentence.Tokens.AsSpan()[tokens].ToArray().Select(t => t.Lower))), tokens);
        return null;
    }

    /// <summary>An always-commitment is contradicted when one of its cues is negated.</summary>
    static bool Negates(Sentence sentence, TopicEvidence topic) => topic.IndependentCues.Any(c => sentence.IsNegated(c.Tokens));
}
