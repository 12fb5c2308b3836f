// NL5020: a marketing email without an unsubscribe link or List-Unsubscribe header.
// NL5021: a marketing email without the sender's identity and postal address.
//
// CAN-SPAM (15 U.S.C. 7704(a)(3), (a)(5)) and the ePrivacy Directive (2002/58/EC Art. 13). Only marketing mail
// is held to this: the email reader marks bulk, campaign and List-Unsubscribe mail; replies to a customer are
// transactional. Findings are about the whole message, so they sit on its first line.
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Registry;

namespace NarrativeLint.Analyzers;

public sealed class MarketingEmailAnalyzer : NarrativeAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
        [Descriptors.MarketingEmailWithoutUnsubscribe, Descriptors.MarketingEmailWithoutSender];

    public override void Initialize(NarrativeAnalysisContext context)
    {
        var rules = context.Registry.Claims.Where(c => c.Check is ClaimCheck.EmailUnsubscribe or ClaimCheck.EmailSenderIdentity)
            .Select(rule => (rule, new SurfacePhrases(rule.Qualifiers.Values.SelectMany(v => v))))
            .ToList();
        if (rules.Count == 0) return;
        context.RegisterDocumentAction(ctx => Analyze(ctx, rules));
    }

    static void Analyze(DocumentAnalysisContext ctx, List<(ClaimRule Rule, SurfacePhrases Qualifiers)> rules)
    {
        var content = ctx.Document.Content;
        if (content.Metadata.Email is not { Marketing: true } email) return;
        var text = string.Join("\n", content.Segments.Select(s => s.Text));
        foreach (var (rule, qualifiers) in rules)
        {
            if (!rule.AppliesTo(content.Metadata.Channel)) continue;
            bool satisfied = rule.Check == ClaimCheck.EmailUnsubscribe
                ? email.HasUnsubscribeHeader || qualifiers.FoundIn(text)
                : NamesSender(email.Sender) || qualifiers.FoundIn(text);
            if (satisfied) continue;
            ctx.ReportDiagnostic(Diagnostic.Create(rule.Descriptor(),
                ctx.Document.LocationOfSource(new TextSpan(0, 0)), FindingProperties.Of(commitmentId: rule.Id), rule.LegalSource));
        }
    }

    /// <summary>A From header with a display name ("Velocell &lt;offers@…&gt;") identifies the sender; a bare address does not.</summary>
    static bool NamesSender(string? from) => from is not null && from.IndexOf('<') is > 0 and var at && from[..at].Trim().Trim('"').Length > 0;
}
