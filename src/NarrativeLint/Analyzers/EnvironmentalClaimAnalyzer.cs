// NL5001: a generic environmental claim without a specific, evidenced claim beside it.
// NL5002: a climate-neutrality claim based on offsetting.
// NL5003: a future environmental claim ("net zero by 2045") with no published plan.
//
// Directive (EU) 2024/825 (applies from 27 September 2026). The trigger words and the offsetting words are
// data in rules/catalogues/eu-green-claims.yaml. A claim sitting on a registered commitment that links its
// evidence is substantiated; so is a sentence that states a specific figure.
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using NarrativeLint.Language;
using NarrativeLint.Registry;

namespace NarrativeLint.Analyzers;

public sealed class EnvironmentalClaimAnalyzer : NarrativeAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
        [Descriptors.GenericEnvironmentalClaim, Descriptors.OffsetNeutralityClaim, Descriptors.FutureClaimWithoutPlan];

    /// <summary>The checks, the most specific practice first: one phrase ("carbon neutral") may be an offset-based claim or, without offsetting, a generic one.</summary>
    static readonly ClaimCheck[] Checks = [ClaimCheck.OffsetNeutrality, ClaimCheck.FutureTarget, ClaimCheck.UnsubstantiatedPhrase];

    public override void Initialize(NarrativeAnalysisContext context)
    {
        var rules = context.Registry.Claims.Where(c => Checks.Contains(c.Check)).ToDictionary(c => c.Id, StringComparer.Ordinal);
        if (rules.Count == 0) return;
        var topics = context.Session.Topics;
        var brand = context.Session.BrandWords;
        context.RegisterDocumentAction(ctx => Analyze(ctx, rules, topics, brand));
    }

    static void Analyze(DocumentAnalysisContext ctx, Dictionary<string, ClaimRule> rules, CommitmentTopics topics, IReadOnlySet<string> brand)
    {
        var document = ctx.Document;
        // Only a claim phrase of a rule is ever reported: most documents have none, and need no grouping or ordering.
        if (!document.HasClaimOf(rules)) return;
        // By reference: a segment's value equality would hash its whole text once per sentence.
        foreach (var segment in document.Sentences.GroupBy(s => s.Segment, ReferenceEqualityComparer.Instance))
        {
            // Offsetting explained anywhere in the paragraph taints a neutrality claim in it.
            var offsetRules = segment.SelectMany(s => s.Phrases)
                .Where(p => p.Phrase.Role == PhraseRole.ClaimQualifier).Select(p => p.Phrase.OwnerId).ToHashSet(StringComparer.Ordinal);
            foreach (var sentence in segment)
            {
                // "Are you climate neutral?" asks; the answer is what claims.
                if (sentence.IsQuestion) continue;
                Range judged = default;
                foreach (var (match, rule) in sentence.ClaimsOf(rules, Checks))
                {
                    // The words of a longer claim already judged are that claim ("carbon neutral" in "carbon neutral by 2030").
                    if (Inside(match.Tokens, judged)) continue;
                    // "got the green light", a talk titled "How Green Is My Collector?": an idiom or someone else's words, no claim.
                    if (!sentence.States(match) || !InContext(sentence, match, rule, brand)) continue;
                    judged = match.Tokens;
                    bool reported = rule.Check switch
                    {
                        ClaimCheck.UnsubstantiatedPhrase => !Substantiated(sentence, match, rule, topics),
                        ClaimCheck.OffsetNeutrality => offsetRules.Contains(rule.Id),
                        ClaimCheck.FutureTarget => FutureYear(sentence) && !Evidenced(sentence, topics, cues: 1),
                        _ => false,
                    };
                    if (!reported) continue;
                    ctx.ReportClaim(sentence, match, rule, OwnVoiceOnly(sentence, rule) ? OwnVoiceConfidence : null);
                    break;
                }
            }
        }
    }

    /// <summary>Whether <paramref name="tokens"/> lie strictly inside the longer claim <paramref name="claim"/>.</summary>
    static bool Inside(Range tokens, Range claim) =>
        !claim.Equals(default(Range)) && !tokens.Equals(claim)
        && tokens.Start.Value >= claim.Start.Value && tokens.End.Value <= claim.End.Value;

    /// <summary>
    /// A specific, evidenced claim: the sentence sits on a commitment with evidence, states a figure, or names a
    /// recognised scheme (the rule's qualifiers: EU Ecolabel, EMAS, FSC); or it is a target, not a present claim. A figure that only intensifies the claim word
    /// itself ("100% green", "100% sustenabile", "ecologici al 100%") states nothing specific.
    /// </summary>
    static bool Substantiated(AnalyzedSentence sentence, PhraseMatch claim, ClaimRule rule, CommitmentTopics topics) =>
        Evidenced(sentence, topics, cues: 2)
        // A claim with a target year ("bis 2035 klimaneutral") is about the future: the future-target rule judges it.
        || FutureYear(sentence)
        || sentence.Sentence.Quantities.Any(q => q.Kind is QuantityKind.Percentage or QuantityKind.Number && !Intensifies(sentence.Sentence, q, claim.Tokens))
        || sentence.HasPhrase(PhraseRole.ClaimQualifier, rule.Id);

    /// <summary>
    /// Whether a figure only grades the claim word: right before it ("100% green"), or right after it, one word such
    /// as "al" or "à" aside, ending its clause ("ecologici al 100%."); "eco-friendly 100% recycled bottles" says what is recycled.
    /// </summary>
    static bool Intensifies(Sentence sentence, Quantity figure, Range claim)
    {
        var tokens = sentence.Tokens;
        var (claimStart, claimLength) = claim.GetOffsetAndLength(tokens.Length);
        int after = sentence.TokenAt(figure.Span.End);
        if (after == claimStart) return true;
        int first = sentence.TokenAt(figure.Span.Start), claimEnd = claimStart + claimLength;
        bool follows = first == claimEnd || first == claimEnd + 1 && tokens[claimEnd].Kind == TokenKind.Word;
        return follows && (after < 0 || after >= tokens.Length || tokens[after].Kind != TokenKind.Word);
    }

    /// <summary>
    /// On an active commitment with evidence, by at least <paramref name="cues"/> distinct cues: a target names its
    /// commitment in one cue ("net zero"), but one stray word ("energy-saving") does not make a generic claim specific.
    /// </summary>
    static bool Evidenced(AnalyzedSentence sentence, CommitmentTopics topics, int cues) =>
        topics.Of(sentence).Any(t => t.Commitment.Evidence is { Length: > 0 } && t.Commitment.Status == CommitmentStatus.Active && t.DistinctIndependentCues >= cues);

    /// <summary>
    /// A rule with context words (words with an everyday meaning: "green", "sustainable") counts its phrases only
    /// beside them, the brand's name, or a first-person subject, and never inside a name ("Vita Greens", "Forest Green").
    /// </summary>
    static bool InContext(AnalyzedSentence sentence, PhraseMatch match, ClaimRule rule, IReadOnlySet<string> brand) =>
        rule.Context.IsEmpty
        || !sentence.InName(match) && (sentence.HasPhrase(PhraseRole.ClaimContext, rule.Id) || sentence.InOwnVoice(brand));

    /// <summary>
    /// A word with an everyday meaning placed only by who speaks ("we", the brand), with no word of the environment
    /// beside it: "building sustainable solutions" may mean lasting ones. Weak evidence: a warning, not an error.
    /// </summary>
    static bool OwnVoiceOnly(AnalyzedSentence sentence, ClaimRule rule) =>
        !rule.Context.IsEmpty && !sentence.HasPhrase(PhraseRole.ClaimContext, rule.Id);

    const double OwnVoiceConfidence = 0.5;

    static bool FutureYear(AnalyzedSentence sentence)
    {
        int now = (sentence.Metadata.Date ?? DateOnly.FromDateTime(DateTime.UtcNow)).Year;
        return sentence.Sentence.Quantities.Any(q => q.Kind == QuantityKind.Date && q.Date is { } d && d.Year > now);
    }
}
