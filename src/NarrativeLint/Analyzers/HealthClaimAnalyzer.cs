// NL5004: a health claim no food, supplement or medicine advertising may make.
//
// Regulation (EC) No 1924/2006 (health claims on foods), Regulation (EU) No 1169/2011 Art. 7(3) (no food
// prevents, treats or cures a disease) and Directive 2001/83/EC Art. 90(b) (no medicine is free of side
// effects). The wording is data in rules/catalogues/eu-health-claims.yaml; the law restricts the words
// themselves, so no figure or commitment beside them makes them acceptable, only authorised wording (qualifiers).
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using NarrativeLint.Language;
using NarrativeLint.Registry;

namespace NarrativeLint.Analyzers;

public sealed class HealthClaimAnalyzer : NarrativeAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.RestrictedHealthClaim];

    public override void Initialize(NarrativeAnalysisContext context)
    {
        var rules = context.Registry.Claims.Where(c => c.Check == ClaimCheck.RestrictedPhrase).ToDictionary(c => c.Id, StringComparer.Ordinal);
        if (rules.Count == 0) return;
        context.RegisterDocumentAction(ctx => Analyze(ctx, rules));
    }

    static void Analyze(DocumentAnalysisContext ctx, Dictionary<string, ClaimRule> rules)
    {
        var document = ctx.Document;
        if (!document.HasClaimOf(rules)) return;
        // The rules whose context words stand somewhere in the document: worked out only for a document with a claim.
        HashSet<string>? documentContext = null;
        bool InDocument(string rule) => (documentContext ??= document.Sentences.SelectMany(s => s.Phrases)
            .Where(p => p.Phrase.Role == PhraseRole.ClaimContext).Select(p => p.Phrase.OwnerId).ToHashSet(StringComparer.Ordinal)).Contains(rule);
        foreach (var sentence in document.Sentences)
        {
            // A question ("Does it cure insomnia?", the FAQ's own wording) asks; its answer is what claims.
            if (sentence.Phrases.IsEmpty || sentence.IsQuestion) continue;
            foreach (var (match, rule) in sentence.ClaimsOf(rules))
            {
                if (!rule.AppliesTo(sentence.Metadata.Channel) || !sentence.States(match)) continue;
                if (!rule.Context.IsEmpty && !(rule.ContextReach switch
                    {
                        ContextReach.Document => InDocument(rule.Id),
                        ContextReach.Object => sentence.HasContextAfter(match, rule.Id),
                        _ => sentence.HasPhrase(PhraseRole.ClaimContext, rule.Id),
                    })) continue;
                if (sentence.HasPhrase(PhraseRole.ClaimQualifier, rule.Id)) continue;
                ctx.ReportClaim(sentence, match, rule);
                break;
            }
        }
    }
}
