// NL3001: wording that breaches a declared value.
//
// Breach phrases are matched on stems, so inflected forms count ("este confidențială" breaches "este
// confidențial"); a phrase negated in its clause ("this is not a last chance") does not.
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using NarrativeLint.Language;

namespace NarrativeLint.Analyzers;

public sealed class ValuesAnalyzer : NarrativeAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.ValueBreached];

    public override void Initialize(NarrativeAnalysisContext context)
    {
        if (context.Registry.Values.IsEmpty) return;
        var values = context.Registry.Values.ToDictionary(v => v.Id, StringComparer.Ordinal);
        context.RegisterSentenceAction(ctx =>
        {
            var sentence = ctx.Sentence;
            foreach (var match in sentence.Phrases)
            {
                if (match.Phrase.Role != PhraseRole.Breach || sentence.Sentence.IsNegated(match.Tokens)) continue;
                if (!values.TryGetValue(match.Phrase.OwnerId, out var value)) continue;
                var span = sentence.SpanOf(match.Tokens);
                var quoted = ctx.Quote(span);
                // "'{0}' breaches the value '{1}': {2}"
                ctx.ReportDiagnostic(FindingProperties.Create(Descriptors.ValueBreached, ctx.LocationOf(span), value.Id, quoted,
                    quoted, value.Id, value.Statement));
                return;
            }
        });
    }
}
