using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace NarrativeLint.Channels.Email;

/// <summary>
/// The .eml file as text: its bytes read as UTF-8, or as Latin-1 when they are not valid UTF-8
/// (then every character is one byte). Either way line numbers match the file, MimeKit's byte
/// offsets convert to character positions, and the bytes of any span can be recovered for parts in other charsets.
/// </summary>
internal sealed class EmailText
{
    /// <summary>Bytes between checkpoints of the byte-to-character index.</summary>
    const int Stride = 4096;

    /// <summary>Every <see cref="Stride"/> bytes (moved to the next character start): the byte offset and its character position.</summary>
    (int Byte, int Char)[]? _checkpoints;

    EmailText(byte[] bytes, string text, bool latin1) => (Bytes, Text, Latin1) = (bytes, text, latin1);

    public byte[] Bytes { get; }
    public string Text { get; }
    public bool Latin1 { get; }

    public static EmailText FromBytes(byte[] bytes)
    {
        try
        {
            return new EmailText(bytes, new UTF8Encoding(false, true).GetString(bytes), false);
        }
        catch (DecoderFallbackException)
        {
            return new EmailText(bytes, Encoding.Latin1.GetString(bytes), true);
        }
    }

    /// <summary>The character position of a byte offset (one MimeKit reports: a line start or an ASCII delimiter, never inside a character).</summary>
    public int CharAt(long byteOffset)
    {
        int offset = (int)Math.Clamp(byteOffset, 0, Bytes.Length);
        if (Latin1) return offset;
        var checkpoints = _checkpoints ??= Checkpoints(Bytes);
        var (from, chars) = checkpoints[offset / Stride];
        if (from > offset) (from, chars) = checkpoints[offset / Stride - 1];
        return chars + Encoding.UTF8.GetCharCount(Bytes, from, offset - from);
    }

    // Offsets come in no fixed order (a part's body, then its headers): each lookup counts at most one stride.
    static (int Byte, int Char)[] Checkpoints(byte[] bytes)
    {
        var checkpoints = new (int Byte, int Char)[bytes.Length / Stride + 1];
        int previous = 0, chars = 0;
        for (int k = 0; k < checkpoints.Length; k++)
        {
            int at = Math.Min(k * Stride, bytes.Length);
            while (at < bytes.Length && (bytes[at] & 0xC0) == 0x80) at++; // not inside a character
            chars += Encoding.UTF8.GetCharCount(bytes, previous, at - previous);
            checkpoints[k] = (at, chars);
            previous = at;
        }
        return checkpoints;
    }

    /// <summary>The character span of the bytes [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public TextSpan SpanOf(long start, long end)
    {
        int from = CharAt(start);
        return TextSpan.FromBounds(from, Math.Max(from, CharAt(end)));
    }

    /// <summary>Appends the file bytes of characters [<paramref name="start"/>, <paramref name="end"/>), each with the span of the character it belongs to.</summary>
    public void AppendBytes(int start, int end, List<byte> bytes, List<TextSpan> spans)
    {
        Span<byte> buffer = stackalloc byte[4];
        for (int i = start; i < end; i++)
        {
            char c = Text[i];
            if (Latin1 || c < 0x80)
            {
                bytes.Add((byte)c);
                spans.Add(new TextSpan(i, 1));
                continue;
            }
            int width = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(Text[i + 1]) ? 2 : 1;
            int count = Encoding.UTF8.GetBytes(Text.AsSpan(i, width), buffer);
            for (int k = 0; k < count; k++)
            {
                bytes.Add(buffer[k]);
                spans.Add(new TextSpan(i, width));
            }
            i += width - 1;
        }
    }
}
