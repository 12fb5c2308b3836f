using Microsoft.CodeAnalysis.Text;

namespace NarrativeLint.Channels.Shared.Html;

/// <summary>
/// A small scanner over raw HTML, enough to find what AngleSharp's DOM does not report: where a
/// tag ends, where an attribute value sits, where comments are, how deep the markup nests.
/// It follows the HTML tokenizer's rules for quoting and comments, not its error recovery.
/// </summary>
internal static class HtmlMarkup
{
    /// <summary>Elements whose content is raw text, not markup.</summary>
    static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
        { "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title", "plaintext" };

    /// <summary>Elements that never have content.</summary>
    static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
        { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen", "basefont", "bgsound", "frame" };

    /// <summary>Elements whose end tag is optional: the next sibling closes them, so they do not deepen the tree.</summary>
    static readonly HashSet<string> SelfClosing = new(StringComparer.OrdinalIgnoreCase)
        { "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rtc", "rp", "thead", "tbody", "tfoot", "colgroup", "caption", "html", "head", "body" };

    public readonly record struct Attribute(string Name, TextSpan Value, bool HasValue);

    public readonly record struct Comment(TextSpan Span, string Body);

    /// <summary>What a whole-document scan found.</summary>
    /// <param name="Parsable">The text to give the parser: the input, or a copy where tags nested too deep are blanked out.</param>
    /// <param name="FirstTooDeep">The first tag that was blanked, if any.</param>
    public sealed record Scan(string Parsable, IReadOnlyList<Comment> Comments, TextSpan? FirstTooDeep);

    /// <summary>The end of the markup (tag, comment, doctype) starting at <paramref name="pos"/>, or -1 when the '&lt;' there is text.</summary>
    public static int MarkupEnd(string s, int pos)
    {
        if (pos + 1 >= s.Length || s[pos] != '<') return -1;
        char next = s[pos + 1];
        if (next == '!')
        {
            if (string.CompareOrdinal(s, pos + 2, "--", 0, 2) == 0)
            {
                // "<!-->" and "<!--->" are (empty) comments too.
                if (string.CompareOrdinal(s, pos + 4, ">", 0, 1) == 0) return pos + 5;
                if (string.CompareOrdinal(s, pos + 4, "->", 0, 2) == 0) return pos + 6;
                int close = s.IndexOf("-->", pos + 4, StringComparison.Ordinal);
                return close < 0 ? s.Length : close + 3;
            }
            return ToGreaterThan(s, pos + 2);
        }
        if (next == '?') return ToGreaterThan(s, pos + 2);
        if (next == '/')
        {
            if (pos + 2 >= s.Length) return -1;
            if (char.IsAsciiLetter(s[pos + 2])) return TagEnd(s, pos);
            if (s[pos + 2] == '>') return pos + 3;
            return ToGreaterThan(s, pos + 2);
        }
        return char.IsAsciiLetter(next) ? TagEnd(s, pos) : -1;
    }

    /// <summary>The end (just past '&gt;') of the start or end tag at <paramref name="lt"/>; quoted attribute values may hold '&gt;'.</summary>
    public static int TagEnd(string s, int lt) => ScanTag(s, lt, null);

    /// <summary>The attributes of the start tag at <paramref name="lt"/>, with the raw spans of their values.</summary>
    public static List<Attribute> Attributes(string s, int lt)
    {
        var attributes = new List<Attribute>();
        ScanTag(s, lt, attributes);
        return attributes;
    }

    /// <summary>The tag name of the tag at <paramref name="lt"/> (start or end tag).</summary>
    public static string TagName(string s, int lt)
    {
        int i = lt + 1;
        if (i < s.Length && s[i] == '/') i++;
        int start = i;
        while (i < s.Length && !IsTagSpace(s[i]) && s[i] != '/' && s[i] != '>') i++;
        return s[start..i];
    }

    /// <summary>Where the raw text of a <paramref name="tag"/> element starting at <paramref name="from"/> ends: its end tag, or the end of input.</summary>
    public static int RawTextEnd(string s, int from, string tag)
    {
        if (tag.Equals("plaintext", StringComparison.OrdinalIgnoreCase)) return s.Length;
        string close = "</" + tag;
        int at = from;
        while (at < s.Length)
        {
            int found = s.IndexOf(close, at, StringComparison.OrdinalIgnoreCase);
            if (found < 0) return s.Length;
            int after = found + close.Length;
            if (after >= s.Length || IsTagSpace(s[after]) || s[after] == '/' || s[after] == '>') return found;
            at = after;
        }
        return s.Length;
    }

    public static bool IsRawText(string tag) => RawText.Contains(tag);

    /// <summary>
    /// Scans the whole document for comments and nesting depth. Tags nested deeper than
    /// <paramref name="maxDepth"/> are replaced with spaces (same length, so positions hold):
    /// the parser's scope checks are linear in depth, and 100,000 nested divs would take minutes.
    /// </summary>
    public static Scan ScanDocument(string s, int maxDepth)
    {
        var comments = new List<Comment>();
        char[]? blanked = null;
        TextSpan? firstTooDeep = null;
        int depth = 0;
        int i = 0;
        while (i < s.Length)
        {
            int lt = s.IndexOf('<', i);
            if (lt < 0) break;
            int end = MarkupEnd(s, lt);
            if (end < 0) { i = lt + 1; continue; }
            i = end;
            char next = s[lt + 1];
            if (next == '!')
            {
                if (string.CompareOrdinal(s, lt + 2, "--", 0, 2) == 0)
                {
                    int bodyStart = Math.Min(lt + 4, end);
                    int bodyEnd = end >= bodyStart + 3 && s.AsSpan(end - 3, 3).SequenceEqual("-->") ? end - 3 : end;
                    comments.Add(new Comment(TextSpan.FromBounds(lt, end), s[bodyStart..Math.Max(bodyStart, bodyEnd)]));
                }
                continue;
            }
            if (next == '?') continue;
            bool endTag = next == '/';
            if (endTag && (lt + 2 >= s.Length || !char.IsAsciiLetter(s[lt + 2]))) continue;
            string name = TagName(s, lt);
            if (!endTag && RawText.Contains(name)) { i = RawTextEnd(s, end, name); continue; }
            if (Void.Contains(name) || SelfClosing.Contains(name) || RawText.Contains(name)) continue;
            bool selfClosed = !endTag && end >= 2 && s[end - 1] == '>' && s[end - 2] == '/';
            if (selfClosed) continue;
            if (!endTag) depth++;
            if (depth > maxDepth)
            {
                blanked ??= s.ToCharArray();
                Array.Fill(blanked, ' ', lt, end - lt);
                firstTooDeep ??= TextSpan.FromBounds(lt, end);
            }
            if (endTag) depth = Math.Max(0, depth - 1);
        }
        return new Scan(blanked is null ? s : new string(blanked), comments, firstTooDeep);
    }

    static int ScanTag(string s, int lt, List<Attribute>? attributes)
    {
        int n = s.Length;
        int i = lt + 1;
        if (i < n && s[i] == '/') i++;
        while (i < n && !IsTagSpace(s[i]) && s[i] != '/' && s[i] != '>') i++;
        while (true)
        {
            while (i < n && (IsTagSpace(s[i]) || s[i] == '/')) i++;
            if (i >= n) return n;
            if (s[i] == '>') return i + 1;
            int nameStart = i;
            i++; // the first character of a name may be '='
            while (i < n && !IsTagSpace(s[i]) && s[i] != '/' && s[i] != '>' && s[i] != '=') i++;
            string name = s[nameStart..i];
            int j = i;
            while (j < n && IsTagSpace(s[j])) j++;
            if (j < n && s[j] == '=')
            {
                i = j + 1;
                while (i < n && IsTagSpace(s[i])) i++;
                if (i >= n) return n;
                if (s[i] is '"' or '\'')
                {
                    char quote = s[i];
                    int close = s.IndexOf(quote, i + 1);
                    if (close < 0) { attributes?.Add(new Attribute(name, TextSpan.FromBounds(i + 1, n), true)); return n; }
                    attributes?.Add(new Attribute(name, TextSpan.FromBounds(i + 1, close), true));
                    i = close + 1;
                }
                else
                {
                    int start = i;
                    while (i < n && !IsTagSpace(s[i]) && s[i] != '>') i++;
                    attributes?.Add(new Attribute(name, TextSpan.FromBounds(start, i), true));
                }
            }
            else
            {
                attributes?.Add(new Attribute(name, new TextSpan(i, 0), false));
            }
        }
    }

    static int ToGreaterThan(string s, int from)
    {
        int gt = s.IndexOf('>', Math.Min(from, s.Length));
        return gt < 0 ? s.Length : gt + 1;
    }

    static bool IsTagSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
