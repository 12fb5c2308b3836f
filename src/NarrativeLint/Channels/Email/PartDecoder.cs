using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using MimeKit;
using NarrativeLint.Channels.Shared;
using NarrativeLint.Text;

namespace NarrativeLint.Channels.Email;

/// <summary>A part's text after transfer decoding and charset decoding, with the map back to the .eml file.</summary>
internal sealed record DecodedPart(string Text, SourceMap Map)
{
    public TextOrigin Origin => TextOrigin.Mapped(Text, Map);
}

/// <summary>
/// Decodes a leaf part's body: first the transfer encoding (to bytes), then the charset (to text).
/// Every byte remembers the file span it came from, and every decoded character the spans of its
/// bytes, which gives the mapping rules:
/// <list type="bullet">
/// <item>7bit, 8bit, binary: character for character (verbatim where the charset reads the byte as the file does).</item>
/// <item>quoted-printable: a literal character maps onto itself, a <c>=XX</c> escape's byte onto the escape;
/// soft line breaks join lines, so every decoded character still lies on the encoded line it came from.</item>
/// <item>base64: each byte maps onto the two base64 characters that carry its bits, so the reported line is the encoded line holding those bytes.</item>
/// </list>
/// </summary>
internal static class PartDecoder
{
    public static DecodedPart Decode(TextBody part, EmailText file, ProblemLog problems)
    {
        string text = file.Text;
        var body = part.Body;
        string? label = part.Charset;
        Encoding encoding;
        if (label is null) encoding = Charsets.Utf8;
        else if (!Charsets.TryGet(label, out encoding))
            problems.Report(ReadProblemKind.Malformed, $"Unknown charset '{label}'; the {part} part was read as UTF-8 (or Windows-1252 where it is not UTF-8).", part.TypeSpan.IsEmpty ? body : part.TypeSpan);

        // Fast path: the body is already the text we want, character for character.
        if (part.Transfer is not (ContentEncoding.QuotedPrintable or ContentEncoding.Base64) && encoding == Charsets.Utf8 && !file.Latin1)
            return new DecodedPart(text.Substring(body.Start, body.Length), SourceMap.Contiguous(body.Start, body.Length));

        var bytes = new List<byte>(body.Length);
        var spans = new List<TextSpan>(body.Length);
        switch (part.Transfer)
        {
            case ContentEncoding.QuotedPrintable: QuotedPrintable(file, body, bytes, spans); break;
            case ContentEncoding.Base64: Base64(file, body, bytes, spans, problems, part); break;
            default: file.AppendBytes(body.Start, body.End, bytes, spans); break;
        }

        if (!Charsets.TryGet(label, out _) && !IsValidUtf8(bytes)) encoding = Charsets.Windows1252;
        return ToText(bytes, spans, encoding, text);
    }

    static void QuotedPrintable(EmailText file, TextSpan body, List<byte> bytes, List<TextSpan> spans)
    {
        string text = file.Text;
        int position = body.Start;
        while (position < body.End)
        {
            var (lineEnd, next) = Lines.Next(text, position, body.End);
            int contentEnd = lineEnd;
            while (contentEnd > position && text[contentEnd - 1] is ' ' or '\t') contentEnd--; // trailing whitespace is transport padding
            bool soft = contentEnd > position && text[contentEnd - 1] == '=';
            if (soft) contentEnd--;
            for (int i = position; i < contentEnd; i++)
            {
                if (text[i] == '=' && i + 2 < contentEnd && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]))
                {
                    bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                    spans.Add(new TextSpan(i, 3));
                    i += 2;
                }
                else
                {
                    // A literal character (sloppy QP may hold 8-bit text): its bytes as the file holds them.
                    int width = char.IsHighSurrogate(text[i]) && i + 1 < contentEnd ? 2 : 1;
                    file.AppendBytes(i, i + width, bytes, spans);
                    i += width - 1;
                }
            }
            if (!soft && next > lineEnd) file.AppendBytes(lineEnd, next, bytes, spans); // a hard line break is part of the text
            if (next == position) break;
            position = next;
        }
    }

    static void Base64(EmailText file, TextSpan body, List<byte> bytes, List<TextSpan> spans, ProblemLog problems, TextBody part)
    {
        string text = file.Text;
        Span<int> values = stackalloc int[4];
        Span<int> positions = stackalloc int[4];
        int count = 0;
        bool padded = false;
        for (int i = body.Start; i < body.End; i++)
        {
            char c = text[i];
            if (c is ' ' or '\t' or '\r' or '\n') continue;
            if (c == '=') { padded = true; continue; }
            int value = Base64Value(c);
            if (value < 0 || padded)
            {
                problems.Report(ReadProblemKind.Malformed, $"The base64 body of the {part} part holds a character that is not base64; it was skipped.", new TextSpan(i, 1));
                if (value < 0) continue;
                padded = false;
            }
            values[count] = value;
            positions[count] = i;
            if (++count == 4)
            {
                Emit(values, positions, 3, bytes, spans);
                count = 0;
            }
        }
        if (count == 1)
            problems.Report(ReadProblemKind.Malformed, $"The base64 body of the {part} part ends in the middle of a byte; the file may be truncated.", new TextSpan(positions[0], 1));
        else if (count > 1)
            Emit(values, positions, count - 1, bytes, spans);
    }

    /// <summary>Byte k of a group comes from characters k and k+1; it maps onto the span from one to the other.</summary>
    static void Emit(Span<int> values, Span<int> positions, int byteCount, List<byte> bytes, List<TextSpan> spans)
    {
        int group = values[0] << 18 | values[1] << 12 | (byteCount > 1 ? values[2] << 6 : 0) | (byteCount > 2 ? values[3] : 0);
        for (int k = 0; k < byteCount; k++)
        {
            bytes.Add((byte)(group >> (16 - 8 * k)));
            spans.Add(TextSpan.FromBounds(positions[k], positions[k + 1] + 1));
        }
    }

    static int Base64Value(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '+' => 62,
        '/' => 63,
        _ => -1,
    };

    /// <summary>Decodes the bytes one at a time, so each character knows the bytes (and so the file span) it came from.</summary>
    static DecodedPart ToText(List<byte> bytes, List<TextSpan> spans, Encoding encoding, string file)
    {
        var decoder = encoding.GetDecoder();
        var text = new StringBuilder(bytes.Count);
        var runs = ImmutableArray.CreateBuilder<SourceMap.Run>();
        Span<char> chars = stackalloc char[16];
        Span<byte> one = stackalloc byte[1];
        int pendingFrom = 0;
        for (int b = 0; b < bytes.Count; b++)
        {
            one[0] = bytes[b];
            int produced = decoder.GetChars(one, chars, flush: b == bytes.Count - 1);
            if (produced == 0) continue;
            var source = TextSpan.FromBounds(spans[pendingFrom].Start, Math.Max(spans[pendingFrom].Start, spans[b].End));
            Add(runs, text, chars[..produced], source, file);
            pendingFrom = b + 1;
        }
        return new DecodedPart(text.ToString(), new SourceMap(runs.ToImmutable()));
    }

    static void Add(ImmutableArray<SourceMap.Run>.Builder runs, StringBuilder text, ReadOnlySpan<char> chars, TextSpan source, string file)
    {
        bool verbatim = source.Length == chars.Length && source.End <= file.Length && file.AsSpan(source.Start, source.Length).SequenceEqual(chars);
        if (runs.Count > 0)
        {
            var last = runs[^1];
            bool extends = verbatim
                ? last.Verbatim && last.Source.End == source.Start
                : !last.Verbatim && last.Source == source;
            if (extends)
            {
                runs[^1] = last with { Length = last.Length + chars.Length, Source = verbatim ? new TextSpan(last.Source.Start, last.Source.Length + chars.Length) : last.Source };
                text.Append(chars);
                return;
            }
        }
        runs.Add(new SourceMap.Run(text.Length, chars.Length, source, verbatim));
        text.Append(chars);
    }

    static bool IsValidUtf8(List<byte> bytes)
    {
        try
        {
            new UTF8Encoding(false, true).GetCharCount([.. bytes]);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
