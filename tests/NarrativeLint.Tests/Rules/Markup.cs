using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace NarrativeLint.Tests.Rules;

/// <summary>A diagnostic ID on a span of a file's text: what a test expects, or what the engine reported.</summary>
readonly record struct MarkedSpan(string Id, TextSpan Span)
{
    /// <summary>File order: by start, the outer of two spans first, then by ID.</summary>
    public static readonly IComparer<MarkedSpan> Order = Comparer<MarkedSpan>.Create((a, b) =>
    {
        int c = a.Span.Start.CompareTo(b.Span.Start);
        if (c != 0) return c;
        c = b.Span.End.CompareTo(a.Span.End);
        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    });
}

/// <summary>
/// Roslyn's test markup for findings: <c>We reply {|NL1001:within 72 hours|}.</c> marks an NL1001 on "within 72 hours".
/// Markers may nest and repeat. Reading uses Microsoft.CodeAnalysis.Testing's parser, so <c>[|…|]</c> and <c>$$</c>
/// keep their Roslyn meaning there and cannot stand in a test's text.
/// </summary>
static class Markup
{
    /// <summary>The text without its markers, and every marked span.</summary>
    public static (string Text, ImmutableArray<MarkedSpan> Spans) Parse(string markup)
    {
        TestFileMarkupParser.GetSpans(markup, out string text, out ImmutableDictionary<string, ImmutableArray<TextSpan>> spans);
        var marked = spans.SelectMany(named => named.Value.Select(span => new MarkedSpan(named.Key, span))).ToList();
        marked.Sort(MarkedSpan.Order);
        return (text, [.. marked]);
    }

    /// <summary>
    /// <paramref name="text"/> with <paramref name="spans"/> marked, or null when two spans cross, which markup cannot
    /// show (each marker closes the one opened last).
    /// </summary>
    public static string? Mark(string text, IEnumerable<MarkedSpan> spans)
    {
        var ordered = spans.ToList();
        ordered.Sort(MarkedSpan.Order);
        var output = new StringBuilder(text.Length + ordered.Count * 12);
        var open = new Stack<MarkedSpan>();
        int next = 0;
        for (int position = 0; position <= text.Length; position++)
        {
            while (open.Count > 0 && open.Peek().Span.End == position)
            {
                output.Append("|}");
                open.Pop();
            }
            for (; next < ordered.Count && ordered[next].Span.Start == position; next++)
            {
                var span = ordered[next];
                if (open.Count > 0 && span.Span.End > open.Peek().Span.End) return null;
                output.Append("{|").Append(span.Id).Append(':');
                if (span.Span.IsEmpty) output.Append("|}");
                else open.Push(span);
            }
            if (position < text.Length) output.Append(text[position]);
        }
        return next == ordered.Count ? output.ToString() : null;
    }
}
