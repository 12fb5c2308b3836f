using NarrativeLint.Language;
using NarrativeLint.Tests.Language;
using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.TranslationValues;

/// <summary>
/// A day, a month and a year are a date whatever word stands before them: "Saturday 22 March 2025" was read as release 22
/// of "Saturday" and "March 2025", so a translation's "29 martie 2025" was compared with no day at all.
/// </summary>
public class WeekdayDateTests
{
    [Theory]
    [InlineData("en", "On Saturday 22 March 2025 every workshop runs a free safety check day.", 2025, 3, 22)]
    [InlineData("en", "The clinic moves on Monday 16 March 2026.", 2026, 3, 16)]
    [InlineData("it", "Il trasloco è lunedì 16 marzo 2026, di mattina.", 2026, 3, 16)]
    [InlineData("ro", "Mutarea are loc Luni 16 martie 2026, dimineața.", 2026, 3, 16)]
    public void A_day_after_a_weekday_is_read_with_its_date(string language, string text, int year, int month, int day)
    {
        var quantities = Packs.QuantitiesIn(language, text);
        quantities.ShouldHaveSingleItem().Kind.ShouldBe(QuantityKind.Date);
        quantities[0].Date.ShouldBe(new DateOnly(year, month, day));
    }

    [Theory]
    // A name before a release number is still the release's.
    [InlineData("en", "The app needs Android 14 or later.")]
    [InlineData("it", "L'app richiede Android 14 o successive.")]
    public void A_name_before_a_number_without_a_month_is_still_a_version(string language, string text) =>
        Packs.QuantitiesIn(language, text).ShouldHaveSingleItem().Kind.ShouldBe(QuantityKind.Version);

    [Theory]
    [InlineData("it", "On Saturday 22 March 2026 every Velocell shop opens at 9.", "Sabato {|NL2002:29 marzo 2026|} ogni negozio Velocell apre alle 9.")]
    [InlineData("ro", "On Saturday 22 March 2026 every Velocell shop opens at 9.", "Sâmbătă, {|NL2002:29 martie 2026|}, fiecare magazin Velocell se deschide la 9.")]
    public void A_translated_date_after_a_weekday_that_differs_is_drift(string language, string source, string translation) =>
        CheckBlock(language, source, translation).ShouldHaveSingleItem();

    [Theory]
    [InlineData("it", "On Saturday 22 March 2026 every Velocell shop opens at 9.", "Sabato 22 marzo 2026 ogni negozio Velocell apre alle 9.")]
    [InlineData("ro", "On Saturday 22 March 2026 every Velocell shop opens at 9.", "Sâmbătă, 22 martie 2026, fiecare magazin Velocell se deschide la 9.")]
    public void The_same_date_after_a_weekday_is_silent(string language, string source, string translation) =>
        CheckBlock(language, source, translation).ShouldBeEmpty();
}
