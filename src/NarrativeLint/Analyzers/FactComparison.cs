using System.Globalization;
using NarrativeLint.Language;
using NarrativeLint.Registry;

namespace NarrativeLint.Analyzers;

/// <summary>How a quantity in the text relates to a promised fact: comparable at all, equal, or outside the bound.</summary>
internal static class FactComparison
{
    const double Tolerance = 1e-9;

    /// <summary>Same kind, and for money the same currency and period; a different currency is not comparable, so never flagged.</summary>
    public static bool Comparable(Quantity quantity, Fact fact)
    {
        if (quantity.Kind != fact.Kind) return false;
        if (quantity.Kind == QuantityKind.Money)
        {
            if (!string.Equals(quantity.Currency, fact.Value.Currency, StringComparison.OrdinalIgnoreCase)) return false;
            if (quantity.Unit is { } period && fact.Value.Unit is { } promised && period != promised) return false;
        }
        return true;
    }

    /// <summary>The text states exactly the promised value.</summary>
    public static bool SameValue(Quantity quantity, Fact fact)
    {
        if (!Comparable(quantity, fact) || quantity.Max is not null) return false;
        if (quantity.Kind == QuantityKind.Date)
            return quantity.Date is { } date && fact.Value.Date is { } promised && Start(date, quantity.Precision) == Start(promised, fact.Value.Precision);
        if (quantity.Kind == QuantityKind.Version)
            return quantity.Release is { } release && fact.Value.Release is { } promisedRelease && Compare(release, promisedRelease) == 0;
        return Near(quantity.Low, fact.Value.Low);
    }

    /// <summary>Whether the quantity falls outside the fact's bound; a stricter value ("within 12 hours" for at most 24) is not a contradiction.</summary>
    public static bool Contradicts(Quantity quantity, Fact fact)
    {
        if (!Comparable(quantity, fact)) return false;
        if (quantity.Kind == QuantityKind.Version) return VersionContradicts(quantity, fact);
        if (quantity.Kind == QuantityKind.Date && fact.Relation != FactRelation.By) return DateContradicts(quantity, fact);
        // The statement's own "over €50" names the threshold; the text's "over €50" or "over €40" names one too.
        if (fact.StatedWith != Qualifier.None && quantity.Qualifier == fact.StatedWith) quantity = quantity with { Qualifier = Qualifier.None };
        double bound = fact.Value.Low;
        return fact.Relation switch
        {
            FactRelation.AtMost => quantity.Qualifier switch
            {
                Qualifier.MoreThan => quantity.Low >= bound - Tolerance,
                _ => quantity.High > bound + Tolerance,
            },
            FactRelation.AtLeast => quantity.Qualifier switch
            {
                // "at least 99.6%" against a promised 99.8% restates a weaker promise, as "within 48 hours" does against 24.
                Qualifier.MoreThan or Qualifier.AtLeast => quantity.Low < bound - Tolerance,
                Qualifier.LessThan => quantity.High <= bound + Tolerance,
                _ => quantity.Low < bound - Tolerance,
            },
            FactRelation.Exactly => !Near(quantity.Low, bound) || !Near(quantity.High, bound),
            FactRelation.By => Later(quantity, fact),
            _ => false,
        };
    }

    /// <summary>
    /// A version the text names against a lowest or highest promised one. "3.9+" and "3.9" alike say 3.9 works, so both
    /// break "3.10 or later"; "Python 3" names the major line 3.10 belongs to, and breaks nothing. A bound of the text's
    /// own on the same side is the lowest (or highest) it supports: "you need iOS 18 or later" drops the iOS 16 and 17
    /// that "iOS 16 and later" promises, where "it works great on iOS 18" drops nothing.
    /// </summary>
    static bool VersionContradicts(Quantity quantity, Fact fact)
    {
        if (quantity.Release is not { } release || fact.Value.Release is not { } promised || IsLineOf(quantity, promised)) return false;
        var order = Compare(release, promised);
        return fact.Relation switch
        {
            FactRelation.AtLeast => quantity.Qualifier != Qualifier.MoreThan && order < 0 || NarrowsBound(quantity, fact),
            FactRelation.AtMost => quantity.Qualifier != Qualifier.LessThan && order > 0 || NarrowsBound(quantity, fact),
            FactRelation.Exactly => order != 0,
            _ => false,
        };
    }

    /// <summary>
    /// A date against a promised one, each as the period it is written to ("June 2026" is the whole month): "exactly"
    /// is broken by a period that does not hold the promised day ("switched off on 30 June" against 31 March; "in 2026"
    /// holds it), "at most" by one that starts after it, "at least" by one that ends before it.
    /// </summary>
    static bool DateContradicts(Quantity quantity, Fact fact)
    {
        if (quantity.Date is not { } date || fact.Value.Date is not { } promised) return false;
        var (start, end) = (Start(date, quantity.Precision), End(date, quantity.Precision));
        var (promisedStart, promisedEnd) = (Start(promised, fact.Value.Precision), End(promised, fact.Value.Precision));
        return fact.Relation switch
        {
            FactRelation.Exactly => end < promisedStart || start > promisedEnd,
            FactRelation.AtMost => start > promisedEnd,
            FactRelation.AtLeast => end < promisedStart,
            _ => false,
        };
    }

    /// <summary>
    /// Whether the text bounds a version on the promise's own side, and tighter: "iOS 18 or later" against "iOS 16 and
    /// later", "up to Java 17" against "up to Java 21". It tells fewer versions supported than promised.
    /// </summary>
    public static bool NarrowsBound(Quantity quantity, Fact fact) =>
        quantity.Kind == QuantityKind.Version && quantity.Release is { } release && fact.Value.Release is { } promised && fact.Relation switch
        {
            FactRelation.AtLeast => quantity.Qualifier == Qualifier.AtLeast && Compare(release, promised) > 0,
            FactRelation.AtMost => quantity.Qualifier == Qualifier.AtMost && Compare(release, promised) < 0,
            _ => false,
        };

    /// <summary>"Python 3" is the line of "3.10": only the major part written, and equal.</summary>
    static bool IsLineOf(Quantity quantity, Version release) =>
        quantity.Release is { Minor: 0, Build: < 0 } line && !quantity.Text.Contains('.') && release.Minor > 0 && line.Major == release.Major;

    /// <summary>Versions compared part by part, a missing part read as 0 ("8" = "8.0" = "8.0.0").</summary>
    static int Compare(Version a, Version b)
    {
        static Version Full(Version v) => new(v.Major, Math.Max(v.Minor, 0), Math.Max(v.Build, 0), Math.Max(v.Revision, 0));
        return Full(a).CompareTo(Full(b));
    }

    /// <summary>A date later than the deadline; an earlier one keeps the promise.</summary>
    /// <remarks>The text's date is taken as written: "2027" and "December 2026" are their first day, "end of 2026" its last.</remarks>
    public static bool Later(Quantity quantity, Fact fact) =>
        quantity.Date is { } date && fact.Value.Date is { } deadline && date > End(deadline, fact.Value.Precision);

    /// <summary>A target year earlier than the registered one: a different public target, not a kept deadline.</summary>
    public static bool EarlierTarget(Quantity quantity, Fact fact) =>
        fact.Relation == FactRelation.By && fact.Value.Precision == DatePrecision.Year
        && quantity.Kind == QuantityKind.Date && quantity.Precision == DatePrecision.Year
        && quantity.Date is { } date && fact.Value.Date is { } target && date.Year < target.Year;

    static DateOnly Start(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => new DateOnly(date.Year, 1, 1),
        DatePrecision.Month => new DateOnly(date.Year, date.Month, 1),
        _ => date,
    };

    static DateOnly End(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => new DateOnly(date.Year, 12, 31),
        DatePrecision.Month => new DateOnly(date.Year, date.Month, 1).AddMonths(1).AddDays(-1),
        _ => date,
    };

    static bool Near(double a, double b) => Math.Abs(a - b) <= Tolerance * Math.Max(1, Math.Abs(b));

    /// <summary>
    /// The promise in words: "at most 24 hours". A value written as this tool writes it ("24 hours") is put in the reader's
    /// language with the rest of the message; one written otherwise ("one business day") is quoted as the registry has it.
    /// </summary>
    public static LocalizedText Describe(Fact fact)
    {
        var value = Describe(fact.Value with { Qualifier = Qualifier.None });
        return Fragments.Relation(fact.Relation, value.ToString() == fact.Written ? value : fact.Written);
    }

    /// <summary>What the text says, normalised: "at most 3 business days".</summary>
    public static LocalizedText Describe(Quantity quantity)
    {
        string number(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        string range = quantity.Max is { } m ? "–" + number(m) : "";
        LocalizedText value = quantity.Kind switch
        {
            QuantityKind.Duration => LocalizedText.Composed("{0} {1}", number(quantity.Value) + range, Fragments.Unit(quantity.Unit)),
            QuantityKind.Percentage => $"{number(quantity.Value)}{range}%",
            QuantityKind.Money => quantity.Unit is { } period
                ? Fragments.PerPeriod($"{number(quantity.Value)} {quantity.Currency}", period)
                : $"{number(quantity.Value)} {quantity.Currency}",
            QuantityKind.Date => quantity.Date is { } d ? quantity.Precision switch
            {
                DatePrecision.Day => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DatePrecision.Month => d.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                _ => d.Year.ToString(CultureInfo.InvariantCulture),
            } : number(quantity.Value),
            QuantityKind.Version => quantity.Release?.ToString() ?? number(quantity.Value),
            _ => number(quantity.Value),
        };
        return Fragments.Qualified(quantity.Qualifier, value);
    }
}
