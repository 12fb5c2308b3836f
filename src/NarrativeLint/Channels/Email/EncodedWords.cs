using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using MimeKit.Utils;

namespace NarrativeLint.Channels.Email;

/// <summary>
/// Finds the RFC 2047 encoded words (<c>=?utf-8?Q?Caf=C3=A9?=</c>) in a raw header value, so each decoded word can
/// map onto its own span; MimeKit decodes each word, but a whole decoded value cannot say where its characters were.
/// </summary>
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
            pieces.Add(new Piece(new TextSpan(match.Index, match.Length), Rfc2047.DecodeText(Encoding.Latin1.GetBytes(match.Value))));
            position = match.Index + match.Length;
            previousEncoded = true;
        }
        if (position < value.Length) pieces.Add(new Piece(TextSpan.FromBounds(position, value.Length), null));
        return pieces;
    }
}
