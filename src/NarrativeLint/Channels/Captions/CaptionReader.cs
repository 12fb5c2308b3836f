using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Channels.Shared;
using NarrativeLint.Text;

namespace NarrativeLint.Channels.Captions;

/// <summary>
/// Reads SubRip (<c>.srt</c>) and WebVTT (<c>.vtt</c>) captions. Styling tags, voice tags, inline timestamps and
/// SRT position tags are dropped; the text between them maps verbatim. A sentence often runs over several cues,
/// so consecutive cues join into one segment until a cue ends a sentence or a pause of more than two seconds.
/// </summary>
public sealed partial class CaptionReader : ChannelReader
{
    const int MaxBytes = 16 * 1024 * 1024;
    static readonly TimeSpan SentencePause = TimeSpan.FromSeconds(2);

    public override string DefaultChannel => "captions";

    public override bool CanRead(ContentFile file) => file.Extension is ".srt" or ".vtt";

    /// <summary>One cue: when it starts and ends, where it is, and its prose pieces line by line.</summary>
    sealed record Cue(TimeSpan Start, TimeSpan End, TextSpan Span, List<List<ProsePiece>> Lines);

    [GeneratedRegex(@"^\s*(?<start>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*(?<end>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})(?:\s+.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Timing();

    public override ContentDocument Read(ContentFile file)
    {
        if (file.Bytes.Length > MaxBytes)
            return ContentDocument.Failed(file.Path, ReadProblemKind.TooLarge, $"The captions file is larger than {MaxBytes / (1024 * 1024)} MB.");
        var source = SourceText.From(TextDecoding.Decode(file.Bytes));
        var lines = source.Lines;
        bool vtt = file.Extension == ".vtt" || (lines.Count > 0 && lines[0].ToString().StartsWith("WEBVTT", StringComparison.Ordinal));

        var metadata = new ContentMetadata();
        var cues = new List<Cue>();
        var broken = new List<(TextSpan Span, string Line)>();
        var suppressions = ImmutableArray.CreateBuilder<Suppression>();
        Suppression? pending = null;
        var problems = new ProblemLog();

        int k = 0;
        if (vtt)
        {
            if (lines.Count > 0 && lines[0].ToString().StartsWith("WEBVTT", StringComparison.Ordinal))
            {
                // Header lines (Kind:, Language:) run up to the first blank line.
                for (k = 1; k < lines.Count && lines[k].ToString().Trim().Length > 0; k++)
                {
                    var header = lines[k].ToString();
                    int colon = header.IndexOf(':');
                    if (header.Contains("-->")) break;
                    if (colon <= 0) continue;
                    var (name, value) = (header[..colon].Trim(), header[(colon + 1)..].Trim());
                    if (name.Equals("Language", StringComparison.OrdinalIgnoreCase) && value.Length > 0) metadata = metadata with { Language = value };
                    metadata = metadata with { Properties = metadata.Properties.SetItem(name, value) };
                }
            }
            else problems.Report(ReadProblemKind.Malformed, "A WebVTT file must start with a 'WEBVTT' line.", new TextSpan(0, 0));
        }

        while (k < lines.Count)
        {
            if (lines[k].ToString().Trim().Length == 0) { k++; continue; }
            int first = k;
            while (k < lines.Count && lines[k].ToString().Trim().Length > 0) k++;
            var block = Enumerable.Range(first, k - first).Select(i => lines[i]).ToList();
            var head = block[0].ToString();

            if (vtt && IsBlock(head, "NOTE"))
            {
                var note = string.Join(" ", block.Select(l => l.ToString()))[4..];
                pending = SuppressionComment.TryParse(note, TextSpan.FromBounds(block[0].Start, block[^1].End), source) ?? pending;
                continue;
            }
            if (vtt && (IsBlock(head, "STYLE") || IsBlock(head, "REGION"))) continue;

            int timingLine = block.FindIndex(l => l.ToString().Contains("-->"));
            if (timingLine is < 0 or > 1)
            {
                broken.Add((block[0].Span, head));
                continue;
            }
            var match = Timing().Match(block[timingLine].ToString());
            if (!match.Success || Time(match.Groups["start"].Value) is not { } start || Time(match.Groups["end"].Value) is not { } end)
            {
                broken.Add((block[timingLine].Span, block[timingLine].ToString()));
                continue;
            }
            var textLines = block.Skip(timingLine + 1).ToList();
            var cueLines = textLines.Select(line => StripTags(source, line.Span)).Where(pieces => pieces.Count > 0).ToList();
            cues.Add(new Cue(start, end, TextSpan.FromBounds(block[0].Start, block[^1].End), cueLines));
            if (pending is not null && textLines.Count > 0)
            {
                // A NOTE suppression applies to the next cue's first line of text.
                suppressions.Add(pending with { Line = textLines[0].LineNumber });
                pending = null;
            }
        }

        if (broken.Count > 0)
        {
            var (span, line) = broken[0];
            var where = source.Lines.GetLinePosition(span.Start).Line + 1;
            problems.Report(ReadProblemKind.Malformed,
                broken.Count == 1
                    ? $"Skipped a cue with broken timing at line {where}: '{Shorten(line)}'."
                    : $"Skipped {broken.Count} cues with broken timings; the first at line {where}: '{Shorten(line)}'.",
                span);
        }

        return new ContentDocument
        {
            Path = file.Path,
            Source = source,
            Metadata = metadata,
            Segments = JoinSentences(cues),
            Problems = problems.ToArray(),
            Suppressions = suppressions.ToImmutable(),
            DescribePosition = position =>
            {
                var cue = cues.FindLast(c => c.Span.Start <= position && position <= c.Span.End);
                return cue is null ? null : $"cue {Format(cue.Start)}";
            },
        };
    }

    static bool IsBlock(string head, string keyword) =>
        head.StartsWith(keyword, StringComparison.Ordinal) && (head.Length == keyword.Length || head[keyword.Length] is ' ' or '\t');

    static string Shorten(string line) => line.Length <= 60 ? line : line[..60] + "…";

    static TimeSpan? Time(string text)
    {
        var parts = text.Replace(',', '.').Split(':');
        double seconds = 0;
        foreach (var part in parts)
        {
            if (!double.TryParse(part, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return null;
            seconds = seconds * 60 + value;
        }
        return TimeSpan.FromSeconds(seconds);
    }

    static string Format(TimeSpan time) =>
        $"{(int)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00}.{time.Milliseconds:000}";

    /// <summary>The prose of one caption line: tags dropped, entities decoded, the rest verbatim, outer spaces trimmed.</summary>
    static List<ProsePiece> StripTags(SourceText source, TextSpan line)
    {
        var text = source.ToString(line);
        var pieces = new List<ProsePiece>();
        int run = 0;
        void Flush(int end)
        {
            if (end > run) pieces.Add(new ProsePiece(text[run..end], new TextSpan(line.Start + run, end - run), true));
        }
        for (int i = 0; i < text.Length; i++)
        {
            int close = text[i] switch
            {
                '<' => text.IndexOf('>', i + 1),                                   // <i>, </b>, <c.loud>, <v Dara>, <00:00:05.000>
                '{' when i + 1 < text.Length && text[i + 1] == '\\' => text.IndexOf('}', i + 1),   // {\an8}
                _ => -1,
            };
            if (close > i)
            {
                Flush(i);
                run = close + 1;
                i = close;
                continue;
            }
            if (text[i] == '&' && Entity().Match(text, i) is { Success: true } entity && Decode(entity.Value) is { } decoded)
            {
                Flush(i);
                pieces.Add(new ProsePiece(decoded, new TextSpan(line.Start + i, entity.Length), false));
                run = i + entity.Length;
                i = run - 1;
            }
        }
        Flush(text.Length);
        return Trim(pieces);
    }

    [GeneratedRegex(@"\G&(#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});")]
    private static partial Regex Entity();

    static string? Decode(string entity) => entity switch
    {
        "&amp;" => "&", "&lt;" => "<", "&gt;" => ">", "&quot;" => "\"", "&apos;" => "'",
        "&nbsp;" => "\u00a0", "&lrm;" or "&rlm;" => "",
        _ when entity.StartsWith("&#x", StringComparison.OrdinalIgnoreCase) && int.TryParse(entity[3..^1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) => FromCode(hex),
        _ when entity.StartsWith("&#", StringComparison.Ordinal) && int.TryParse(entity[2..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var code) => FromCode(code),
        _ => null,
    };

    static string? FromCode(int code) => code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : null;

    static List<ProsePiece> Trim(List<ProsePiece> pieces)
    {
        pieces.RemoveAll(p => p.Text.Length == 0);
        while (pieces.Count > 0 && pieces[0].Text.TrimStart().Length == 0) pieces.RemoveAt(0);
        while (pieces.Count > 0 && pieces[^1].Text.TrimEnd().Length == 0) pieces.RemoveAt(pieces.Count - 1);
        if (pieces.Count == 0) return pieces;
        var head = pieces[0];
        if (head.Verbatim)
        {
            int cut = head.Text.Length - head.Text.TrimStart().Length;
            pieces[0] = new ProsePiece(head.Text[cut..], new TextSpan(head.Source.Start + cut, head.Source.Length - cut), true);
        }
        var tail = pieces[^1];
        if (tail.Verbatim)
        {
            var trimmed = tail.Text.TrimEnd();
            pieces[^1] = new ProsePiece(trimmed, new TextSpan(tail.Source.Start, trimmed.Length), true);
        }
        return pieces;
    }

    /// <summary>Joins cues into sentence-sized segments: a cue continues the previous one unless that ended a sentence or a pause came between.</summary>
    static ImmutableArray<ProseSegment> JoinSentences(List<Cue> cues)
    {
        var segments = ImmutableArray.CreateBuilder<ProseSegment>();
        ProseBuilder? builder = null;
        string previousText = "";
        TimeSpan previousEnd = TimeSpan.Zero;
        foreach (var cue in cues)
        {
            if (cue.Lines.Count == 0) continue;
            if (builder is not null && (EndsSentence(previousText) || cue.Start - previousEnd > SentencePause))
            {
                segments.Add(builder.Build(SegmentKind.Caption));
                builder = null;
            }
            builder = builder is null ? new ProseBuilder() : builder.AppendSeparator(" ");
            for (int i = 0; i < cue.Lines.Count; i++)
            {
                if (i > 0) builder.AppendSeparator(" ");
                foreach (var piece in cue.Lines[i]) piece.AppendTo(builder);
            }
            previousText = string.Concat(cue.Lines[^1].Select(p => p.Text));
            previousEnd = cue.End;
        }
        if (builder is not null) segments.Add(builder.Build(SegmentKind.Caption));
        return segments.ToImmutable();
    }

    static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd().TrimEnd('"', '\'', '”', '’', ')', ']', '»');
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '…' or '。' or '！' or '？';
    }
}
