using System.Collections.Immutable;
using NarrativeLint.Analyzers;
using NarrativeLint.Language;

namespace NarrativeLint.Engine.Translations;

// What a number of a block measures: "12 months" and a "12-item box" share a digit, not a value.
static partial class TranslationBlocks
{
    /// <summary>The anchor prefix that says what a number measures; it places no block by itself (<see cref="BlockAlignment"/> reads it beside the number's own anchor).</summary>
    internal const string UnitAnchor = "u:";

    /// <summary>
    /// For each digit run the pack read as a length of time, a price or a share, an anchor "u:12:Duration": a translation
    /// keeps what a number measures, so a number that is a duration on one side and a count on the other is not one value
    /// translated ("Punctele expiră după 12 luni" is not "our 12-item autumn box").
    /// </summary>
    static void AddUnitsOfNumbers(ImmutableArray<BlockNumber>.Builder numbers, ImmutableArray<BlockSentence>.Builder sentences, HashSet<string> anchors)
    {
        if (numbers.Count == 0) return;
        List<Quantity>? measures = null;
        for (int at = 0; at < sentences.Count; at++)
            foreach (var quantity in sentences[at].Quantities)
                if (quantity.Kind is QuantityKind.Duration or QuantityKind.Money or QuantityKind.Percentage) (measures ??= []).Add(quantity);
        if (measures is null) return;
        // Both in text order, walked together: a block of one long line holds thousands of each.
        measures.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        int next = 0;
        for (int n = 0; n < numbers.Count; n++)
        {
            var span = numbers[n].Span;
            while (next < measures.Count && measures[next].Span.End <= span.Start) next++;
            for (int m = next; m < measures.Count && measures[m].Span.Start <= span.Start; m++)
                if (measures[m].Span.Contains(span)) anchors.Add(UnitAnchor + numbers[n].Exact + ":" + measures[m].Kind);
        }
    }

    /// <summary>What a block's number measures ("Duration", "Money", "Percentage"), or "" for a count, a year or a number the pack read as nothing.</summary>
    internal static string UnitOf(TranslationBlock block, string exact)
    {
        var prefix = UnitAnchor + exact + ":";
        foreach (var anchor in block.Anchors)
            if (anchor.StartsWith(prefix, StringComparison.Ordinal)) return anchor[prefix.Length..];
        return "";
    }
}
