// NL2002: a translation that says something other than its source.
//
// The engine pairs translations with their sources and aligns their blocks (TranslationPair). In each
// aligned pair of blocks this compares what translation keeps as written: dates (normalised by the packs,
// so "3 March 2026" meets "3 marzo 2026"), digit runs (numbers, percentages, money, durations, versions,
// read without separators so "1,000" meets "1.000"), link targets (without language folders) and, where
// both languages have a pack, whether the block negates. One finding per difference, on the translation,
// with the source's side as a related location. A translation its own metadata marks as stale
// (drifted_from_default, or dated before its source) is reported once.
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Language;

namespace NarrativeLint.Analyzers;

public sealed class TranslationDriftAnalyzer : NarrativeAnalyzer
{
    /// <summary>Front matter keys with which a localisation workflow marks a translation its source has moved past.</summary>
    static readonly string[] StaleMarks = ["drifted_from_default", "outdated", "needs_update"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.TranslationDrift];

    public override void Initialize(NarrativeAnalysisContext context) => context.RegisterCorpusEndAction(Compare);

    static void Compare(CorpusAnalysisContext ctx)
    {
        foreach (var pair in ctx.TranslationPairs)
        {
            ReportStale(ctx, pair);
            // Blocks placed together by kind and length alone are shown (annotate) but not compared: a wrong guess would report differences that are not there.
            foreach (var aligned in pair.Alignment.Where(a => a.How != BlockMatch.Structure))
            {
                var numbersCompared = CompareDates(ctx, pair, aligned);
                CompareNumbers(ctx, pair, aligned, numbersCompared);
                CompareLinks(ctx, pair, aligned);
                ComparePolarity(ctx, pair, aligned);
            }
        }
    }

    /// <summary>One difference: where it is on each side, the two values as written, and its kind.</summary>
    static void Report(CorpusAnalysisContext ctx, TranslationPair pair, string kind, Location here, string hereValue, Location there, object thereValue)
    {
        var line = there.GetLineSpan().StartLinePosition.Line + 1;
        var properties = FindingProperties.Of(quoted: hereValue).Add(FindingProperties.Difference, kind);
        // "{0} differs from the source: '{1}' here, '{2}' in {3}:{4}"
        ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.TranslationDrift, here, [there], properties,
            Fragments.TranslationDifference(kind), FindingProperties.OneLine(hereValue), FindingProperties.OneLine(thereValue), pair.Source.Path, line));
    }

    static void ReportStale(CorpusAnalysisContext ctx, TranslationPair pair)
    {
        var translation = pair.Translation.Content.Metadata;
        var sourceDate = pair.Source.Content.Metadata.Date;
        var mark = StaleMarks.FirstOrDefault(k => translation.Properties.TryGetValue(k, out var v) && v.Trim().Equals("true", StringComparison.OrdinalIgnoreCase));
        bool older = translation.Date is { } date && sourceDate is { } newer && date < newer;
        if (mark is null && !older) return;
        var text = pair.Translation.Content.Source.ToString();
        var at = mark is not null ? text.IndexOf(mark, StringComparison.Ordinal) : -1;
        var here = pair.Translation.LocationOfSource(at >= 0 ? new TextSpan(at, mark!.Length) : default);
        var hereValue = (mark is not null ? mark + ": true" : "") + (translation.Date is { } d ? (mark is not null ? ", " : "") + Day(d) : "");
        Report(ctx, pair, "stale", here, hereValue, pair.Source.LocationOfSource(default), sourceDate is { } s ? Day(s) : Fragments.DateNotRecorded);
    }

    static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Dates the packs read on both sides, compared in order when both sides have as many; returns whether they
    /// were, so their digits are not compared again as numbers.
    /// </summary>
    static bool CompareDates(CorpusAnalysisContext ctx, TranslationPair pair, AlignedBlocks aligned)
    {
        var source = Dates(aligned.Source);
        var translation = Dates(aligned.Translation);
        if (source.Count == 0 || source.Count != translation.Count) return false;
        for (int i = 0; i < source.Count; i++)
        {
            var (s, sSentence) = source[i];
            var (t, tSentence) = translation[i];
            if (DateKey(s, t.Precision) == DateKey(t, s.Precision)) continue;
            Report(ctx, pair, "date", pair.Translation.LocationOf(aligned.Translation.Segment, t.Span), pair.Translation.Quote(aligned.Translation.Segment, t.Span),
                pair.Source.LocationOf(aligned.Source.Segment, s.Span), pair.Source.Quote(aligned.Source.Segment, s.Span));
        }
        return true;
    }

    static List<(Quantity Date, AnalyzedSentence Sentence)> Dates(TranslationBlock block) =>
        [.. block.Sentences.SelectMany(s => s.Sentence.Quantities.Where(q => q.Kind == QuantityKind.Date && q.Date is not null).Select(q => (q, s)))];

    /// <summary>A date at the coarser of two precisions, so "March 2026" meets "3 March 2026" only on the month.</summary>
    static string DateKey(Quantity date, DatePrecision other)
    {
        var precision = (DatePrecision)Math.Min((int)date.Precision, (int)other);
        var day = date.Date!.Value;
        return precision switch
        {
            DatePrecision.Day => Day(day),
            DatePrecision.Month => day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ => day.Year.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// Digit runs that one side has and the other has not, paired in order of appearance. A number on one side
    /// only (a count the other spells out in words) is not a difference; a number that changed is.
    /// </summary>
    static void CompareNumbers(CorpusAnalysisContext ctx, TranslationPair pair, AlignedBlocks aligned, bool datesCompared)
    {
        var source = Numbers(aligned.Source, datesCompared);
        var translation = Numbers(aligned.Translation, datesCompared);
        var onlySource = Without(source, translation, n => n.Value);
        var onlyTranslation = Without(translation, source, n => n.Value);
        WrittenApart(onlySource, onlyTranslation);
        WrittenApart(onlyTranslation, onlySource);
        for (int i = 0; i < Math.Min(onlySource.Count, onlyTranslation.Count); i++)
        {
            var (s, t) = (onlySource[i], onlyTranslation[i]);
            var (sSpan, _) = Widened(aligned.Source, s.Span);
            var (tSpan, kind) = Widened(aligned.Translation, t.Span);
            Report(ctx, pair, kind, pair.Translation.LocationOf(aligned.Translation.Segment, tSpan), pair.Translation.Quote(aligned.Translation.Segment, tSpan),
                pair.Source.LocationOf(aligned.Source.Segment, sSpan), pair.Source.Quote(aligned.Source.Segment, sSpan));
        }
    }

    static List<BlockNumber> Numbers(TranslationBlock block, bool withoutDates)
    {
        if (!withoutDates) return [.. block.Numbers];
        var dates = Dates(block).Select(d => d.Date.Span).ToList();
        return [.. block.Numbers.Where(n => !dates.Any(d => d.OverlapsWith(n.Span)))];
    }

    /// <summary>Takes out a run of one side whose groups the other side has as separate numbers: "2,3" against "2, 3", "74,825" against "74 825".</summary>
    static void WrittenApart(List<BlockNumber> runs, List<BlockNumber> other)
    {
        foreach (var run in runs.Where(r => r.Parts.Length > 1).ToList())
        {
            var left = other.ToList();
            if (!run.Parts.All(part => left.FindIndex(n => n.Value == part) is var at && at >= 0 && left.Remove(left[at]))) continue;
            runs.Remove(run);
            other.Clear();
            other.AddRange(left);
        }
    }

    /// <summary>The items of <paramref name="items"/> left once each of <paramref name="other"/> has taken its twin (multiset difference, order kept).</summary>
    static List<T> Without<T>(IEnumerable<T> items, IEnumerable<T> other, Func<T, string> key)
    {
        var counts = other.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var left = new List<T>();
        foreach (var item in items)
        {
            if (counts.TryGetValue(key(item), out var n) && n > 0) counts[key(item)] = n - 1;
            else left.Add(item);
        }
        return left;
    }

    /// <summary>A digit run widened to the quantity the pack read around it ("92%", "€180", "24 hours"), and what kind of value it is.</summary>
    static (TextSpan Span, string Kind) Widened(TranslationBlock block, TextSpan digits)
    {
        foreach (var sentence in block.Sentences)
            foreach (var quantity in sentence.Sentence.Quantities)
                if (quantity.Span.Contains(digits))
                    return (quantity.Span, quantity.Kind switch
                    {
                        QuantityKind.Percentage => "percentage",
                        QuantityKind.Money => "money",
                        QuantityKind.Duration => "duration",
                        QuantityKind.Date => "date",
                        _ => "number",
                    });
        var text = block.Segment.Text;
        var written = text.Substring(digits.Start, digits.Length);
        bool version = written.Count(c => c == '.') >= 2 || digits.Start > 0 && text[digits.Start - 1] is 'v' or 'V';
        return (digits, version ? "version" : "number");
    }

    static void CompareLinks(CorpusAnalysisContext ctx, TranslationPair pair, AlignedBlocks aligned)
    {
        // A link localised for the reader (normalised to "~host") is the translator's choice.
        var onlySource = Without(aligned.Source.Links, aligned.Translation.Links, l => l.Target).Where(l => !l.Target.StartsWith('~')).ToList();
        var onlyTranslation = Without(aligned.Translation.Links, aligned.Source.Links, l => l.Target).Where(l => !l.Target.StartsWith('~')).ToList();
        for (int i = 0; i < Math.Min(onlySource.Count, onlyTranslation.Count); i++)
            Report(ctx, pair, "link", pair.Translation.LocationOfSource(onlyTranslation[i].SourceSpan), onlyTranslation[i].Written,
                pair.Source.LocationOfSource(onlySource[i].SourceSpan), onlySource[i].Written);
    }

    /// <summary>
    /// A block that negates against one that does not, where both languages have a pack that knows their
    /// negation words (a language without one is read by a stand-in pack that knows no cues).
    /// </summary>
    static void ComparePolarity(CorpusAnalysisContext ctx, TranslationPair pair, AlignedBlocks aligned)
    {
        // One sentence against one, placed together by anchors: a longer block may move its negation into another
        // sentence or say "without" for "not", and a block placed by position may be another sentence.
        if (aligned.How != BlockMatch.Anchors || aligned.Source.Sentences.Length != 1 || aligned.Translation.Sentences.Length != 1) return;
        if (!Knows(aligned.Source, pair.SourceLanguage) || !Knows(aligned.Translation, pair.TranslationLanguage)) return;
        var source = Negations(aligned.Source);
        var translation = Negations(aligned.Translation);
        if ((source.Count == 0) == (translation.Count == 0)) return;
        var (here, hereValue) = translation.Count > 0 ? translation[0] : Whole(aligned.Translation);
        var (there, thereValue) = source.Count > 0 ? source[0] : Whole(aligned.Source);
        Report(ctx, pair, "negation", pair.Translation.LocationOf(aligned.Translation.Segment, here), hereValue,
            pair.Source.LocationOf(aligned.Source.Segment, there), thereValue);

        static (TextSpan, string) Whole(TranslationBlock block) => (new TextSpan(0, block.Segment.Text.Length), block.Segment.Text);
    }

    static bool Knows(TranslationBlock block, string language) =>
        block.Sentences.Length > 0 && block.Sentences.All(s => s.Pack.IsSupported && s.Pack.Code.Equals(language, StringComparison.OrdinalIgnoreCase));

    static List<(TextSpan Span, string Text)> Negations(TranslationBlock block) =>
        [.. block.Sentences.SelectMany(s => s.Sentence.Cues.Where(c => c.Kind == CueKind.Negation).Select(c => s.SpanOf(c.Tokens)).Select(span => (span, s.TextOf(span))))];
}
