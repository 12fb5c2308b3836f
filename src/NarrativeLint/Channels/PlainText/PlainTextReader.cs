using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Text;

namespace NarrativeLint.Channels.PlainText;

/// <summary>Plain text (.txt): each block of lines between blank lines is a paragraph, mapped verbatim.</summary>
/// <remarks>Suppressions use a line of their own: <c># narrativelint-disable-next-line NL1001: why</c> (or <c>//</c>).</remarks>
public sealed class PlainTextReader : ChannelReader
{
    public override string DefaultChannel => "text";

    public override bool CanRead(ContentFile file) => file.Extension is ".txt" or ".text";

    public override ContentDocument Read(ContentFile file)
    {
        var source = SourceText.From(TextDecoding.Decode(file.Bytes));
        var segments = ImmutableArray.CreateBuilder<ProseSegment>();
        var suppressions = ImmutableArray.CreateBuilder<Suppression>();
        int? blockStart = null;
        int blockEnd = 0;
        foreach (var line in source.Lines)
        {
            var text = source.ToString(line.Span);
            var trimmed = text.TrimStart();
            if (trimmed.StartsWith('#') || trimmed.StartsWith("//"))
            {
                var comment = trimmed.TrimStart('#', '/');
                if (SuppressionComment.TryParse(comment, line.Span, source) is { } suppression)
                {
                    suppressions.Add(suppression);
                    Flush();
                    continue;
                }
            }
            if (string.IsNullOrWhiteSpace(text))
            {
                Flush();
                continue;
            }
            blockStart ??= line.Start;
            blockEnd = line.End;
        }
        Flush();
        return new ContentDocument
        {
            Path = file.Path,
            Source = source,
            Metadata = new ContentMetadata(),
            Segments = segments.ToImmutable(),
            Suppressions = suppressions.ToImmutable(),
        };

        void Flush()
        {
            if (blockStart is not { } start) return;
            var span = TextSpan.FromBounds(start, blockEnd);
            var first = source.Lines.GetLineFromPosition(start).LineNumber;
            segments.Add(new ProseSegment(source.ToString(span), SourceMap.Contiguous(start, span.Length), first == 0 ? SegmentKind.Title : SegmentKind.Paragraph));
            blockStart = null;
        }
    }
}
