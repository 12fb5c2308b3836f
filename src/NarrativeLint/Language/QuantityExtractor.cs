using Microsoft.CodeAnalysis.Text;

namespace NarrativeLint.Language;

/// <summary>
/// Finds durations, percentages, money, dates and plain numbers in a sentence's tokens, with the qualifier
/// words before them ("within", "până la", "almeno"). Clock times ("8am", "00:00"), phone numbers
/// ("0800 555 0199"), names with digits ("5G", "Roam4Free", "20GB") and structural numbers are not
/// quantities: section and list numbering ("1. Eligibility", "2.3 Claims", "(1)", "4)"), reference markers
/// ("[12]"), codes and identifiers ("ISO 27001", "CVE-2024-36129", "PSR-18"), versions ("version 5.2",
/// "Python 3.10", "1.2.3"), postal codes ("20121 Milano") and numbers inside paths and addresses.
/// </summary>
/// <summary>What a period marker before a year names: "Q4 2026" a quarter, "H2 2026" a half.</summary>
internal enum PeriodLength { None, Quarter, Half }

/// <summary>What a number that measures nothing does instead, as <c>annotate</c> shows it.</summary>
public enum NumberRole
{
    /// <summary>"8am", "00:00", "24/7".</summary>
    ClockTime,
    /// <summary>"0800 555 0199", "+44 20 7946 0000".</summary>
    Phone,
    /// <summary>Digits in a name: "5G", "Roam4Free", "20GB", "1 Gbps".</summary>
    Name,
    /// <summary>Section and list numbering: "1. Eligibility", "2.3 Claims", "(1)", "4)".</summary>
    Numbering,
    /// <summary>A reference or footnote marker: "[12]", "(3)".</summary>
    Marker,
    /// <summary>A code or identifier: "ISO 27001", "CVE-2024-36129", "PSR-18", "RFC 9110".</summary>
    Code,
    /// <summary>Inside a path, an address or a parameter: "/v2/", "user_2", "id=42".</summary>
    Address,
    /// <summary>A postal code before a place: "20121 Milano".</summary>
    PostalCode,
}

/// <summary>A number the extractor read as no quantity, and why.</summary>
public readonly record struct StructuralNumber(TextSpan Span, NumberRole Role);

internal sealed class QuantityExtractor(
    NumberReader numbers,
    PhraseTable<DurationUnit> durationUnits,
    PhraseTable<bool> rateWords,
    PhraseTable<Qualifier> qualifiers,
    PhraseTable<bool> deadlineWords,
    PhraseTable<bool> endOf,
    PhraseTable<bool> articles,
    PhraseTable<bool> rangeOpeners,
    PhraseTable<bool> rangeJoiners,
    PhraseTable<string> currencies,
    PhraseTable<DurationUnit> moneyPeriods,
    PhraseTable<bool> percentWords,
    PhraseTable<int> months,
    PhraseTable<bool> ordinalSuffixes,
    PhraseTable<bool> clockMarkers,
    PhraseTable<bool> nonQuantityUnits,
    IReadOnlySet<string> monthLinks,
    IReadOnlyDictionary<string, PeriodLength> periodMarkers,
    PhraseTable<bool> versionWords,
    PhraseTable<bool> versionLater)
{
    /// <summary>Appends the quantities of a sentence, in text order, and the numbers that are none to <paramref name="structural"/>.</summary>
    public void Extract(string text, ReadOnlySpan<Token> tokens, List<Quantity> output, List<StructuralNumber> structural)
    {
        var i = 0;
        while (i < tokens.Length)
        {
            var next = TryAt(text, tokens, i, output, structural);
            i = next > i ? next : i + 1;
        }
    }

    /// <summary>Tries every reading at token <paramref name="i"/>; returns the index to continue from.</summary>
    int TryAt(string text, ReadOnlySpan<Token> tokens, int i, List<Quantity> output, List<StructuralNumber> structural)
    {
        var token = tokens[i];
        if (IsCurrencyPrefix(token) && currencies.TryMatchAt(tokens, i, out var currencyLength, out var currency))
            return TryMoneyAfterCurrency(text, tokens, i, currencyLength, currency, output);
        if (token.Kind == TokenKind.Word && months.TryMatchAt(tokens, i, out var monthLength, out var month))
        {
            var after = TryMonthFirstDate(text, tokens, i, i + monthLength, month, output);
            if (after > i) return after;
        }
        if (token.Kind == TokenKind.Number)
        {
            // A day, a month and a year are a date whatever stands before them: "Saturday 22 March 2025" is no release 22 of "Saturday".
            var dated = TryDayFirstDate(text, tokens, i, output);
            if (dated > i) return dated;
            var version = TryVersion(text, tokens, i, output);
            if (version > i) return version;
            var skip = SkipNonQuantity(tokens, i, out var role);
            if (skip > i)
            {
                structural.Add(new StructuralNumber(TextSpan.FromBounds(tokens[i].Span.Start, tokens[skip - 1].Span.End), role));
                return skip;
            }
            dated = TryIsoDate(text, tokens, i, output);
            if (dated > i) return dated;
        }
        return numbers.TryRead(tokens, i, out var number) ? FromNumber(text, tokens, number, output) : i + 1;
    }

    // ---- What follows a number decides what it is: a unit, %, a currency, or nothing.

    int FromNumber(string text, ReadOnlySpan<Token> tokens, NumberRead number, List<Quantity> output)
    {
        var first = number.Start;
        var end = number.End;
        decimal? max = null;
        // A range: "48-72 hours", "24 to 48 hours", "tra 24 e 48 ore", "între 24 și 48 de ore".
        if (rangeJoiners.TryMatchAt(tokens, end, out var joinerLength, out _)
            && numbers.TryRead(tokens, end + joinerLength, out var high) && !high.NeedsUnit && high.Value > number.Value)
        {
            var rangeKind = Classify(tokens, high.End, out _, out _, out _, out _);
            if (rangeKind is not null || (!number.IsYear && number.IsDigits == high.IsDigits))
            {
                max = high.Value;
                end = high.End;
                if (rangeOpeners.TryMatchEndingAt(tokens, first, out var openerStart, out _)) first = openerStart;
            }
        }

        // "ninety (90) days", "novanta (90) giorni": legal texts restate a number in digits, in brackets, before its unit.
        if (max is null && !number.IsDigits && end + 2 < tokens.Length && tokens[end].Text == "(" && tokens[end + 2].Text == ")"
            && numbers.TryRead(tokens, end + 1, out var restated) && restated.End == end + 2 && restated.Value == number.Value)
            end += 3;

        var kind = Classify(tokens, end, out var unit, out var currency, out var period, out var unitEnd);
        // "a €5 voucher": the article is no amount; the currency sign belongs to the digits after it.
        if (kind == QuantityKind.Money && !number.IsDigits && max is null && unitEnd < tokens.Length && tokens[unitEnd].Kind == TokenKind.Number
            && IsCurrencyPrefix(tokens[end])) return number.End;
        if (kind is null && IsGluedToWord(tokens, end - 1)) return end;
        if (kind is null && number.NeedsUnit) return number.End;

        if (kind is null && number.IsYear && max is null)
        {
            var periodMonth = PeriodOfYear(tokens, first, out var periodStart);
            var (yearStart, yearQualifier, isEndOf) = Prefix(tokens, periodStart, isDate: true);
            if (yearQualifier is not (Qualifier.MoreThan or Qualifier.LessThan or Qualifier.AtLeast))
            {
                var year = (int)number.Value;
                var date = isEndOf ? new DateOnly(year, 12, 31) : new DateOnly(year, periodMonth ?? 1, 1);
                output.Add(Make(text, tokens, yearStart, end, QuantityKind.Date, number.Value, null, null, null, date,
                    periodMonth is null || isEndOf ? DatePrecision.Year : DatePrecision.Month, yearQualifier));
                return end;
            }
        }

        var (start, qualifier, _) = Prefix(tokens, first, isDate: false);
        switch (kind)
        {
            case QuantityKind.Duration when IsRate(tokens, unitEnd, out var rateEnd):
                return rateEnd;
            case QuantityKind.Duration:
                output.Add(Make(text, tokens, start, unitEnd, QuantityKind.Duration, number.Value, max, unit, null, null, DatePrecision.Year, qualifier));
                return unitEnd;
            case QuantityKind.Percentage:
                output.Add(Make(text, tokens, start, unitEnd, QuantityKind.Percentage, number.Value, max, null, null, null, DatePrecision.Year, qualifier));
                return unitEnd;
            case QuantityKind.Money:
                output.Add(Make(text, tokens, start, unitEnd, QuantityKind.Money, number.Value, max, period, currency, null, DatePrecision.Year, qualifier));
                return unitEnd;
            default:
                output.Add(Make(text, tokens, start, end, QuantityKind.Number, number.Value, max, null, null, null, DatePrecision.Year, qualifier));
                return end;
        }
    }

    /// <summary>"24 hours a day", "7 days a week", "7 giorni su 7": a frequency, not a length of time.</summary>
    bool IsRate(ReadOnlySpan<Token> tokens, int at, out int end)
    {
        end = at;
        if (!rateWords.TryMatchAt(tokens, at, out var length, out _)) return false;
        var next = at + length;
        if (durationUnits.TryMatchAt(tokens, next, out var unitLength, out _)) end = next + unitLength;
        else if (next < tokens.Length && tokens[next].Kind == TokenKind.Number) end = next + 1;
        else return false;
        return true;
    }

    /// <summary>What the words after a number make of it; <paramref name="end"/> is past those words.</summary>
    QuantityKind? Classify(ReadOnlySpan<Token> tokens, int at, out DurationUnit? unit, out string? currency, out DurationUnit? period, out int end)
    {
        unit = null;
        currency = null;
        period = null;
        end = at;
        if (at >= tokens.Length) return null;
        // Romanian "24 de ore", and the hyphen of "24-hour".
        if (numbers.IsLink(tokens[at]) || tokens[at].Text == "-" && Adjacent(tokens, at - 1, at) && Adjacent(tokens, at, at + 1)) at++;
        if (percentWords.TryMatchAt(tokens, at, out var length, out _))
        {
            end = at + length;
            return QuantityKind.Percentage;
        }
        if (durationUnits.TryMatchAt(tokens, at, out length, out var durationUnit))
        {
            unit = durationUnit;
            end = at + length;
            return QuantityKind.Duration;
        }
        if (currencies.TryMatchAt(tokens, at, out length, out var code))
        {
            currency = code;
            end = at + length;
            if (moneyPeriods.TryMatchAt(tokens, end, out var periodLength, out var moneyPeriod))
            {
                period = moneyPeriod;
                end += periodLength;
            }
            return QuantityKind.Money;
        }
        return null;
    }

    /// <summary>"€9.99", "EUR 9.99", "$5", with a period after ("€9.99/month", "€9.99 a month").</summary>
    int TryMoneyAfterCurrency(string text, ReadOnlySpan<Token> tokens, int i, int currencyLength, string currency, List<Quantity> output)
    {
        var at = i + currencyLength;
        if (!numbers.TryRead(tokens, at, out var number) || !number.IsDigits || IsGluedToWord(tokens, number.End - 1))
            return i + currencyLength;
        var end = number.End;
        decimal? max = null;
        if (rangeJoiners.TryMatchAt(tokens, end, out var joinerLength, out _))
        {
            var highAt = end + joinerLength;
            if (currencies.TryMatchAt(tokens, highAt, out var secondCurrency, out _)) highAt += secondCurrency;
            if (numbers.TryRead(tokens, highAt, out var high) && high.IsDigits && high.Value > number.Value)
            {
                max = high.Value;
                end = high.End;
            }
        }
        DurationUnit? period = null;
        if (moneyPeriods.TryMatchAt(tokens, end, out var periodLength, out var moneyPeriod))
        {
            period = moneyPeriod;
            end += periodLength;
        }
        var (start, qualifier, _) = Prefix(tokens, i, isDate: false);
        output.Add(Make(text, tokens, start, end, QuantityKind.Money, number.Value, max, period, currency, null, DatePrecision.Year, qualifier));
        return end;
    }

    /// <summary>Only a symbol or an upper-case code stands before an amount ("€9.99", "EUR 9.99"); "Euro 2024" is no price.</summary>
    /// <remarks>Three letters compared one by one: the span search this replaced boxed a character per word in the ahead-of-time build.</remarks>
    static bool IsCurrencyPrefix(in Token token)
        => token.Kind == TokenKind.Symbol || token.Text is [>= 'A' and <= 'Z', >= 'A' and <= 'Z', >= 'A' and <= 'Z'];

    // ---- Dates.

    /// <summary>"2026-06-30".</summary>
    int TryIsoDate(string text, ReadOnlySpan<Token> tokens, int i, List<Quantity> output)
    {
        if (i + 4 >= tokens.Length || tokens[i].Text.Length != 4) return i;
        if (tokens[i + 1].Text != "-" || tokens[i + 3].Text != "-") return i;
        for (var k = i; k < i + 4; k++)
            if (!Adjacent(tokens, k, k + 1)) return i;
        if (tokens[i + 2].Kind != TokenKind.Number || tokens[i + 4].Kind != TokenKind.Number) return i;
        if (tokens[i + 2].Text.Length != 2 || tokens[i + 4].Text.Length != 2) return i;
        if (!TryDate(tokens[i].Text, tokens[i + 2].Text, tokens[i + 4].Text, out var date)) return i;
        var (start, qualifier, _) = Prefix(tokens, i, isDate: true);
        output.Add(Make(text, tokens, start, i + 5, QuantityKind.Date, date.Year, null, null, null, date, DatePrecision.Day, qualifier));
        return i + 5;
    }

    /// <summary>"30 June 2026", "30th June 2026", "30 iunie 2026". A day and month without a year is no quantity.</summary>
    int TryDayFirstDate(string text, ReadOnlySpan<Token> tokens, int i, List<Quantity> output)
    {
        var dayToken = tokens[i];
        if (dayToken.Text.Length > 2 || !int.TryParse(dayToken.Text, out var day) || day is < 1 or > 31) return i;
        var at = i + 1;
        if (ordinalSuffixes.TryMatchAt(tokens, at, out var suffixLength, out _) && Adjacent(tokens, i, at)) at += suffixLength;
        if (at < tokens.Length && monthLinks.Contains(tokens[at].Lower)) at++;
        if (!months.TryMatchAt(tokens, at, out var monthLength, out var month)) return i;
        var afterMonth = at + monthLength;
        if (!TryYear(tokens, afterMonth, out var year) || !IsValid(year, month, day)) return i;
        var (start, qualifier, _) = Prefix(tokens, i, isDate: true);
        output.Add(Make(text, tokens, start, afterMonth + 1, QuantityKind.Date, year, null, null, null, new DateOnly(year, month, day), DatePrecision.Day, qualifier));
        return afterMonth + 1;
    }

    /// <summary>"June 30, 2026" and "December 2026" / "dicembre 2027" / "decembrie 2027".</summary>
    int TryMonthFirstDate(string text, ReadOnlySpan<Token> tokens, int monthAt, int after, int month, List<Quantity> output)
    {
        int year;
        var (start, qualifier, isEndOf) = Prefix(tokens, monthAt, isDate: true);
        if (TryYear(tokens, after, out year))
        {
            var date = isEndOf ? new DateOnly(year, month, DateTime.DaysInMonth(year, month)) : new DateOnly(year, month, 1);
            output.Add(Make(text, tokens, start, after + 1, QuantityKind.Date, year, null, null, null, date, DatePrecision.Month, qualifier));
            return after + 1;
        }
        if (after < tokens.Length && tokens[after].Kind == TokenKind.Number && tokens[after].Text.Length <= 2
            && int.TryParse(tokens[after].Text, out var day))
        {
            var at = after + 1;
            if (ordinalSuffixes.TryMatchAt(tokens, at, out var suffixLength, out _) && Adjacent(tokens, after, at)) at += suffixLength;
            if (at < tokens.Length && tokens[at].Text == ",") at++;
            if (TryYear(tokens, at, out year) && IsValid(year, month, day))
            {
                output.Add(Make(text, tokens, start, at + 1, QuantityKind.Date, year, null, null, null, new DateOnly(year, month, day), DatePrecision.Day, qualifier));
                return at + 1;
            }
        }
        return monthAt;
    }

    static bool TryYear(ReadOnlySpan<Token> tokens, int at, out int year)
    {
        year = 0;
        return at < tokens.Length && tokens[at].Kind == TokenKind.Number && tokens[at].Text.Length == 4
               && int.TryParse(tokens[at].Text, out year) && year is >= 1900 and <= 2100;
    }

    static bool TryDate(string year, string month, string day, out DateOnly date)
    {
        date = default;
        return int.TryParse(year, out var y) && int.TryParse(month, out var m) && int.TryParse(day, out var d)
               && IsValid(y, m, d) && (date = new DateOnly(y, m, d)) != default;
    }

    static bool IsValid(int year, int month, int day)
        => year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    // ---- Qualifier words before a quantity.

    /// <summary>
    /// A quarter or half written right before a year ("Q4 2026", "H2 2026"): the first month of that period, so the
    /// date is what the text promises at the earliest. <paramref name="start"/> moves back over it.
    /// </summary>
    int? PeriodOfYear(ReadOnlySpan<Token> tokens, int year, out int start)
    {
        start = year;
        if (year < 2 || tokens[year - 1].Kind != TokenKind.Number || tokens[year - 2].Kind != TokenKind.Word
            || tokens[year - 2].Span.End != tokens[year - 1].Span.Start || !int.TryParse(tokens[year - 1].Text, out var index)) return null;
        int? month = periodMarkers.GetValueOrDefault(tokens[year - 2].Lower) switch
        {
            PeriodLength.Quarter when index is >= 1 and <= 4 => 3 * (index - 1) + 1,
            PeriodLength.Half when index is 1 or 2 => 6 * (index - 1) + 1,
            _ => null,
        };
        if (month is not null) start = year - 2;
        return month;
    }

    /// <summary>
    /// Walks back from the quantity over "end of" phrases (dates only), an article ("entro il 2040") and a
    /// qualifier ("within", "în cel mult"); for dates a deadline word ("by", "până în") means at most.
    /// </summary>
    (int Start, Qualifier Qualifier, bool IsEndOf) Prefix(ReadOnlySpan<Token> tokens, int start, bool isDate)
    {
        var isEndOf = false;
        if (isDate && endOf.TryMatchEndingAt(tokens, start, out var endOfStart, out _))
        {
            start = endOfStart;
            isEndOf = true;
        }
        var beforeArticle = start;
        if (articles.TryMatchEndingAt(tokens, start, out var articleStart, out _)) beforeArticle = articleStart;
        if (TryQualifierEndingAt(tokens, start, isDate, out var qualifierStart, out var qualifier)
            || beforeArticle != start && TryQualifierEndingAt(tokens, beforeArticle, isDate, out qualifierStart, out qualifier))
            return (qualifierStart, qualifier, isEndOf);
        return (start, Qualifier.None, isEndOf);
    }

    bool TryQualifierEndingAt(ReadOnlySpan<Token> tokens, int end, bool isDate, out int start, out Qualifier qualifier)
    {
        if (qualifiers.TryMatchEndingAt(tokens, end, out start, out qualifier)) return true;
        qualifier = Qualifier.AtMost;
        return isDate && deadlineWords.TryMatchEndingAt(tokens, end, out start, out _);
    }

    // ---- Versions.

    /// <summary>Most digits an integer after a name has as a version ("iOS 17", "Erlang 23"); longer ones are codes ("ISO 27001", "RFC 9110").</summary>
    const int VersionIntegerDigits = 3;

    /// <summary>
    /// A release number of something named: after a name ("Python 3.10", "Node.js 20+", "JDK 17") or the pack's version
    /// words ("PHP version 8.0+", "versione 3.10"), with "+" or the pack's "or later" words ("3.10 and higher",
    /// "3.9 o successive") as an at-least bound. A word opening a sentence is capitalised anyway, so there it names a
    /// versioned thing only when written as a name inside too ("JDK 17") or when "+" or "or later" follows.
    /// </summary>
    int TryVersion(string text, ReadOnlySpan<Token> tokens, int i, List<Quantity> output)
    {
        if (i == 0 || Adjacent(tokens, i - 1, i) || Measured(tokens, i + 1) || IsGluedToWord(tokens, i) || IsClockTime(tokens, i)) return i;
        var afterVersionWord = versionWords.TryMatchEndingAt(tokens, i, out var wordStart, out _);
        var nameAt = afterVersionWord ? wordStart - 1 : i - 1;
        // A month is no name that has versions: "June 30" without its year. Decided before the release is read, as most numbers follow no name.
        int? nameStart = nameAt >= 0 && tokens[nameAt].Kind == TokenKind.Word && !months.TryMatchAt(tokens, nameAt, out _, out _)
            && NameStart(tokens, nameAt) is var candidate && IsNameLike(tokens[candidate]) ? candidate : null;
        if (!afterVersionWord && nameStart is null) return i;
        var (release, end) = ReleaseAt(tokens, i);
        if (release is null || IsGroupedInteger(tokens, i)) return i;
        var dotted = end > i + 1 || tokens[i].Text.Contains('.');
        var qualifier = Qualifier.None;
        if (Is(tokens, end, "+") && Adjacent(tokens, end - 1, end))
        {
            qualifier = Qualifier.AtLeast;
            end++;
        }
        else if (versionLater.TryMatchAt(tokens, end, out var laterLength, out _))
        {
            qualifier = Qualifier.AtLeast;
            end += laterLength;
        }
        if (!afterVersionWord)
        {
            // "Section 2.3.1 applies": a capital opening the sentence is no sign of a name, unless written inside too ("JDK", "iOS").
            if (IsSentenceStart(tokens, nameStart!.Value) && qualifier == Qualifier.None && !tokens[nameStart.Value].Text.Skip(1).Any(char.IsUpper)) return i;
            if (!dotted && qualifier == Qualifier.None && tokens[i].Text.Length > VersionIntegerDigits) return i;
        }
        (int Start, string Lower)? name = nameStart is { } first ? (first, text[tokens[first].Span.Start..tokens[nameAt].Span.End].ToLowerInvariant()) : null;
        // "o agente Java 2.21+", "l'agente Java 2.21": after an article and a noun, the name only says which agent; the version
        // is the agent's. "a versão Python 3.9" is Python's: a version word names no other thing.
        if (name is { } modifier && modifier.Start >= 2 && tokens[modifier.Start - 1] is { Kind: TokenKind.Word } head && !IsNameLike(head)
            && !versionWords.TryMatchEndingAt(tokens, modifier.Start, out _, out _) && articles.TryMatchEndingAt(tokens, modifier.Start - 1, out _, out _))
            name = (modifier.Start - 1, head.Lower + " " + modifier.Lower);
        // "at least Python 3.10": a qualifier before the name bounds the version too.
        var (start, before, _) = Prefix(tokens, name?.Start ?? (afterVersionWord ? wordStart : i), isDate: false);
        if (qualifier == Qualifier.None) qualifier = before;
        var span = TextSpan.FromBounds(tokens[before != Qualifier.None ? start : i].Span.Start, tokens[end - 1].Span.End);
        output.Add(new Quantity(QuantityKind.Version, span, text.Substring(span.Start, span.Length), release.Major, null, null, null, null,
            DatePrecision.Year, qualifier, release, name?.Lower));
        return end;
    }

    /// <summary>"9:00": hours and minutes, after a day's name too ("Monday to Friday from 9:00"), no release of that name.</summary>
    static bool IsClockTime(ReadOnlySpan<Token> tokens, int i) =>
        i + 2 < tokens.Length && tokens[i + 1].Text == ":" && tokens[i + 2].Kind == TokenKind.Number && Adjacent(tokens, i, i + 1) && Adjacent(tokens, i + 1, i + 2);

    /// <summary>"5.200" where the pack groups thousands with a dot: a count of 5,200, not release 5.200.</summary>
    bool IsGroupedInteger(ReadOnlySpan<Token> tokens, int i) =>
        tokens[i].Text.Contains('.') && numbers.TryRead(tokens, i, out var read) && read.Value >= 1000 && read.Value == decimal.Truncate(read.Value);

    /// <summary>The release number written at token <paramref name="i"/>: "3.10", "1.2.3" (joined without spaces), "17".</summary>
    static (Version? Release, int End) ReleaseAt(ReadOnlySpan<Token> tokens, int i)
    {
        var end = i + 1;
        while (end + 1 < tokens.Length && tokens[end].Text == "." && tokens[end + 1].Kind == TokenKind.Number && Adjacent(tokens, end - 1, end) && Adjacent(tokens, end, end + 1))
            end += 2;
        var written = new System.Text.StringBuilder();
        for (var k = i; k < end; k++) written.Append(tokens[k].Text);
        return (ParseRelease(written.ToString()), end);
    }

    /// <summary>"3.10" → 3.10, "17" → 17.0; null for anything else (a decimal comma, more than four parts).</summary>
    public static Version? ParseRelease(string written)
    {
        var parts = written.Split('.');
        if (parts.Length > 4 || parts.Any(p => p.Length is 0 or > 6 || !p.All(char.IsAsciiDigit))) return null;
        var numbers = parts.Select(int.Parse).ToArray();
        return numbers.Length switch
        {
            1 => new Version(numbers[0], 0),
            2 => new Version(numbers[0], numbers[1]),
            3 => new Version(numbers[0], numbers[1], numbers[2]),
            _ => new Version(numbers[0], numbers[1], numbers[2], numbers[3]),
        };
    }

    /// <summary>
    /// Where the name ending at token <paramref name="at"/> (a word) starts: the words glued to it by dots or hyphens
    /// ("Node.js", "OpenTelemetry-Python") and the name-like words written before it ("OpenTelemetry Python" is a
    /// product of its own, not the language). A word opening the sentence belongs to the name only if it is written
    /// as one inside as well ("OpenTelemetry", "JDK").
    /// </summary>
    static int NameStart(ReadOnlySpan<Token> tokens, int at)
    {
        var start = GluedStart(tokens, at);
        while (start > 0 && tokens[start - 1].Kind == TokenKind.Word && !Adjacent(tokens, start - 1, start)
               && GluedStart(tokens, start - 1) is var previous && IsNameLike(tokens[previous])
               && (!IsSentenceStart(tokens, previous) || tokens[previous].Text.Skip(1).Any(char.IsUpper)))
            start = previous;
        return start;
    }

    /// <summary>The first token of the word glued by dots or hyphens that ends at <paramref name="at"/>.</summary>
    static int GluedStart(ReadOnlySpan<Token> tokens, int at)
    {
        var start = at;
        while (start >= 2 && tokens[start - 1].Text is "." or "-" && tokens[start - 2].Kind == TokenKind.Word && Adjacent(tokens, start - 2, start - 1) && Adjacent(tokens, start - 1, start))
            start -= 2;
        return start;
    }

    // ---- What is not a quantity.

    /// <summary>
    /// Clock times ("8am", "10 pm", "00:00"), phone numbers ("0800 555 0199", "+44 20 …"), names with digits
    /// ("5G", "Roam4Free", "20GB", "1 Gbps") and "24/7": returns the index past them, or <paramref name="i"/>.
    /// </summary>
    int SkipNonQuantity(ReadOnlySpan<Token> tokens, int i, out NumberRole role)
    {
        var token = tokens[i];
        role = NumberRole.Name;
        // "Roam4Free": digits glued to a word before them.
        if (i > 0 && tokens[i - 1].Kind == TokenKind.Word && Adjacent(tokens, i - 1, i)) return SkipGlued(tokens, i);
        role = NumberRole.ClockTime;
        // Clock time "00:00", "8.30", or "24/7".
        if (i + 2 < tokens.Length && tokens[i + 1].Text is ":" or "/" && tokens[i + 2].Kind == TokenKind.Number
            && Adjacent(tokens, i, i + 1) && Adjacent(tokens, i + 1, i + 2))
        {
            var end = i + 3;
            while (end + 1 < tokens.Length && tokens[end].Text is ":" or "/" && tokens[end + 1].Kind == TokenKind.Number && Adjacent(tokens, end - 1, end)) end += 2;
            if (clockMarkers.TryMatchAt(tokens, end, out var markerLength, out _)) end += markerLength;
            return end;
        }
        if (clockMarkers.TryMatchAt(tokens, i + 1, out var clockLength, out _)) return i + 1 + clockLength;
        role = NumberRole.Name;
        if (nonQuantityUnits.TryMatchAt(tokens, i + 1, out var unitLength, out _)) return i + 1 + unitLength;
        var structural = SkipStructural(tokens, i, out role);
        if (structural > i) return structural;
        role = NumberRole.Phone;
        // Phone numbers: a leading zero, a "+" before, or groups of digits separated by spaces.
        var isPhone = token.Text.Length >= 2 && token.Text[0] == '0' && token.Text.All(char.IsAsciiDigit)
                      || i > 0 && tokens[i - 1].Text == "+" && Adjacent(tokens, i - 1, i)
                      || i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Number && token.Text.All(char.IsAsciiDigit) && tokens[i + 1].Text.All(char.IsAsciiDigit);
        if (!isPhone) return i;
        var last = i;
        while (last + 1 < tokens.Length && (tokens[last + 1].Kind == TokenKind.Number || tokens[last + 1].Text is "-" or "(" or ")" && last + 2 < tokens.Length && tokens[last + 2].Kind == TokenKind.Number))
            last++;
        return last + 1;
    }

    /// <summary>
    /// Numbers that label, number or address something rather than measure it, recognised by their shape:
    /// what stands around them, not which words. Returns the index past the structural number, or <paramref name="i"/>.
    /// </summary>
    int SkipStructural(ReadOnlySpan<Token> tokens, int i, out NumberRole role)
    {
        var token = tokens[i];

        role = NumberRole.Numbering;
        // A run of numbers joined by dots with no space: "2.3.1" (a clause number; a version has a name or a version word before it).
        if (Is(tokens, i + 1, ".") && Adjacent(tokens, i, i + 1) && i + 2 < tokens.Length && tokens[i + 2].Kind == TokenKind.Number && Adjacent(tokens, i + 1, i + 2))
            return SkipJoinedRun(tokens, i);
        role = NumberRole.Address;
        // Inside a path, an address or a parameter: "/v2/", "user_2", "id=42", "x@3".
        if (i > 0 && Adjacent(tokens, i - 1, i) && tokens[i - 1].Text is "/" or "@" or "_" or "=" or "~" or "\\")
            return SkipJoinedRun(tokens, i);
        role = NumberRole.Code;
        // A code after a word and a hyphen: "PSR-18", "CVE-2024-36129", "ISO-8601".
        if (i > 1 && Is(tokens, i - 1, "-") && Adjacent(tokens, i - 1, i) && tokens[i - 2].Kind == TokenKind.Word && Adjacent(tokens, i - 2, i - 1))
            return SkipJoinedRun(tokens, i);
        role = NumberRole.Numbering;
        // Numbering at the start of a sentence: "1." alone, "4)" or "(4)", or "2.3 Claims" before a heading word.
        if (i == 0 || i == 1 && tokens[0].Text is "(" or "[")
        {
            if (i + 1 == tokens.Length) return i + 1;
            if (Is(tokens, i + 1, ")") || Is(tokens, i + 1, "]") || Is(tokens, i + 1, ".") && (i + 2 == tokens.Length || tokens[i + 2].Kind == TokenKind.Word && char.IsUpper(tokens[i + 2].Text[0])))
                return i + 2;
            if (i == 0 && tokens[1].Kind == TokenKind.Word && char.IsUpper(tokens[1].Text[0]) && !Measured(tokens, 1) && token.Text.Contains('.'))
                return i + 1;
        }
        role = NumberRole.Marker;
        // A marker in brackets: "(3)", "[12]", anywhere.
        if (i > 0 && tokens[i - 1].Text is "(" or "[" && Adjacent(tokens, i - 1, i) && i + 1 < tokens.Length && tokens[i + 1].Text is ")" or "]" && Adjacent(tokens, i, i + 1))
            return i + 2;
        role = NumberRole.Code;
        // A code after a name, where no version was read: "ISO 27001", "RFC 9110"; not "Start 9.99 €".
        if (i > 1 && tokens[i - 1].Kind == TokenKind.Word && !Measured(tokens, i + 1) && IsNameLike(tokens[i - 1]) && !IsSentenceStart(tokens, i - 1))
            return SkipJoinedRun(tokens, i);
        // A version after the pack's version words that is no release number ("versione 3,1").
        if (versionWords.TryMatchEndingAt(tokens, i, out _, out _))
            return SkipJoinedRun(tokens, i);
        role = NumberRole.PostalCode;
        // A postal code before a place name: "20121 Milano", "010011 București"; five or six digits, no unit.
        if (token.Text.All(char.IsAsciiDigit) && token.Text.Length is 5 or 6 && i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word
            && char.IsUpper(tokens[i + 1].Text[0]) && !Measured(tokens, i + 1))
            return i + 1;
        return i;
    }

    static bool Is(ReadOnlySpan<Token> tokens, int at, string text) => at >= 0 && at < tokens.Length && tokens[at].Text == text;

    /// <summary>A unit, a currency or a percent sign follows: the number measures something.</summary>
    bool Measured(ReadOnlySpan<Token> tokens, int at) =>
        durationUnits.TryMatchAt(tokens, at, out _, out _) || currencies.TryMatchAt(tokens, at, out _, out _) || percentWords.TryMatchAt(tokens, at, out _, out _);

    /// <summary>A word written as a name or a code: an inner capital ("iOS", "OpenTelemetry"), all capitals ("ISO"), or a capital first letter.</summary>
    static bool IsNameLike(in Token word) => word.Text.Length > 0 && char.IsUpper(word.Text[0]) || word.Text.Skip(1).Any(char.IsUpper);

    static bool IsSentenceStart(ReadOnlySpan<Token> tokens, int at)
    {
        for (int k = at - 1; k >= 0; k--)
            if (tokens[k].Kind is TokenKind.Word or TokenKind.Number) return false;
        return true;
    }

    /// <summary>Skips numbers, letters and joiners glued together without spaces: "1.2.3", "2024-36129", "3.10+".</summary>
    static int SkipJoinedRun(ReadOnlySpan<Token> tokens, int i)
    {
        var end = i + 1;
        while (end < tokens.Length && Adjacent(tokens, end - 1, end)
               && (tokens[end].Kind is TokenKind.Number or TokenKind.Word || tokens[end].Text is "." or "-" or "+" or "_" or "/")
               && !(tokens[end].Text is "." or "-" or "/" && (end + 1 >= tokens.Length || !Adjacent(tokens, end, end + 1))))
            end++;
        return end;
    }

    /// <summary>Skips a word-glued number and the letters after it ("Roam4Free", "MP3").</summary>
    static int SkipGlued(ReadOnlySpan<Token> tokens, int i)
    {
        var end = i + 1;
        while (end < tokens.Length && tokens[end].Kind is TokenKind.Word or TokenKind.Number && Adjacent(tokens, end - 1, end)) end++;
        return end;
    }

    /// <summary>A number immediately followed by letters that are no unit or scale ("5G", "4K").</summary>
    bool IsGluedToWord(ReadOnlySpan<Token> tokens, int numberAt)
        => numberAt + 1 < tokens.Length && tokens[numberAt + 1].Kind == TokenKind.Word && Adjacent(tokens, numberAt, numberAt + 1)
           && !durationUnits.TryMatchAt(tokens, numberAt + 1, out _, out _)
           && !currencies.TryMatchAt(tokens, numberAt + 1, out _, out _)
           && !percentWords.TryMatchAt(tokens, numberAt + 1, out _, out _)
           && !numbers.IsScale(tokens[numberAt + 1]);

    static bool Adjacent(ReadOnlySpan<Token> tokens, int left, int right)
        => left >= 0 && right < tokens.Length && tokens[left].Span.End == tokens[right].Span.Start;

    static Quantity Make(string text, ReadOnlySpan<Token> tokens, int first, int end, QuantityKind kind, decimal value, decimal? max,
        DurationUnit? unit, string? currency, DateOnly? date, DatePrecision precision, Qualifier qualifier)
    {
        var span = TextSpan.FromBounds(tokens[first].Span.Start, tokens[end - 1].Span.End);
        return new Quantity(kind, span, text.Substring(span.Start, span.Length), value, max, unit, currency, date, precision, qualifier);
    }
}
