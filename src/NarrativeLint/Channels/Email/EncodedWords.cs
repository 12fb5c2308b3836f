using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Channels.Shared;

namespace NarrativeLint.Channels.Email;

/// <summary>RFC 2047 encoded words in header values: <c>=?utf-8?Q?Caf=C3=A9?=</c> and <c>=?iso-8859-2?B?...?=</c>.</summary>
internal static partial class EncodedWords
{
    [GeneratedRegex(@"=\?(?<charset>[^?*\s]+)(?:\*[^?\s]*)?\?(?<encoding>[QqBb])\?(?<text>[^?\s]*)\?=", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>A piece of a header value: plain text, or an encoded word with what it decodes to.</summary>
    /// <param name="Span">The piece's place in the value string.</param>
    public readonly record struct Piece(TextSpan Span, string? Decoded);

    /// <summary>Splits a raw value into plain runs and encoded words; whitespace between two encoded words is dropped, as RFC 2047 says.</summary>
    public static List<Piece> Split(string value)
    {
        var pieces = new List<Piece>();
        int position = 0;
        bool previousEncoded = false;
        foreach (Match match in Word().Matches(value))
        {
            if (match.Index > position)
            {
                bool onlySpace = string.IsNullOrWhiteSpace(value[position..match.Index]);
                if (!(previousEncoded && onlySpace)) pieces.Add(new Piece(TextSpan.FromBounds(position, match.Index), null));
            }
            pieces.Add(new Piece(new TextSpan(match.Index, match.Length), DecodeWord(match)));
            position = match.Index + match.Length;
            previousEncoded = true;
        }
        if (position < value.Length) pieces.Add(new Piece(TextSpan.FromBounds(position, value.Length), null));
        return pieces;
    }

    /// <summary>The value with its encoded words decoded.</summary>
    public static string Decode(string value)
    {
        if (!value.Contains("=?", StringComparison.Ordinal)) return value;
        var result = new StringBuilder(value.Length);
        foreach (var piece in Split(value)) result.Append(piece.Decoded ?? value.Substring(piece.Span.Start, piece.Span.Length));
        return result.ToString();
    }

    static string DecodeWord(Match match)
    {
        Charsets.TryGet(match.Groups["charset"].Value, out var encoding);
        string text = match.Groups["text"].Value;
        byte[] bytes = char.ToUpperInvariant(match.Groups["encoding"].Value[0]) == 'B' ? Base64(text) : QuotedPrintable(text);
        return encoding.GetString(bytes);
    }

    static byte[] QuotedPrintable(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '_') bytes.Add((byte)' ');
            else if (c == '=' && i + 2 < text.Length && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else bytes.Add(c < 0x80 ? (byte)c : (byte)'?');
        }
        return [.. bytes];
    }

    static byte[] Base64(string text)
    {
        string padded = text.TrimEnd('=');
        padded += new string('=', (4 - padded.Length % 4) % 4);
        try { return Convert.FromBase64String(padded); }
        catch (FormatException) { return Encoding.ASCII.GetBytes(text); }
    }
}
