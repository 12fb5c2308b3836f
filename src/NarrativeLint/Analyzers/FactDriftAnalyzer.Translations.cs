using NarrativeLint.Language;

namespace NarrativeLint.Analyzers;

// NL2001 on translations: a translation states its source's facts, so NL2001 leaves it out of the comparison; but where
// the source tells a fact differently from another document and the translation says what its source says ("Fondata a
// Milano nel 2018" for "Founded in Milan in 2018", while the About page says 2019), the translation's reader meets the
// same inconsistency, and the finding is on the translation too.
public sealed partial class FactDriftAnalyzer
{
    /// <param name="told">The facts reported, each with the other document's fact it disagrees with.</param>
    /// <param name="reported">The places already reported, so a translation's fact is reported once.</param>
    static void ReportFaithfulTranslations(CorpusAnalysisContext ctx, List<(StatedFact Fact, StatedFact Other)> told, HashSet<(string, int)> reported)
    {
        if (told.Count == 0 || ctx.TranslationPairs.IsEmpty) return;
        var sources = told.Select(t => t.Fact.Path).ToHashSet(StringComparer.Ordinal);
        // Only the pairs whose source has a finding are aligned here: a run that remembers the others' findings never reads their blocks.
        foreach (var pair in ctx.TranslationPairs.Where(p => sources.Contains(p.Source.Path) && ctx.IsReported(p.Translation.Path)))
            foreach (var (fact, other) in told.Where(t => t.Fact.Path == pair.Source.Path))
            {
                // A translation of the other document itself is that document's own business.
                if (other.Path == pair.Translation.Path) continue;
                if (Translated(pair, fact) is { } translated && reported.Add((translated.Path, translated.Location.SourceSpan.Start))) Report(ctx, translated, other);
            }
    }

    /// <summary>The translation's quantity that states the source's fact with its value, in the block aligned with the fact's (placed by anchors or position).</summary>
    static StatedFact? Translated(TranslationPair pair, StatedFact fact)
    {
        foreach (var aligned in pair.Alignment)
        {
            if (aligned.How == BlockMatch.Structure || aligned.Source.Segment.Text.Length == 0) continue;
            var block = aligned.Source.Segment.ToSource(new Microsoft.CodeAnalysis.Text.TextSpan(0, aligned.Source.Segment.Text.Length));
            if (!block.Contains(fact.Location.SourceSpan.Start)) continue;
            var same = aligned.Translation.Sentences.SelectMany(s => s.Quantities)
                .Where(q => KindKey(q) == KindKey(fact.Quantity) && ValueKey(q) == ValueKey(fact.Quantity)).ToList();
            // One quantity of that value: two would make which one states the fact a guess.
            if (same.Count != 1) return null;
            var segment = aligned.Translation.Segment;
            return fact with
            {
                Quantity = same[0], Path = pair.Translation.Path, Location = pair.Translation.LocationOf(segment, same[0].Span),
                Quoted = pair.Translation.Quote(segment, same[0].Span), Language = pair.TranslationLanguage,
            };
        }
        return null;
    }
}
