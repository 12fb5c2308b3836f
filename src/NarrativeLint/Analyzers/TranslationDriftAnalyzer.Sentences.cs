using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace NarrativeLint.Analyzers;

// NL2002, one finding per sentence: a translated sentence that went stale in two places ("firmware 7.2.4, released on
// 14 September" for "7.4.2 … 14 October", opening hours "9:00–18:00" for "8:00–22:00") is one sentence to fix.
public sealed partial class TranslationDriftAnalyzer
{
    /// <summary>A difference found in an aligned pair of blocks, reported once the block's differences are gathered by sentence.</summary>
    sealed record Difference(string Kind, Location Here, object HereValue, Location There, object ThereValue, string? CommitmentId = null, double Confidence = 1);

    /// <summary>
    /// Reports the block's differences, those of one sentence of the translation together: one finding over them, which
    /// quotes each value on each side ("'9:00 … 18:00' here, '8:00 … 22:00'"), names their kinds, and relates every
    /// place of the source; it is as sure as the least sure of them.
    /// </summary>
    static void ReportBySentence(CorpusAnalysisContext ctx, TranslationPair pair, AlignedBlocks aligned, List<Difference> found)
    {
        if (found.Count == 0) return;
        var block = aligned.Translation;
        // Where each sentence starts in the file: a link's target written after its text ("[…](…)") belongs to the sentence before it.
        var starts = block.Sentences.Select(s => block.Segment.ToSource(s.Span).Start).ToList();
        // Sentences come in text order: the last that starts at or before the difference, found by halves.
        int SentenceOf(Difference d)
        {
            var at = starts.BinarySearch(d.Here.SourceSpan.Start);
            return at >= 0 ? at : ~at - 1;
        }
        foreach (var sentence in found.GroupBy(SentenceOf))
        {
            var differences = sentence.ToList();
            var first = differences[0];
            if (differences.Count == 1)
            {
                Report(ctx, pair, first.Kind, first.Here, first.HereValue, first.There, first.ThereValue, first.CommitmentId, first.Confidence);
                continue;
            }
            differences.Sort((a, b) => a.Here.SourceSpan.Start.CompareTo(b.Here.SourceSpan.Start));
            var here = TextSpan.FromBounds(differences.Min(d => d.Here.SourceSpan.Start), differences.Max(d => d.Here.SourceSpan.End));
            var kinds = string.Join(',', differences.Select(d => d.Kind).Distinct());
            var there = differences.Select(d => d.There).Distinct().ToList();
            Report(ctx, pair, kinds, pair.Translation.LocationOfSource(here), Joined(differences.Select(d => d.HereValue)), there[0], Joined(differences.Select(d => d.ThereValue)),
                differences.Select(d => d.CommitmentId).FirstOrDefault(id => id is not null), differences.Min(d => d.Confidence), there.Skip(1));
        }

        static string Joined(IEnumerable<object> values) => string.Join(" … ", values.Select(v => FindingProperties.OneLine(v.ToString() ?? "")));
    }
}
