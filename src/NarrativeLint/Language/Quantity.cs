using Microsoft.CodeAnalysis.Text;

namespace NarrativeLint.Language;

public enum QuantityKind { Number, Percentage, Duration, Money, Date, Version }

/// <summary>Duration units; business (working) days are kept apart from calendar days.</summary>
/// <remarks>New units go last: cached facts store a unit by its number.</remarks>
public enum DurationUnit { Second, Minute, Hour, Day, BusinessDay, Week, Month, Year, BusinessHour, Fortnight }

/// <summary>How the text bounds the value: "within 24 hours" is <see cref="AtMost"/>, "more than 48 hours" <see cref="MoreThan"/>.</summary>
public enum Qualifier { None, About, AtMost, LessThan, AtLeast, MoreThan }

public enum DatePrecision { Year, Month, Day }

/// <summary>A normalised quantity found in a sentence.</summary>
/// <param name="Span">Where it is, in segment coordinates, qualifier words ("within", "up to") included.</param>
/// <param name="Value">The number (for a range, its low end); for a date, the year.</param>
/// <param name="Max">The high end of a range ("24–48 hours"), otherwise null.</param>
/// <param name="Unit">Duration unit, or for money the period ("per month" → Month) if any.</param>
/// <param name="Currency">ISO code for money (EUR, USD, GBP, RON).</param>
/// <param name="Date">For dates: the first day of the period written ("December 2026" → 2026-12-01) with its precision.</param>
/// <param name="Release">For versions: the release number, compared part by part ("3.10" is later than "3.9").</param>
/// <param name="VersionOf">For versions: the name the number belongs to, lower-cased ("python" in "Python 3.10+"), if one stands before it.</param>
public sealed record Quantity(
    QuantityKind Kind,
    TextSpan Span,
    string Text,
    decimal Value,
    decimal? Max = null,
    DurationUnit? Unit = null,
    string? Currency = null,
    DateOnly? Date = null,
    DatePrecision Precision = DatePrecision.Year,
    Qualifier Qualifier = Qualifier.None,
    Version? Release = null,
    string? VersionOf = null)
{
    /// <summary>
    /// Hours in one unit; a business day counts as 7/5 of a calendar day, so two of them are never "within 24 hours". A
    /// business hour counts as one hour, the least it can take: "within 8 business hours" does not break "within 24 hours",
    /// while "one working day" breaks "within 4 working hours".
    /// </summary>
    public static double HoursPer(DurationUnit unit) => unit switch
    {
        DurationUnit.Second => 1.0 / 3600,
        DurationUnit.Minute => 1.0 / 60,
        DurationUnit.Hour => 1,
        DurationUnit.Day => 24,
        DurationUnit.BusinessDay => 24 * 7.0 / 5,
        DurationUnit.BusinessHour => 1,
        DurationUnit.Week => 24 * 7,
        DurationUnit.Fortnight => 24 * 14,
        DurationUnit.Month => 24 * 365.25 / 12,
        DurationUnit.Year => 24 * 365.25,
        _ => 1,
    };

    /// <summary>Low end of the quantity in comparable units (hours for durations).</summary>
    public double Low => Kind == QuantityKind.Duration && Unit is { } u ? (double)Value * HoursPer(u) : (double)Value;

    /// <summary>High end of the quantity in comparable units.</summary>
    public double High => Kind == QuantityKind.Duration && Unit is { } u ? (double)(Max ?? Value) * HoursPer(u) : (double)(Max ?? Value);
}
