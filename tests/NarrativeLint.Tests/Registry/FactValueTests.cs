using NarrativeLint.Language;
using NarrativeLint.Registry;

namespace NarrativeLint.Tests.Registry;

public class FactValueTests
{
    [Theory]
    [InlineData("24 hours", 24, DurationUnit.Hour)]
    [InlineData("1 hour", 1, DurationUnit.Hour)]
    [InlineData("30 minutes", 30, DurationUnit.Minute)]
    [InlineData("10 working days", 10, DurationUnit.BusinessDay)]
    [InlineData("10 business days", 10, DurationUnit.BusinessDay)]
    [InlineData("30 days", 30, DurationUnit.Day)]
    [InlineData("2 weeks", 2, DurationUnit.Week)]
    [InlineData("6 months", 6, DurationUnit.Month)]
    [InlineData("1 year", 1, DurationUnit.Year)]
    [InlineData("1.5 years", 1.5, DurationUnit.Year)]
    public void Durations_are_a_number_and_a_unit(string text, double value, DurationUnit unit)
    {
        var q = FactValue.Parse(QuantityKind.Duration, text).ShouldNotBeNull();

        q.Kind.ShouldBe(QuantityKind.Duration);
        q.Value.ShouldBe((decimal)value);
        q.Unit.ShouldBe(unit);
        q.Text.ShouldBe(text);
    }

    [Fact]
    public void Ten_working_days_last_longer_than_ten_calendar_days()
    {
        FactValue.Parse(QuantityKind.Duration, "10 working days")!.Low
            .ShouldBeGreaterThan(FactValue.Parse(QuantityKind.Duration, "10 days")!.Low);
    }

    [Theory]
    [InlineData("99.95%", 99.95)]
    [InlineData("100%", 100)]
    [InlineData("50 %", 50)]
    public void Percentages_end_in_a_percent_sign(string text, double value)
    {
        FactValue.Parse(QuantityKind.Percentage, text)!.Value.ShouldBe((decimal)value);
    }

    [Theory]
    [InlineData("9.99 EUR", 9.99, "EUR", null)]
    [InlineData("€9.99", 9.99, "EUR", null)]
    [InlineData("50 EUR", 50, "EUR", null)]
    [InlineData("EUR 50", 50, "EUR", null)]
    [InlineData("9.99 EUR per month", 9.99, "EUR", DurationUnit.Month)]
    [InlineData("€9.99/month", 9.99, "EUR", DurationUnit.Month)]
    [InlineData("£5 a week", 5, "GBP", DurationUnit.Week)]
    [InlineData("1,200 RON per year", 1200, "RON", DurationUnit.Year)]
    public void Money_has_an_amount_a_currency_and_an_optional_period(string text, double value, string currency, DurationUnit? period)
    {
        var q = FactValue.Parse(QuantityKind.Money, text).ShouldNotBeNull();

        q.Value.ShouldBe((decimal)value);
        q.Currency.ShouldBe(currency);
        q.Unit.ShouldBe(period);
    }

    [Theory]
    [InlineData("2040", 2040, 1, 1, DatePrecision.Year)]
    [InlineData("2026-06", 2026, 6, 1, DatePrecision.Month)]
    [InlineData("2026-06-30", 2026, 6, 30, DatePrecision.Day)]
    public void Dates_are_a_year_a_month_or_a_day(string text, int year, int month, int day, DatePrecision precision)
    {
        var q = FactValue.Parse(QuantityKind.Date, text).ShouldNotBeNull();

        q.Value.ShouldBe(year);
        q.Date.ShouldBe(new DateOnly(year, month, day));
        q.Precision.ShouldBe(precision);
    }

    [Theory]
    [InlineData("120", 120)]
    [InlineData("3.5", 3.5)]
    [InlineData("1,000", 1000)]
    public void Numbers_are_plain_numbers(string text, double value)
    {
        FactValue.Parse(QuantityKind.Number, text)!.Value.ShouldBe((decimal)value);
    }

    [Theory]
    [InlineData(QuantityKind.Duration, "24")]
    [InlineData(QuantityKind.Duration, "24 lustrums")]
    [InlineData(QuantityKind.Duration, "24 hours or so")]
    [InlineData(QuantityKind.Percentage, "99.95")]
    [InlineData(QuantityKind.Money, "9.99")]
    [InlineData(QuantityKind.Money, "9.99 XYZ")]
    [InlineData(QuantityKind.Money, "about 9.99 EUR")]
    [InlineData(QuantityKind.Money, "9.99 EUR per lustrum")]
    [InlineData(QuantityKind.Date, "30 June 2026")]
    [InlineData(QuantityKind.Date, "2026-02-30")]
    [InlineData(QuantityKind.Date, "2026-13")]
    [InlineData(QuantityKind.Number, "12O")]
    [InlineData(QuantityKind.Number, "1,00")]
    [InlineData(QuantityKind.Number, "")]
    public void Anything_else_is_rejected_rather_than_guessed(QuantityKind kind, string text)
    {
        FactValue.Parse(kind, text).ShouldBeNull();
    }

    [Theory]
    [InlineData("10 secondi", DurationUnit.Second, 10)]
    [InlineData("24 de ore", DurationUnit.Hour, 24)]
    [InlineData("twenty-four hours", DurationUnit.Hour, 24)]
    [InlineData("10 giorni lavorativi", DurationUnit.BusinessDay, 10)]
    public void Durations_are_read_with_the_packs_unit_words(string text, DurationUnit unit, double value)
    {
        var q = FactValue.Parse(QuantityKind.Duration, text).ShouldNotBeNull();
        q.Unit.ShouldBe(unit);
        q.Value.ShouldBe((decimal)value);
    }

    [Theory]
    [InlineData("35 lei", 35, "RON", null)]
    [InlineData("35 lei pe lună", 35, "RON", DurationUnit.Month)]
    [InlineData("9.99 euros", 9.99, "EUR", null)]
    [InlineData("CHF 20 per month", 20, "CHF", DurationUnit.Month)]
    [InlineData("1500 JPY", 1500, "JPY", null)]
    public void Money_is_read_with_the_packs_currency_words_or_any_ISO_4217_code(string text, double value, string currency, DurationUnit? period)
    {
        var q = FactValue.Parse(QuantityKind.Money, text).ShouldNotBeNull();
        q.Value.ShouldBe((decimal)value);
        q.Currency.ShouldBe(currency);
        q.Unit.ShouldBe(period);
    }
}
