using AngleSharp.Html;
using Microsoft.CodeAnalysis.Text;

namespace NarrativeLint.Channels.Shared.Html;

/// <summary>
/// Finds where a piece of text the parser decoded (a text node, an attribute value) sits in the raw
/// HTML, by walking the raw characters alongside the decoded ones: equal characters are copied
/// verbatim, a character reference (&amp;amp; &amp;nbsp; &amp;#8364;) is decoded onto its own span,
/// markup between text (end tags, comments) is stepped over.
/// </summary>
internal static class HtmlTextAligner
{
    /// <summary>
    /// Writes <paramref name="decoded"/> to <paramref name="writer"/>, aligned with the raw text from <paramref name="position"/>,
    /// and moves <paramref name="position"/> past it. Where the two part ways (markup the scanner
    /// does not model), the rest is written as decoded at the last aligned position, so prose is never lost.
    /// </summary>
    /// <param name="raw">The text the parser saw.</param>
    /// <param name="original">The text positions refer to; differs from <paramref name="raw"/> only where deep tags were blanked.</param>
    /// <param name="skipMarkup">Whether tags and comments may lie between the characters (text nodes) or not (attribute values, RCDATA).</param>
    public static bool Align(string raw, string original, ref int position, int limit, string decoded, ProseWriter writer, bool skipMarkup)
    {
        int pos = position;
        int i = 0;
        while (i < decoded.Length)
        {
            if (pos >= limit) break;
            char r = raw[pos];
            char d = decoded[i];
            if (r == '<' && skipMarkup)
            {
                int end = HtmlMarkup.MarkupEnd(raw, pos);
                if (end > pos) { pos = Math.Min(end, limit); continue; }
            }
            if (r == '&' && TryReference(raw, pos, limit, decoded, i, out int rawLength, out int decodedLength))
            {
                writer.Decoded(decoded.Substring(i, decodedLength), new TextSpan(pos, rawLength));
                pos += rawLength;
                i += decodedLength;
                continue;
            }
            if (r == '\r' && d == '\n')
            {
                int length = pos + 1 < limit && raw[pos + 1] == '\n' ? 2 : 1;
                writer.Space(new TextSpan(pos, length));
                pos += length;
                i++;
                continue;
            }
            if (r == d)
            {
                if (original[pos] == r) writer.Verbatim(r, pos);
                else writer.Decoded(d.ToString(), new TextSpan(pos, 1));
                pos++;
                i++;
                continue;
            }
            if (r == '\0')
            {
                // The parser drops NUL in text or replaces it with U+FFFD.
                if (d == '\uFFFD') { writer.Decoded("\uFFFD", new TextSpan(pos, 1)); i++; }
                pos++;
                continue;
            }
            break;
        }
        position = pos;
        if (i >= decoded.Length) return true;
        writer.Decoded(decoded[i..], new TextSpan(Math.Min(pos, limit), 0));
        return false;
    }

    /// <summary>Whether a character reference at <paramref name="pos"/> decodes to what the parser produced at <paramref name="at"/>.</summary>
    static bool TryReference(string raw, int pos, int limit, string decoded, int at, out int rawLength, out int decodedLength)
    {
        rawLength = decodedLength = 0;
        if (pos + 1 >= limit) return false;
        if (raw[pos + 1] == '#') return TryNumeric(raw, pos, limit, decoded, at, out rawLength, out decodedLength);

        int j = pos + 1;
        while (j < limit && j - pos <= 40 && char.IsAsciiLetterOrDigit(raw[j])) j++;
        if (j == pos + 1) return false;
        var resolver = HtmlEntityProvider.Resolver;
        if (j < limit && raw[j] == ';' && Matches(resolver.GetSymbol(raw[(pos + 1)..j] + ";"), decoded, at, out decodedLength))
        {
            rawLength = j + 1 - pos;
            return true;
        }
        // Legacy references without ';' ("&amp", "&nbsp", "&copy2024"): the longest prefix that is one.
        for (int end = j; end > pos + 1; end--)
        {
            if (Matches(resolver.GetSymbol(raw[(pos + 1)..end]), decoded, at, out decodedLength))
            {
                rawLength = end - pos;
                return true;
            }
        }
        return false;
    }

    static bool TryNumeric(string raw, int pos, int limit, string decoded, int at, out int rawLength, out int decodedLength)
    {
        rawLength = decodedLength = 0;
        int j = pos + 2;
        bool hex = j < limit && raw[j] is 'x' or 'X';
        if (hex) j++;
        int digits = j;
        long code = 0;
        while (j < limit && (hex ? char.IsAsciiHexDigit(raw[j]) : char.IsAsciiDigit(raw[j])))
        {
            code = Math.Min(code * (hex ? 16 : 10) + Convert.ToInt32(raw[j].ToString(), hex ? 16 : 10), 0x110000);
            j++;
        }
        if (j == digits) return false;
        if (j < limit && raw[j] == ';') j++;
        if (!Matches(NumericValue(code), decoded, at, out decodedLength)) return false;
        rawLength = j - pos;
        return true;
    }

    /// <summary>What a numeric reference decodes to, as the HTML standard says (C1 codes read as Windows-1252).</summary>
    static string NumericValue(long code)
    {
        if (code is >= 0x80 and <= 0x9F) return WindowsC1[(int)code - 0x80].ToString();
        if (code == 0 || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF) return "\uFFFD";
        return char.ConvertFromUtf32((int)code);
    }

    const string WindowsC1 =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    static bool Matches(string? symbol, string decoded, int at, out int length)
    {
        length = symbol?.Length ?? 0;
        return symbol is { Length: > 0 } && string.CompareOrdinal(decoded, at, symbol, 0, symbol.Length) == 0;
    }
}
