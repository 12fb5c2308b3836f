// NL5010: a sponsored post without a clear disclosure.
//
// FTC Endorsement Guides (16 CFR Part 255) and, in the EU, the Unfair Commercial Practices Directive: paid
// content says so clearly. A unit marked sponsored (or paid partnership) must carry one of the catalogue's
// disclosures ("#ad", "Sponsored", "Pubblicità", "Publicitate"); ambiguous tags (#sp, #collab) are not on the list.
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using NarrativeLint.Registry;

namespace NarrativeLint.Analyzers;

public sealed class SponsoredDisclosureAnalyzer : NarrativeAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.SponsoredWithoutDisclosure];

    public override void Initialize(NarrativeAnalysisContext context)
    {
        var rules = context.Registry.Claims.Where(c => c.Check == ClaimCheck.SponsoredDisclosure)
            .Select(rule => (rule, new SurfacePhrases(rule.Qualifiers.Values.SelectMany(v => v))))
            .ToList();
        if (rules.Count == 0) return;
        context.RegisterDocumentAction(ctx => Analyze(ctx, rules));
    }

    static void Analyze(DocumentAnalysisContext ctx, List<(ClaimRule Rule, SurfacePhrases Disclosures)> rules)
    {
        var content = ctx.Document.Content;
        foreach (var unit in content.AllUnits)
        {
            var metadata = content.MetadataOf(unit.Index);
            if (metadata.Sponsored != true) continue;
            var text = string.Join("\n", content.Segments.Where(s => s.Unit == unit.Index).Select(s => s.Text));
            foreach (var (rule, disclosures) in rules)
            {
                if (!rule.AppliesTo(metadata.Channel) || disclosures.FoundIn(text)) continue;
                // "This sponsored post has no clear disclosure such as #ad or 'Sponsored' ({0})"
                ctx.ReportDiagnostic(Diagnostic.Create(rule.Descriptor(),
                    ctx.Document.LocationOfSource(new Microsoft.CodeAnalysis.Text.TextSpan(unit.Span.Start, 0)),
                    FindingProperties.Of(commitmentId: rule.Id), rule.LegalSource));
            }
        }
    }
}
