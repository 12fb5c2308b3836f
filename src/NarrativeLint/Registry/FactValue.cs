using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Language;

namespace NarrativeLint.Registry;

/// <summary>
/// Parses a registry fact value ("24 hours", "10 working days", "99.95%", "9.99 EUR per month", "€9.99", "35 lei",
/// "10 secondi", "120", "2040", "2026-06", "2026-06-30", "3.10").
/// </summary>
/// <remarks>
/// Durations and money are read through the language packs' own unit and currency words, the same tables the text
/// is read with (English first, as registries are usually written in it; then every other pack), so "35 lei" and
/// "10 secondi" mean what they mean in a post; an amount may also carry any ISO 4217 code ("CHF 20"). The value must
/// be one quantity and nothing else: a value that could be read two ways ("24 hours or so", "24") is rejected with
/// an error rather than guessed at. Numbers, percentages, dates and versions have one canonical syntax.
/// </remarks>
public static partial class FactValue
{
    /// <summary>Parses <paramref name="text"/> as a <paramref name="kind"/>; null when it is not one.</summary>
    /// <param name="packs">The packs whose unit and currency words durations and money are read with; the shipped ones by default.</param>
    public static Quantity? Parse(QuantityKind kind, string text, LanguagePacks? packs = null)
    {
        var t = text.Trim();
        packs ??= LanguagePacks.Default;
        return kind switch
        {
            QuantityKind.Number => ParseNumberValue(t, text),
            QuantityKind.Percentage => ParsePercentage(t, text),
            QuantityKind.Duration => ReadAsText(QuantityKind.Duration, t, text, packs),
            QuantityKind.Money => ReadAsText(QuantityKind.Money, t, text, packs) ?? ParseCodedMoney(t, text, packs),
            QuantityKind.Date => ParseDate(t, text),
            QuantityKind.Version => ParseVersion(t, text),
            _ => null,
        };
    }

    /// <summary>What a value of <paramref name="kind"/> looks like, for error messages.</summary>
    public static string Expected(QuantityKind kind) => kind switch
    {
        QuantityKind.Number => "a number such as 120 or 3.5, optionally with what it counts (600 Mbps)",
        QuantityKind.Percentage => "a percentage such as 99.95%",
        QuantityKind.Duration => "a duration such as 60 seconds, 15 minutes, 24 hours, 10 working days, 6 months, 2 weeks or 1 year",
        QuantityKind.Money => "an amount with its currency such as 9.99 EUR, €9.99 or 9.99 EUR per month",
        QuantityKind.Date => "a date as YYYY, YYYY-MM or YYYY-MM-DD such as 2040, 2026-06 or 2026-06-30",
        QuantityKind.Version => "a version such as 3.10, 8 or 1.2.3 (quote it in YAML: \"3.10\")",
        _ => kind.ToString(),
    };

    static Quantity Make(QuantityKind kind, string text, decimal value) =>
        new(kind, new TextSpan(0, text.Length), text, value);

    /// <summary>A number, optionally with the unit it counts ("600 Mbps", "50 GB"): the unit is what the text's number must count too.</summary>
    static Quantity? ParseNumberValue(string t, string text)
    {
        var m = CountedNumberPattern().Match(t);
        return m.Success && TryNumber(m.Groups["n"].Value, out var n) ? Make(QuantityKind.Number, text, n) : null;
    }

    /// <summary>The unit written after a number fact's value ("Mbps" in "600 Mbps"), or null.</summary>
    public static string? UnitOf(Fact fact) =>
        fact.Kind == QuantityKind.Number && CountedNumberPattern().Match(fact.Written.Trim()) is { Success: true } m && m.Groups["unit"].Success ? m.Groups["unit"].Value : null;

    static Quantity? ParsePercentage(string t, string text)
    {
        var m = PercentagePattern().Match(t);
        return m.Success && TryNumber(m.Groups["n"].Value, out var n) ? Make(QuantityKind.Percentage, text, n) : null;
    }

    /// <summary>The value as a post would say it: one quantity of the kind covering all of it, with no qualifier or range, read by the first pack that can.</summary>
    static Quantity? ReadAsText(QuantityKind kind, string t, string text, LanguagePacks packs)
    {
        foreach (var pack in PacksInOrder(packs))
        {
            var sentences = pack.Annotate(t);
            if (sentences.Length != 1 || sentences[0].Quantities is not [var quantity]) continue;
            if (quantity.Kind == kind && quantity.Span.Start == 0 && quantity.Span.End == t.Length && quantity.Qualifier == Qualifier.None && quantity.Max is null && quantity.Value >= 0)
                return quantity with { Span = new TextSpan(0, text.Length), Text = text };
        }
        return null;
    }

    static IEnumerable<LanguagePack> PacksInOrder(LanguagePacks packs)
    {
        var english = packs.All.FirstOrDefault(p => p.Code == "en");
        if (english is not null) yield return english;
        foreach (var pack in packs.All)
            if (pack != english && pack.IsSupported) yield return pack;
    }

    /// <summary>"20 CHF", "CHF 20 per month": any ISO 4217 code, where no pack lists the currency; the period in the packs' words.</summary>
    static Quantity? ParseCodedMoney(string t, string text, LanguagePacks packs)
    {
        var m = CodedMoneyPattern().Match(t);
        if (!m.Success) return null;
        var currency = m.Groups["code"].Success ? m.Groups["code"].Value : m.Groups["code2"].Value;
        var amount = m.Groups["n"].Success ? m.Groups["n"].Value : m.Groups["n2"].Value;
        if (!CurrencyCodes.Value.Contains(currency) || !TryNumber(amount, out var n) || n < 0) return null;
        DurationUnit? period = null;
        if (m.Groups["per"].Success)
        {
            period = ReadAsText(QuantityKind.Duration, "1 " + m.Groups["per"].Value, "1 " + m.Groups["per"].Value, packs)?.Unit;
            if (period is null) return null;
        }
        return Make(QuantityKind.Money, text, n) with { Currency = currency, Unit = period };
    }

    /// <summary>The ISO 4217 codes in use, from <c>iso-4217.txt</c> (embedded).</summary>
    static readonly Lazy<HashSet<string>> CurrencyCodes = new(() =>
    {
        using var stream = typeof(FactValue).Assembly.GetManifestResourceStream("registry/iso-4217.txt")!;
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n').Where(l => !l.StartsWith('#')).SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
    });

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

    [GeneratedRegex(@"^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?<n>\S+?)(?:\s+(?<unit>\p{L}[\p{L}/]*))?$")]
    private static partial Regex CountedNumberPattern();

    [GeneratedRegex(@"^(?<n>[\d.,]+)\s?%$")]
    private static partial Regex PercentagePattern();

    // "20 CHF", "CHF 20", each optionally followed by "per month" or "/month".
    [GeneratedRegex(@"^(?:(?<n>[\d.,]+)\s*(?<code>[A-Z]{3})|(?<code2>[A-Z]{3})\s+(?<n2>[\d.,]+))(?:(?:\s*/\s*|\s+per\s+|\s+a\s+)(?<per>\p{L}+))?$")]
    private static partial Regex CodedMoneyPattern();

    [GeneratedRegex(@"^(?<y>\d{4})(-(?<m>\d{2})(-(?<d>\d{2}))?)?$")]
    private static partial Regex DatePattern();
}
