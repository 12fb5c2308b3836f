using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace NarrativeLint.Channels.Email;

/// <summary>
/// The .eml file as text: its bytes read as UTF-8, or as Latin-1 when they are not valid UTF-8
/// (then every character is one byte). Either way line numbers match the file, and the bytes of
/// any span can be recovered for parts in other charsets.
/// </summary>
internal sealed record EmailText(string Text, bool Latin1)
{
    public static EmailText FromBytes(byte[] bytes)
    {
        try
        {
            return new EmailText(new UTF8Encoding(false, true).GetString(bytes), false);
        }
        catch (DecoderFallbackException)
        {
            return new EmailText(Encoding.Latin1.GetString(bytes), true);
        }
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
