using NarrativeLint.Language;

namespace NarrativeLint.Analyzers;

// A count given as a bound is a round figure, and a round figure means the values up to the next round one: who writes
// "over 900 products" has fewer than 1,000, "circa 4.500" is between 4,250 and 4,750, "peste 60 de medici" fewer than 70
// (the granularity of round numbers: the largest 10ⁿ or 5·10ⁿ the figure is a multiple of). Two facts disagree when the
// values they mean do not meet: "over 900" / "more than 1,200", "circa 4.500" / "oltre 6.000", "peste 60" / "45"; "over
// 1,000 employees" and "1,400 employees" agree.
public sealed partial class FactDriftAnalyzer
{
    /// <summary>The values a count means: itself, or for a bound the span up to the next round figure on the bound's side.</summary>
    static (double Low, double High) MeantValues(Quantity quantity)
    {
        double value = (double)quantity.Value, step = Granularity(quantity.Value);
        return quantity.Qualifier switch
        {
            Qualifier.MoreThan or Qualifier.AtLeast => (value, value + step),
            Qualifier.LessThan or Qualifier.AtMost => (value - step, value),
            Qualifier.About => (value - step / 2, value + step / 2),
            _ => (quantity.Low, quantity.High),
        };
    }

    /// <summary>The largest 10ⁿ or 5·10ⁿ a whole figure is a multiple of (1,200 → 100, 4,500 → 500, 60 → 10, 7 → 1); 1 for a fraction.</summary>
    static double Granularity(decimal figure)
    {
        if (figure <= 0 || figure != decimal.Truncate(figure)) return 1;
        decimal step = 1;
        for (decimal power = 1; power <= figure; power *= 10)
        {
            if (figure % power == 0) step = power;
            if (power * 5 <= figure && figure % (power * 5) == 0) step = power * 5;
        }
        return (double)step;
    }

    /// <summary>Whether two counts of one fact mean values that do not meet; other kinds differ when their values do.</summary>
    static bool MeanOtherValues(Quantity a, Quantity b)
    {
        if (a.Kind != QuantityKind.Number || b.Kind != QuantityKind.Number) return true;
        var (x, y) = (MeantValues(a), MeantValues(b));
        return x.High < y.Low || y.High < x.Low;
    }
}
