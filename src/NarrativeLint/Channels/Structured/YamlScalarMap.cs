using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Channels.Shared;
using YamlDotNet.Core;

namespace NarrativeLint.Channels.Structured;

/// <summary>
/// Maps a YAML scalar's value back to the characters it came from. Text that the source spells the same
/// way (plain words, quoted text, block-scalar lines) maps verbatim; escapes, <c>''</c> and line folds map
/// as decoded pieces onto their span. The result is checked against the value YamlDotNet decoded: where
/// the two disagree (a YAML corner this map does not model) the whole value maps onto the scalar instead,
/// which is coarse but never wrong.
/// </summary>
internal static class YamlScalarMap
{
    public static ImmutableArray<ProsePiece> Map(string text, string value, ScalarStyle style, TextSpan span)
    {
        if (value.Length == 0) return [];
        List<ProsePiece>? pieces = null;
        try
        {
            pieces = style switch
            {
                ScalarStyle.SingleQuoted => Flow(text, span.Start + 1, span.End - 1, '\''),
                ScalarStyle.DoubleQuoted => Flow(text, span.Start + 1, span.End - 1, '"'),
                ScalarStyle.Literal => Block(text, span.Start, folded: false),
                ScalarStyle.Folded => Block(text, span.Start, folded: true),
                _ => Flow(text, span.Start, span.End, '\0'),
            };
        }
        catch (ArgumentException)
        {
            // An index outside the text: the scalar's marks did not look as expected; fall back below.
        }
        if (pieces is not null && string.Concat(pieces.Select(p => p.Text)) == value) return [.. pieces];
        return [new ProsePiece(value, span, false)];
    }

    readonly record struct Line(int Start, int End, int BreakEnd);

    /// <summary>The lines of [<paramref name="from"/>, <paramref name="to"/>); after a final line break, one empty line more.</summary>
    static List<Line> LinesOf(string text, int from, int to)
    {
        var lines = new List<Line>();
        for (int start = from; ; )
        {
            var (end, next) = Lines.Next(text, start, to);
            lines.Add(new(start, end, next));
            if (next == end) return lines;
            start = next;
        }
    }

    /// <summary>Plain, single- and double-quoted scalars: lines fold into spaces, blank lines into line breaks.</summary>
    static List<ProsePiece>? Flow(string text, int from, int to, char quote)
    {
        if (from > to || to > text.Length || from < 0) return null;
        var pieces = new List<ProsePiece>();
        var lines = LinesOf(text, from, to);
        int pendingBreaks = 0, joinStart = from;
        bool previousEscapedBreak = false;
        for (int k = 0; k < lines.Count; k++)
        {
            var (s, e, _) = lines[k];
            bool first = k == 0, last = k == lines.Count - 1;
            if (!first) while (s < e && text[s] is ' ' or '\t') s++;
            bool escapesBreak = false;
            if (!last)
            {
                if (quote == '"' && EndsWithBackslash(text, s, e)) { escapesBreak = true; e--; }
                else while (e > s && text[e - 1] is ' ' or '\t') e--;
            }
            if (!first)
            {
                if (s == e && !last && !escapesBreak) { pendingBreaks++; continue; }
                string join = pendingBreaks > 0 ? new string('\n', pendingBreaks) : previousEscapedBreak ? "" : " ";
                if (join.Length > 0) pieces.Add(new(join, TextSpan.FromBounds(joinStart, s), false));
                pendingBreaks = 0;
            }
            if (!AddFlowContent(text, s, e, quote, pieces)) return null;
            joinStart = e;
            previousEscapedBreak = escapesBreak;
        }
        return pieces;
    }

    static bool EndsWithBackslash(string text, int s, int e)
    {
        int count = 0;
        while (e - 1 - count >= s && text[e - 1 - count] == '\\') count++;
        return count % 2 == 1;
    }

    static bool AddFlowContent(string text, int s, int e, char quote, List<ProsePiece> pieces)
    {
        int run = s;
        void Flush(int end)
        {
            if (end > run) pieces.Add(new(text[run..end], TextSpan.FromBounds(run, end), true));
        }
        for (int i = s; i < e; i++)
        {
            if (quote == '\'' && text[i] == '\'' && i + 1 < e && text[i + 1] == '\'')
            {
                // '' stands for one quote: keep the first verbatim, drop the second.
                Flush(i + 1);
                run = i + 2;
                i++;
            }
            else if (quote == '"' && text[i] == '\\')
            {
                Flush(i);
                var (decoded, length) = Escape(text, i, e);
                if (decoded is null) return false;
                pieces.Add(new(decoded, new TextSpan(i, length), false));
                i += length - 1;
                run = i + 1;
            }
        }
        Flush(e);
        return true;
    }

    static (string? Decoded, int Length) Escape(string text, int at, int end)
    {
        if (at + 1 >= end) return (null, 1);
        string? simple = text[at + 1] switch
        {
            '0' => "\0", 'a' => "\a", 'b' => "\b", 't' or '\t' => "\t", 'n' => "\n", 'v' => "\v", 'f' => "\f",
            'r' => "\r", 'e' => "\u001b", ' ' => " ", '"' => "\"", '/' => "/", '\\' => "\\",
            'N' => "\u0085", '_' => "\u00a0", 'L' => "\u2028", 'P' => "\u2029",
            _ => null,
        };
        if (simple is not null) return (simple, 2);
        int digits = text[at + 1] switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
        if (digits == 0 || at + 2 + digits > end) return (null, 2);
        if (!int.TryParse(text.AsSpan(at + 2, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code)) return (null, 2);
        string decoded;
        try { decoded = char.ConvertFromUtf32(code); }
        catch (ArgumentOutOfRangeException) { decoded = ((char)code).ToString(); }  // a lone surrogate, as \u escapes allow
        return (decoded, 2 + digits);
    }

    /// <summary>Literal (<c>|</c>) and folded (<c>&gt;</c>) block scalars, starting at the indicator.</summary>
    static List<ProsePiece>? Block(string text, int indicator, bool folded)
    {
        if (indicator >= text.Length || text[indicator] is not ('|' or '>')) return null;
        int i = indicator + 1;
        char chomping = ' ';
        while (i < text.Length && text[i] is '+' or '-' or (>= '1' and <= '9'))
        {
            if (text[i] is '+' or '-') chomping = text[i];
            i++;
        }
        while (i < text.Length && text[i] is not ('\n' or '\r')) i++;   // the rest of the header: spaces, a comment
        if (i >= text.Length) return [];
        i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;

        // The block runs while lines are blank or indented at least as much as its first non-blank line.
        var all = LinesOf(text, i, text.Length);
        int indent = -1;
        var body = new List<Line>();
        foreach (var line in all)
        {
            int spaces = 0;
            while (line.Start + spaces < line.End && text[line.Start + spaces] == ' ') spaces++;
            bool blank = line.Start + spaces == line.End;
            if (!blank)
            {
                if (indent < 0) indent = spaces;
                if (spaces < indent || indent == 0) break;
            }
            body.Add(line);
        }
        if (indent < 0) return [];

        int lastContent = body.FindLastIndex(l => l.End - l.Start > indent);
        if (lastContent < 0) return [];
        var pieces = new List<ProsePiece>();
        int ContentStart(Line l) => Math.Min(l.Start + indent, l.End);
        bool MoreIndented(Line l) => ContentStart(l) < l.End && text[ContentStart(l)] is ' ' or '\t';
        bool IsBlank(Line l) => ContentStart(l) >= l.End;

        void AddBreaks(int count, int from, int to)
        {
            if (count <= 0) return;
            if (count == 1 && to - from == 1 && text[from] == '\n') pieces.Add(new("\n", new TextSpan(from, 1), true));
            else pieces.Add(new(new string('\n', count), TextSpan.FromBounds(from, to), false));
        }

        int previous = -1;      // the last non-blank line emitted
        int blanks = 0;
        for (int k = 0; k <= lastContent; k++)
        {
            var line = body[k];
            if (!folded)
            {
                if (k > 0) AddBreaks(1, body[k - 1].End, body[k - 1].BreakEnd);
                int start = ContentStart(line);
                if (line.End > start) pieces.Add(new(text[start..line.End], TextSpan.FromBounds(start, line.End), true));
                continue;
            }
            if (IsBlank(line)) { blanks++; continue; }
            int contentStart = ContentStart(line);
            if (previous < 0)
                AddBreaks(blanks, body[0].Start, contentStart);
            else
            {
                var before = body[previous];
                bool fold = !MoreIndented(before) && !MoreIndented(line);
                int breaks = fold ? blanks : blanks + 1;
                if (breaks == 0) pieces.Add(new(" ", TextSpan.FromBounds(before.End, contentStart), false));
                else AddBreaks(breaks, before.End, contentStart);
            }
            pieces.Add(new(text[contentStart..line.End], TextSpan.FromBounds(contentStart, line.End), true));
            previous = k;
            blanks = 0;
        }

        var last = body[lastContent];
        if (chomping == '-' || last.BreakEnd == last.End) return pieces;
        if (chomping == ' ') { AddBreaks(1, last.End, last.BreakEnd); return pieces; }
        int trailing = 1, end = last.BreakEnd;
        for (int k = lastContent + 1; k < body.Count && body[k].BreakEnd > body[k].End; k++) { trailing++; end = body[k].BreakEnd; }
        AddBreaks(trailing, last.End, end);
        return pieces;
    }
}
