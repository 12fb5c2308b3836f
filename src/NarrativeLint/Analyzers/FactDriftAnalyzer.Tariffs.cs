using NarrativeLint.Language;

namespace NarrativeLint.Analyzers;

// What a price is the price of when no concept word names it: a tariff, a price per a unit of sale ("€3 per day", "22 € a
// notte", "€69 per person"), is the price of what its clause is about ("Helmet hire is €3 per day" / "A helmet can be added
// to the booking for €4 a day") or, where a name opens the clause, of the names its sentence tells ("The Aurora Day Meeting
// package costs €69 per person" / "Our Day Meeting package, now at €75 per delegate"). Another subject keeps two tariffs
// apart ("Dogs stay for €20 per night" / "Parking is €28 per night"), another unit too ("per day" / "per night"), and so do
// documents dated in two months: a price changes. Left out: a price with no unit ("tickets from €9"), which prices too many
// things to be keyed by its clause's words; a price per a period ("€14 a month"), which a plan's offers restate with
// other values as often as a drift does (NamedPriceTests); a price in a sentence that tells a date ("€2 per day until
// 30 June"), an offer of its time.
public sealed partial class FactDriftAnalyzer
{
    /// <summary>What marks a tariff's key (<see cref="IsTariff"/>).</summary>
    const string TariffMark = "$";

    /// <summary>
    /// A price per a unit of sale, keyed by the unit and the stem of what its clause is about, else (no such word, or a head
    /// noun of a name) by the names of its sentence; with the token the key was read from. Null for another quantity, a price with no unit of sale, one in a
    /// sentence that tells a date, or one about nothing named.
    /// </summary>
    static (string What, int Word)? Tariff(Sentence sentence, LanguagePack pack, Quantity quantity, int first, int last, IReadOnlySet<string> brand)
    {
        if (quantity.Kind != QuantityKind.Money || quantity.Unit is not null || !pack.IsSupported
            || sentence.Quantities.Any(q => q.Kind == QuantityKind.Date) || pack.UnitOfSaleAt(sentence, last + 1) is not var (per, _)) return null;
        // A head noun right before a name ("Pachetul Day Meeting", "il pacchetto Day Meeting") is the named thing's: the names key it.
        if (SubjectBefore(sentence, pack, first) is { } subject && !(subject + 1 < first && IsNamed(sentence, pack, subject + 1)))
            return (TariffMark + per + "=" + sentence.Tokens[subject].Stem, subject);
        var names = NamesBetween(sentence, pack, 0, sentence.Tokens.Length - 1, brand);
        if (names.IsEmpty) return null;
        var named = Enumerable.Range(0, sentence.Tokens.Length).FirstOrDefault(i => sentence.Tokens[i].Kind == TokenKind.Word && IsNamed(sentence, pack, i) && !brand.Contains(sentence.Tokens[i].Text), first);
        return (TariffMark + per + "@" + string.Join(',', names.Order(StringComparer.Ordinal)), named);
    }

    /// <summary>Whether a fact is a tariff's (<see cref="Tariff"/>): a price told in documents of two months may have changed between them.</summary>
    static bool IsTariff(StatedFact fact) => fact.Key.Contains("|" + TariffMark, StringComparison.Ordinal);
}
