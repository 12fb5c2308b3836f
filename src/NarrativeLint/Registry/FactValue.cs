using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Language;

namespace NarrativeLint.Registry;

/// <summary>
/// Parses a registry fact value in the registry's canonical syntax ("24 hours", "10 working days", "99.95%",
/// "9.99 EUR per month", "€9.99", "120", "2040", "2026-06", "2026-06-30").
/// </summary>
/// <remarks>
/// Deliberately strict and language-independent: the registry is the reference every content quantity is compared
/// with, so a value that could be read two ways is rejected with an error rather than guessed at.
/// </remarks>
public static partial class FactValue
{
    /// <summary>Parses <paramref name="text"/> as a <paramref name="kind"/>; null when it is not one.</summary>
    public static Quantity? Parse(QuantityKind kind, string text)
    {
        var t = text.Trim();
        return kind switch
        {
            QuantityKind.Number => ParseNumberValue(t, text),
            QuantityKind.Percentage => ParsePercentage(t, text),
            QuantityKind.Duration => ParseDuration(t, text),
            QuantityKind.Money => ParseMoney(t, text),
            QuantityKind.Date => ParseDate(t, text),
            QuantityKind.Version => ParseVersion(t, text),
            _ => null,
        };
    }

    /// <summary>What a value of <paramref name="kind"/> looks like, for error messages.</summary>
    public static string Expected(QuantityKind kind) => kind switch
    {
        QuantityKind.Number => "a number such as 120 or 3.5",
        QuantityKind.Percentage => "a percentage such as 99.95%",
        QuantityKind.Duration => "a duration such as 60 seconds, 15 minutes, 24 hours, 10 working days, 6 months, 2 weeks or 1 year",
        QuantityKind.Money => "an amount with its currency such as 9.99 EUR, €9.99 or 9.99 EUR per month",
        QuantityKind.Date => "a date as YYYY, YYYY-MM or YYYY-MM-DD such as 2040, 2026-06 or 2026-06-30",
        QuantityKind.Version => "a version such as 3.10, 8 or 1.2.3 (quote it in YAML: \"3.10\")",
        _ => kind.ToString(),
    };

    static Quantity Make(QuantityKind kind, string text, decimal value) =>
        new(kind, new TextSpan(0, text.Length), text, value);

    static Quantity? ParseNumberValue(string t, string text) =>
        TryNumber(t, out var n) ? Make(QuantityKind.Number, text, n) : null;

    static Quantity? ParsePercentage(string t, string text)
    {
        var m = PercentagePattern().Match(t);
        return m.Success && TryNumber(m.Groups["n"].Value, out var n) ? Make(QuantityKind.Percentage, text, n) : null;
    }

    static Quantity? ParseDuration(string t, string text)
    {
        var m = DurationPattern().Match(t);
        if (!m.Success || !TryNumber(m.Groups["n"].Value, out var n) || n < 0)
            return null;
        var unit = DurationUnitOf(m.Groups["unit"].Value);
        return unit is null ? null : Make(QuantityKind.Duration, text, n) with { Unit = unit };
    }

    static Quantity? ParseMoney(string t, string text)
    {
        var m = MoneyPattern().Match(t);
        if (!m.Success)
            return null;
        var currency = m.Groups["code"].Success ? m.Groups["code"].Value
            : m.Groups["code2"].Success ? m.Groups["code2"].Value
            : CurrencyOfSymbol(m.Groups["sym"].Success ? m.Groups["sym"].Value : m.Groups["sym2"].Value);
        var amount = m.Groups["n"].Success ? m.Groups["n"].Value : m.Groups["n2"].Value;
        if (currency is null || !TryNumber(amount, out var n) || n < 0)
            return null;
        DurationUnit? period = null;
        if (m.Groups["per"].Success)
        {
            period = DurationUnitOf(m.Groups["per"].Value);
            if (period is null)
                return null;
        }
        return Make(QuantityKind.Money, text, n) with { Currency = currency, Unit = period };
    }

    /// <summary>"3.10", "v8", "1.2.3": the relation says whether it is the lowest or highest supported.</summary>
    static Quantity? ParseVersion(string t, string text) =>
        QuantityExtractor.ParseRelease(t.StartsWith('v') || t.StartsWith('V') ? t[1..] : t) is { } release
            ? Make(QuantityKind.Version, text, release.Major) with { Release = release }
            : null;

    static Quantity? ParseDate(string t, string text)
    {
        var m = DatePattern().Match(t);
        if (!m.Success)
            return null;
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 1;
        var day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : 1;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        var precision = m.Groups["d"].Success ? DatePrecision.Day : m.Groups["m"].Success ? DatePrecision.Month : DatePrecision.Year;
        return Make(QuantityKind.Date, text, year) with { Date = new DateOnly(year, month, day), Precision = precision };
    }

    /// <summary>A plain number: digits with an optional decimal point and optional thousands commas ("1,000.50").</summary>
    static bool TryNumber(string s, out decimal value)
    {
        value = 0;
        if (!NumberPattern().IsMatch(s))
            return false;
        return decimal.TryParse(s.Replace(",", ""), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
            CultureInfo.InvariantCulture, out value);
    }

    static DurationUnit? DurationUnitOf(string word) => word.ToLowerInvariant() switch
    {
        "second" or "seconds" or "sec" or "secs" => DurationUnit.Second,
        "minute" or "minutes" or "min" or "mins" => DurationUnit.Minute,
        "hour" or "hours" or "h" or "hr" or "hrs" => DurationUnit.Hour,
        "day" or "days" or "calendar day" or "calendar days" => DurationUnit.Day,
        "working day" or "working days" or "business day" or "business days" => DurationUnit.BusinessDay,
        "week" or "weeks" => DurationUnit.Week,
        "month" or "months" => DurationUnit.Month,
        "year" or "years" => DurationUnit.Year,
        _ => null,
    };

    static string? CurrencyOfSymbol(string symbol) => symbol switch
    {
        "€" => "EUR",
        "$" => "USD",
        "£" => "GBP",
        _ => null,
    };

    [GeneratedRegex(@"^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?<n>[\d.,]+)\s?%$")]
    private static partial Regex PercentagePattern();

    [GeneratedRegex(@"^(?<n>[\d.,]+)\s+(?<unit>(working|business|calendar)\s+days?|[A-Za-z]+)$")]
    private static partial Regex DurationPattern();

    // "9.99 EUR", "EUR 9.99", "€9.99", "9.99€", each optionally followed by "per month" or "/month".
    [GeneratedRegex(@"^(?:(?<n>[\d.,]+)\s*(?:(?<code>[A-Z]{3})|(?<sym>[€$£]))|(?:(?<code2>[A-Z]{3})\s+|(?<sym2>[€$£])\s?)(?<n2>[\d.,]+))(?:(?:\s*/\s*|\s+per\s+|\s+a\s+)(?<per>[a-z]+))?$")]
    private static partial Regex MoneyPattern();

    [GeneratedRegex(@"^(?<y>\d{4})(-(?<m>\d{2})(-(?<d>\d{2}))?)?$")]
    private static partial Regex DatePattern();
}
