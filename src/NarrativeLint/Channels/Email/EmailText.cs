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
    int _lastByte;
    int _lastChar;

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
        // Offsets are asked for mostly in file order: count on from the last one.
        if (offset < _lastByte) (_lastByte, _lastChar) = (0, 0);
        _lastChar += Encoding.UTF8.GetCharCount(Bytes, _lastByte, offset - _lastByte);
        _lastByte = offset;
        return _lastChar;
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
