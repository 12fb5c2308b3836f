using System.Collections.Immutable;
using NarrativeLint.Language;
using NarrativeLint.Registry;

namespace NarrativeLint.Analyzers;

/// <summary>
/// Facts a commitment's statement states in words beyond those the registry lists: "…and give every affected
/// customer at least 6 months' notice" promises a duration of at least 6 months even where only the switch-off
/// date is a registered fact; "supports Python 3.10 and higher" promises at least that version; "costs €3.99 a month" gives
/// a registered "3.99 EUR" its period. Dates and plain numbers are left out: they are too often incidental ("scopes 1, 2 and 3").
/// </summary>
static class StatementFacts
{
    static readonly QuantityKind[] Kinds = [QuantityKind.Duration, QuantityKind.Percentage, QuantityKind.Money, QuantityKind.Version];

    /// <param name="statement">The commitment's statement, annotated with the registry's first language.</param>
    public static ImmutableArray<Fact> Of(Commitment commitment, ImmutableArray<Sentence> statement)
    {
        var facts = commitment.Facts.ToBuilder();
        foreach (var sentence in statement)
            foreach (var quantity in sentence.Quantities)
            {
                if (StatedThreshold(facts, quantity) is int registered)
                {
                    facts[registered] = facts[registered] with { StatedWith = quantity.Qualifier };
                    continue;
                }
                // "Club Plus costs €3.99 a month" registered as "3.99 EUR": the statement tells the period the price is for.
                if (quantity is { Kind: QuantityKind.Money, Unit: { } period } && UnpricedPeriod(facts, quantity) is int priced)
                {
                    facts[priced] = facts[priced] with { Value = facts[priced].Value with { Unit = period } };
                    continue;
                }
                if (!Kinds.Contains(quantity.Kind) || facts.Any(f => f.Kind == quantity.Kind)) continue;
                var value = quantity with { Qualifier = Qualifier.None };
                facts.Add(new Fact(quantity.Kind, FactComparison.Describe(value).ToString(), value, RelationOf(quantity.Qualifier)));
            }
        return facts.ToImmutable();
    }

    /// <summary>The registered price of the statement's amount that names no period, if any.</summary>
    static int? UnpricedPeriod(ImmutableArray<Fact>.Builder facts, Quantity amount)
    {
        for (int i = 0; i < facts.Count; i++)
            if (facts[i].Kind == QuantityKind.Money && facts[i].Value.Unit is null && FactComparison.SameValue(amount, facts[i])) return i;
        return null;
    }

    /// <summary>The registered fact the statement writes with a strict comparison ("over €50", "less than 2 hours"), if any.</summary>
    static int? StatedThreshold(ImmutableArray<Fact>.Builder facts, Quantity quantity)
    {
        if (quantity.Qualifier is not (Qualifier.MoreThan or Qualifier.LessThan) || quantity.Max is not null) return null;
        for (int i = 0; i < facts.Count; i++)
            if (facts[i].StatedWith == Qualifier.None && FactComparison.SameValue(quantity with { Qualifier = Qualifier.None }, facts[i])) return i;
        return null;
    }

    static FactRelation RelationOf(Qualifier qualifier) => qualifier switch
    {
        Qualifier.AtMost or Qualifier.LessThan => FactRelation.AtMost,
        Qualifier.AtLeast or Qualifier.MoreThan => FactRelation.AtLeast,
        _ => FactRelation.Exactly,
    };
}
