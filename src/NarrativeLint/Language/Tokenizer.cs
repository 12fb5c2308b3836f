using System.Globalization;

namespace NarrativeLint.Language;

/// <summary>
/// Splits text into words (letter runs), numbers (digits with the pack's separators), symbols (€ $ £ % + #)
/// and punctuation. A hyphen or apostrophe between two letters is not a token: "switch-off" → switch, off;
/// "l'assistenza" → l, assistenza. Spans are in the coordinates of the text given.
/// </summary>
/// <param name="letterVariants">Letters folded into the pack's own on lower-casing ("ş" → "ș").</param>
internal sealed class Tokenizer(NumeralFormat numerals, Stemmer stemmer, IReadOnlyDictionary<char, char> letterVariants)
{
    const int CacheLimit = 200_000;

    readonly TokenFormsTable formsBySurface = new(CacheLimit);

    /// <summary>Appends the tokens of <c>text[start..end]</c> to <paramref name="output"/>.</summary>
    public void Tokenize(string text, int start, int end, List<Token> output)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (IsLetter(c))
            {
                var j = i + 1;
                while (j < end && (IsLetter(text[j]) || IsMark(text[j]))) j++;
                Add(text, i, j, TokenKind.Word, output);
                // A joiner between two letters is skipped; the next letter run starts a new token.
                i = j < end - 1 && IsJoiner(text[j]) && IsLetter(text[j + 1]) ? j + 1 : j;
                continue;
            }
            if (char.IsAsciiDigit(c))
            {
                var j = numerals.ScanNumber(text, i, end);
                Add(text, i, j, TokenKind.Number, output);
                i = j;
                continue;
            }
            var length = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            Add(text, i, i + length, IsSymbol(text, i) ? TokenKind.Symbol : TokenKind.Punctuation, output);
            i += length;
        }
    }

    /// <summary>The forms of each ASCII punctuation mark and symbol, a token of its own: no dictionary lookup for a third of a text's tokens.</summary>
    static readonly TokenForms?[] AsciiMarks = [.. Enumerable.Range(0, 128).Select(c => MarkForms((char)c))];

    static TokenForms? MarkForms(char c)
    {
        if (!char.IsPunctuation(c) && !char.IsSymbol(c)) return null;
        var mark = c.ToString();
        return new TokenForms(mark, mark, mark);
    }

    void Add(string text, int start, int end, TokenKind kind, List<Token> output)
    {
        if (end - start == 1 && kind != TokenKind.Word && text[start] < AsciiMarks.Length && AsciiMarks[text[start]] is { } mark)
        {
            output.Add(new Token(new Microsoft.CodeAnalysis.Text.TextSpan(start, 1), mark.Text, mark.Lower, mark.Stem, kind));
            return;
        }
        var surface = text.AsSpan(start, end - start);
        if (!formsBySurface.TryGet(surface, out var known))
        {
            var written = surface.ToString();
            var lower = kind == TokenKind.Word ? Lower(written) : written;
            known = new TokenForms(written, lower, kind == TokenKind.Word ? stemmer.Stem(lower) : lower);
            formsBySurface.Add(known);
        }
        output.Add(new Token(new Microsoft.CodeAnalysis.Text.TextSpan(start, end - start), known.Text, known.Lower, known.Stem, kind));
    }

    /// <summary>Lower case with diacritics kept, the pack's letter variants folded ("ş" → "ș" in Romanian).</summary>
    public string Lower(string surface) => FoldLetters(surface.ToLowerInvariant());

    /// <summary>A lower-case word with the pack's letter variants folded; the same string when there is nothing to fold.</summary>
    public string FoldLetters(string lower) => FoldLetters(lower, letterVariants);

    /// <summary>As <see cref="FoldLetters(string)"/> with a pack's letter variants, for what needs no tokenizer built (a pack's function words).</summary>
    internal static string FoldLetters(string lower, IReadOnlyDictionary<char, char> letterVariants)
    {
        foreach (var (variant, letter) in letterVariants)
            if (lower.Contains(variant)) lower = lower.Replace(variant, letter);
        return lower;
    }

    static bool IsLetter(char c) => char.IsLetter(c);

    static bool IsMark(char c)
    {
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    internal static bool IsJoiner(char c) => c is '-' or '\'' or '’' or 'ʼ' or '‐' or '‑';

    static bool IsSymbol(string text, int i)
    {
        var c = text[i];
        if (c is '%' or '+' or '#' or '‰') return true;
        var category = char.GetUnicodeCategory(text, i);
        return category is UnicodeCategory.CurrencySymbol or UnicodeCategory.MathSymbol or UnicodeCategory.OtherSymbol;
    }
}
