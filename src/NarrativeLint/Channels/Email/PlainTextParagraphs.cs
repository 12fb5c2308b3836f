using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Channels.Shared;
using NarrativeLint.Text;

namespace NarrativeLint.Channels.Email;

/// <summary>
/// Splits a text/plain part into paragraphs at blank lines; the lines of a paragraph join with one
/// space. Quoted lines ("&gt; ...") are the correspondent's words, not the sender's, and are left out.
/// </summary>
internal static class PlainTextParagraphs
{
    public static IEnumerable<ProseSegment> Read(DecodedPart part)
    {
        string text = part.Text;
        var writer = new ProseWriter(part.Origin);
        var segments = new List<ProseSegment>();
        int position = 0;
        while (position < text.Length)
        {
            var (lineEnd, next) = Lines.Next(text, position, text.Length);
            var line = text.AsSpan(position, lineEnd - position);
            if (line.IsWhiteSpace() || line.TrimStart().StartsWith(">"))
            {
                if (writer.Build(SegmentKind.Paragraph) is { } paragraph) segments.Add(paragraph);
            }
            else
            {
                for (int i = position; i < lineEnd; i++) writer.Verbatim(text[i], i);
                writer.Space(TextSpan.FromBounds(lineEnd, next));
            }
            if (next == position) break;
            position = next;
        }
        if (writer.Build(SegmentKind.Paragraph) is { } last) segments.Add(last);
        return segments;
    }
}
