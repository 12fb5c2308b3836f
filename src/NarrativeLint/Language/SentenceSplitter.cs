using Microsoft.CodeAnalysis.Text;

namespace NarrativeLint.Language;

/// <summary>
/// Splits text into sentences at . ! ? … followed by a space or the end, and at line breaks that start a
/// new list item or paragraph. Abbreviations from the pack ("e.g.", "dott.", "str."), decimals ("3.5"),
/// addresses ("velocell.example/care", e-mail), initials ("J. Smith") and ellipses inside a quote or
/// before a lower-case word do not end a sentence.
/// </summary>
internal sealed class SentenceSplitter
{
    readonly string[] abbreviations;

    public SentenceSplitter(IEnumerable<string> abbreviations)
        => this.abbreviations = abbreviations.Select(a => a.Trim()).Where(a => a.EndsWith('.'))
            .Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(a => a.Length).ToArray();

    /// <summary>The sentences' spans, trimmed of surrounding white space, in order.</summary>
    public void Split(string text, List<TextSpan> output)
    {
        var sentenceStart = 0;
        var inQuote = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    inQuote = !inQuote;
                    break;
                case '“' or '«' or '„':
                    inQuote = true;
                    break;
                case '”' or '»':
                    inQuote = false;
                    break;
            }

            if (c is '.' or '!' or '?' or '…')
            {
                var end = EndOfTerminators(text, i, out var isEllipsis, out var closesQuote);
                if (closesQuote) inQuote = false;
                if (EndsSentence(text, i, end, isEllipsis, inQuote))
                {
                    Emit(text, sentenceStart, end, output);
                    sentenceStart = end;
                    inQuote = false;
                }
                i = end;
                continue;
            }

            if (c == '\n' && BreaksAtLine(text, i))
            {
                Emit(text, sentenceStart, i, output);
                sentenceStart = i + 1;
                inQuote = false;
            }
            i++;
        }
        Emit(text, sentenceStart, text.Length, output);
    }

    /// <summary>Past a run of terminators ("?!", "...") and the closing quotes or brackets after it.</summary>
    static int EndOfTerminators(string text, int i, out bool isEllipsis, out bool closesQuote)
    {
        var j = i;
        var dots = 0;
        isEllipsis = false;
        while (j < text.Length && text[j] is '.' or '!' or '?' or '…')
        {
            if (text[j] == '.') dots++;
            if (text[j] == '…') isEllipsis = true;
            j++;
        }
        if (dots >= 3) isEllipsis = true;
        closesQuote = false;
        while (j < text.Length && text[j] is '"' or '\'' or '”' or '’' or '»' or ')' or ']')
        {
            if (text[j] is '"' or '”' or '»') closesQuote = true;
            j++;
        }
        return j;
    }

    bool EndsSentence(string text, int i, int end, bool isEllipsis, bool inQuote)
    {
        // Only before white space or the end: "3.5", "velocell.example", "care@velocell.example" stay whole.
        if (end < text.Length && !char.IsWhiteSpace(text[end])) return false;
        var next = NextNonSpace(text, end);
        if (isEllipsis) return !inQuote && !(next >= 0 && char.IsLower(text[next]));
        if (text[i] != '.' || i + 1 < end && text[i + 1] is '!' or '?') return true;
        if (IsInitial(text, i)) return false;
        return !IsAbbreviation(text, i);
    }

    /// <summary>A single capital letter before the full stop, as in "J. Smith".</summary>
    static bool IsInitial(string text, int dot)
        => dot >= 1 && char.IsUpper(text[dot - 1]) && (dot == 1 || !char.IsLetter(text[dot - 2]));

    bool IsAbbreviation(string text, int dot)
    {
        var before = text.AsSpan(0, dot + 1);
        foreach (var abbreviation in abbreviations)
        {
            if (!before.EndsWith(abbreviation, StringComparison.OrdinalIgnoreCase)) continue;
            var start = before.Length - abbreviation.Length;
            if (start == 0 || !char.IsLetterOrDigit(text[start - 1])) return true;
        }
        return false;
    }

    /// <summary>
    /// A line break ends a sentence before a blank line, or when the next line starts a list item or a capitalised
    /// line and this line does not end mid-clause (list lines often lack a full stop).
    /// </summary>
    static bool BreaksAtLine(string text, int newline)
    {
        var j = newline + 1;
        while (j < text.Length && text[j] is ' ' or '\t' or '\r') j++;
        if (j >= text.Length) return false;
        if (text[j] == '\n') return true;
        var previous = newline - 1;
        while (previous >= 0 && char.IsWhiteSpace(text[previous])) previous--;
        if (previous < 0) return false;
        if (text[previous] is ',' or ';' or '-' or '–' or '(' or '/' or '&') return false;
        return char.IsUpper(text[j]) || text[j] is '-' or '*' or '•' or '·' or '–' or '—' or '>' or '#';
    }

    static int NextNonSpace(string text, int j)
    {
        while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
        return j < text.Length ? j : -1;
    }

    /// <summary>
    /// The longest stretch of text analysed as one sentence. A longer one (a pasted list, a minified export, a
    /// run-on paragraph) is cut at its last clause punctuation before the limit, else at a space, so the work per
    /// sentence stays bounded whatever the shape of the text; a real sentence is far shorter.
    /// </summary>
    public const int MaxSentenceChars = 1500;

    static void Emit(string text, int start, int end, List<TextSpan> output)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        while (end - start > MaxSentenceChars)
        {
            var cut = CutBefore(text, start, start + MaxSentenceChars);
            Emit(text, start, cut, output);
            start = cut;
            while (start < end && char.IsWhiteSpace(text[start])) start++;
        }
        if (end > start) output.Add(TextSpan.FromBounds(start, end));
    }

    /// <summary>Just past the last clause punctuation (, ; : —) in the second half of [start, limit), else the last space, else the limit.</summary>
    static int CutBefore(string text, int start, int limit)
    {
        int half = start + (limit - start) / 2;
        for (int i = limit - 1; i > half; i--)
            if (text[i] is ',' or ';' or ':' or '—' or '–') return i + 1;
        for (int i = limit - 1; i > half; i--)
            if (char.IsWhiteSpace(text[i])) return i;
        return char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
    }
}
