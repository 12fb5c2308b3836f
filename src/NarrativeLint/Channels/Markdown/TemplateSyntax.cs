using Microsoft.CodeAnalysis.Text;

namespace NarrativeLint.Channels.Markdown;

/// <summary>
/// Template syntax, which a site generator replaces: Hugo shortcodes <c>{{&lt; … &gt;}}</c> and <c>{{% … %}}</c>,
/// Liquid/Jinja tags <c>{% … %}</c> and expressions <c>{{ … }}</c> (each closed within 4,000 characters), and attribute
/// lists <c>{.class}</c> <c>{: … }</c> <c>{#id}</c> (one line, no brace, at most 400 characters), read left to right in
/// that order of preference, as the alternatives of one pattern would be. One pass: each closing mark is looked for
/// from where it was last found, so an opening left unclosed ("{{" in a code sample) costs nothing more for the next
/// one, as a pattern's lazy 4,000-character search from every brace would.
/// </summary>
static class TemplateSyntax
{
    const int TagLimit = 4000;
    const int AttributeLimit = 400;

    /// <summary>The spans of template syntax in <paramref name="text"/>, in order and disjoint.</summary>
    public static List<TextSpan> Spans(string text)
    {
        var spans = new List<TextSpan>();
        var shortcodePercent = new NextMark(text, "%}}");
        var shortcodeAngle = new NextMark(text, ">}}");
        var tag = new NextMark(text, "%}");
        var expression = new NextMark(text, "}}");
        int at = text.IndexOf('{');
        while (at >= 0 && at + 1 < text.Length)
        {
            int end = MatchEnd(text, at, ref shortcodePercent, ref shortcodeAngle, ref tag, ref expression);
            if (end > at) spans.Add(new TextSpan(at, end - at));
            at = end > at ? end : at + 1;
            at = at < text.Length ? text.IndexOf('{', at) : -1;
        }
        return spans;
    }

    /// <summary>Where the template syntax opened at <paramref name="at"/> (a brace) ends, or <paramref name="at"/> when none opens there.</summary>
    static int MatchEnd(string text, int at, ref NextMark shortcodePercent, ref NextMark shortcodeAngle, ref NextMark tag, ref NextMark expression)
    {
        var second = text[at + 1];
        if (second == '{')
        {
            if (at + 2 < text.Length && text[at + 2] is '<' or '%')
            {
                int close = Math.Min(shortcodePercent.From(at + 3), shortcodeAngle.From(at + 3));
                if (close - (at + 3) <= TagLimit) return close + 3;
            }
            int end = expression.From(at + 2);
            return end - (at + 2) <= TagLimit ? end + 2 : at;
        }
        if (second == '%')
        {
            int end = tag.From(at + 2);
            return end - (at + 2) <= TagLimit ? end + 2 : at;
        }
        if (second is ':' or '.' or '#')
        {
            int end = at + 2, limit = Math.Min(text.Length, at + 2 + AttributeLimit);
            while (end < limit && text[end] is not ('{' or '}' or '\n')) end++;
            return end < text.Length && text[end] == '}' ? end + 1 : at;
        }
        return at;
    }

    /// <summary>
    /// The first place at or after a position where a mark is written, for positions asked in increasing order: the
    /// place found last is still the first for a later position up to it, so the text is searched once per mark.
    /// </summary>
    struct NextMark(string text, string mark)
    {
        int _found = -1;
        int _searchedFrom = int.MaxValue;

        /// <returns>The mark's index, or <see cref="int.MaxValue"/> when it is not written after <paramref name="position"/>.</returns>
        public int From(int position)
        {
            if (_searchedFrom <= position && _found >= position) return _found;
            if (_searchedFrom <= position && _found == int.MaxValue) return _found;
            _searchedFrom = position;
            var index = position <= text.Length ? text.IndexOf(mark, position, StringComparison.Ordinal) : -1;
            return _found = index < 0 ? int.MaxValue : index;
        }
    }
}
