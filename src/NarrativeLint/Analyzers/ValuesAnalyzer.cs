// NL3001: wording that breaches a declared value.
//
// Breach phrases are matched on stems, so inflected forms count ("este confidențială" breaches "este
// confidențial"); a phrase negated in its clause ("this is not a last chance") does not. A phrase raised in a
// question and refused in the next sentence ("Cheat day? We don't do that word.", "Prova costume? No, grazie.") is
// mentioned, not used; a question that goes on to sell ("Pronta per la prova costume? Scopri…") still uses it.
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
        // Per document, not per sentence: a question's breach is judged by the sentence after it.
        context.RegisterDocumentAction(ctx =>
        {
            var sentences = ctx.Document.Sentences;
            for (int i = 0; i < sentences.Length; i++)
            {
                var sentence = sentences[i];
                foreach (var match in sentence.Phrases)
                {
                    if (match.Phrase.Role != PhraseRole.Breach || sentence.Sentence.IsNegated(match.Tokens)) continue;
                    if (!values.TryGetValue(match.Phrase.OwnerId, out var value)) continue;
                    if (sentence.IsQuestion && i + 1 < sentences.Length && sentences[i + 1].Pack.OpensWithRefusal(sentences[i + 1].Sentence)) break;
                    var span = sentence.SpanOf(match.Tokens);
                    var quoted = ctx.Document.Quote(sentence.Segment, span);
                    // "'{0}' breaches the value '{1}': {2}"
                    ctx.ReportDiagnostic(FindingProperties.Create(Descriptors.ValueBreached, ctx.Document.LocationOf(sentence.Segment, span), value.Id,
                        quoted, quoted, value.Id, value.Statement));
                    break;
                }
            }
        });
    }
}
