namespace NarrativeLint.Language;

/// <summary>A number read from tokens: digits or words, with any scale word ("3.4 million", "douăzeci și patru").</summary>
/// <param name="End">Token index just past the number.</param>
/// <param name="NeedsUnit">"a", "un", "o": a number only when a unit follows ("a week").</param>
/// <param name="IsYear">Four plain digits from 1900 to 2100: a year unless a unit says otherwise.</param>
internal readonly record struct NumberRead(int Start, int End, decimal Value, bool IsDigits, bool NeedsUnit, bool IsYear);

/// <summary>Reads numbers written in digits or in the pack's number words, at a token position.</summary>
internal sealed class NumberReader
{
    readonly NumeralFormat numerals;
    readonly Dictionary<string, long> cardinals;
    readonly Dictionary<string, long> scales;
    readonly HashSet<string> joiners;
    readonly HashSet<string> oneBeforeUnit;
    readonly HashSet<string> ambiguous;
    readonly HashSet<string> ambiguousCapitalised;
    readonly HashSet<string> links;
    readonly HashSet<string> decimalWords;
    readonly string elisionVowels;

    /// <param name="lower">The pack's lower-casing, so number words match tokens as the tokenizer writes them.</param>
    public NumberReader(NumeralFormat numerals, NumberWordsDefinition words, Func<string, string> lower)
    {
        this.numerals = numerals;
        elisionVowels = words.ElisionVowels;
        cardinals = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (word, value) in words.Cardinals) cardinals[lower(word)] = value;
        if (words.Glued) AddGluedCompounds(cardinals);
        scales = words.Scales.ToDictionary(kv => lower(kv.Key), kv => kv.Value, StringComparer.Ordinal);
        joiners = Set(words.Joiners);
        oneBeforeUnit = Set(words.OneBeforeUnit);
        ambiguous = Set(words.Ambiguous);
        ambiguousCapitalised = Set(words.AmbiguousCapitalised);
        links = Set(words.Links);
        decimalWords = Set(words.DecimalWords);

        HashSet<string> Set(IEnumerable<string> list) => new(list.Select(lower), StringComparer.Ordinal);
    }

    /// <summary>Italian writes tens and units as one word, eliding the tens' last vowel before the pack's elision vowels: "ventiquattro", "trentuno".</summary>
    void AddGluedCompounds(Dictionary<string, long> lowered)
    {
        var tens = lowered.Where(kv => kv.Value is >= 20 and <= 90 && kv.Value % 10 == 0).ToList();
        var units = lowered.Where(kv => kv.Value is >= 1 and <= 9).ToList();
        foreach (var (lowerTen, tenValue) in tens)
        foreach (var (lowerUnit, unitValue) in units)
        {
            cardinals.TryAdd(lowerTen + lowerUnit, tenValue + unitValue);
            if (elisionVowels.Contains(lowerUnit[0]))
                cardinals.TryAdd(lowerTen[..^1] + lowerUnit, tenValue + unitValue);
        }
    }

    public bool IsLink(in Token token) => token.Kind == TokenKind.Word && links.Contains(token.Lower);

    public bool IsScale(in Token token) => token.Kind == TokenKind.Word && scales.ContainsKey(token.Lower);

    /// <summary>Reads the number starting at token <paramref name="i"/>; ambiguous words ("sei", "one") need a unit too.</summary>
    public bool TryRead(ReadOnlySpan<Token> tokens, int i, out NumberRead number)
    {
        number = default;
        if ((uint)i >= (uint)tokens.Length) return false;
        var token = tokens[i];
        decimal value;
        var end = i + 1;
        bool needsUnit;
        var isDigits = token.Kind == TokenKind.Number;
        if (isDigits)
        {
            value = numerals.Parse(token.Text);
            needsUnit = false;
        }
        else if (token.Kind == TokenKind.Word && cardinals.TryGetValue(token.Lower, out var small))
        {
            value = small;
            // A numeral that is also a noun, in a language that capitalises nouns ("die Acht"), is the numeral when written lower-case ("acht Produkte").
            needsUnit = ambiguous.Contains(token.Lower) || ambiguousCapitalised.Contains(token.Lower) && char.IsUpper(token.Text[0]);
            if (small is >= 20 and <= 90 && small % 10 == 0 && TryReadUnitWord(tokens, end, out var unit, out var next))
            {
                value += unit;
                end = next;
                needsUnit = false;
            }
        }
        else if (token.Kind == TokenKind.Word && oneBeforeUnit.Contains(token.Lower))
        {
            value = 1;
            needsUnit = true;
        }
        else return false;

        // A decimal point said aloud: "ninety-nine point nine", "novantanove virgola nove", "nouăzeci și nouă virgulă nouă".
        if (!isDigits && end + 1 < tokens.Length && decimalWords.Contains(tokens[end].Lower) && TryReadDecimals(tokens, end + 1, out var fraction, out var afterFraction))
        {
            value += fraction;
            end = afterFraction;
            needsUnit = false;
        }

        // Scale words multiply: "3.4 million", "3,6 milioni", "20 de milioane", "a hundred".
        while (end < tokens.Length)
        {
            var at = end;
            if (IsLink(tokens[at]) && at + 1 < tokens.Length && IsScale(tokens[at + 1])) at++;
            if (!IsScale(tokens[at])) break;
            var scale = scales[tokens[at].Lower];
            if (scale <= 0 || value > decimal.MaxValue / scale) break; // "million million million…" must not overflow
            value *= scale;
            end = at + 1;
            needsUnit = false;
        }

        var isYear = isDigits && end == i + 1 && token.Text.Length == 4 && value is >= 1900 and <= 2100;
        number = new NumberRead(i, end, value, isDigits, needsUnit, isYear);
        return true;
    }

    /// <summary>
    /// The digits after a spoken decimal point: one number word each ("point nine nine" = .99), or one number word for
    /// them all ("virgola venticinque" = .25).
    /// </summary>
    bool TryReadDecimals(ReadOnlySpan<Token> tokens, int at, out decimal fraction, out int next)
    {
        fraction = 0;
        next = at;
        if (!cardinals.TryGetValue(tokens[at].Lower, out var first)) return false;
        if (first > 9)
        {
            if (first > 99) return false;
            fraction = first / 100m;
            next = at + 1;
            return true;
        }
        decimal place = 0.1m;
        while (next < tokens.Length && cardinals.TryGetValue(tokens[next].Lower, out var digit) && digit is >= 0 and <= 9)
        {
            fraction += digit * place;
            place /= 10;
            next++;
        }
        return true;
    }

    /// <summary>The unit of a compound: "twenty-four" (hyphen dropped) or "douăzeci și patru".</summary>
    bool TryReadUnitWord(ReadOnlySpan<Token> tokens, int at, out long unit, out int next)
    {
        unit = 0;
        next = at;
        if (at < tokens.Length && joiners.Contains(tokens[at].Lower)) at++;
        if (at >= tokens.Length || !cardinals.TryGetValue(tokens[at].Lower, out var value) || value is < 1 or > 9) return false;
        unit = value;
        next = at + 1;
        return true;
    }
}
