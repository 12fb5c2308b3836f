using NarrativeLint.Language;

namespace NarrativeLint.Tests.Language;

public class ParseQuantityTests
{
    [Theory]
    [InlineData("en", "24 hours", QuantityKind.Duration, "24", DurationUnit.Hour)]
    [InlineData("en", "10 working days", QuantityKind.Duration, "10", DurationUnit.BusinessDay)]
    [InlineData("en", "24 months", QuantityKind.Duration, "24", DurationUnit.Month)]
    [InlineData("it", "10 working days", QuantityKind.Duration, "10", DurationUnit.BusinessDay)]
    [InlineData("it", "24 ore", QuantityKind.Duration, "24", DurationUnit.Hour)]
    [InlineData("ro", "24 hours", QuantityKind.Duration, "24", DurationUnit.Hour)]
    public void Parses_registry_durations(string code, string value, QuantityKind kind, string number, DurationUnit unit)
    {
        var quantity = Packs.For(code).ParseQuantity(value).ShouldNotBeNull();
        quantity.Kind.ShouldBe(kind);
        quantity.Value.ShouldBe(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture));
        quantity.Unit.ShouldBe(unit);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("it")]
    [InlineData("ro")]
    public void Parses_registry_percentages_money_and_dates_whatever_the_pack(string code)
    {
        var pack = Packs.For(code);
        pack.ParseQuantity("99.95%").ShouldNotBeNull().Value.ShouldBe(99.95m);
        var price = pack.ParseQuantity("9.99 EUR").ShouldNotBeNull();
        (price.Kind, price.Value, price.Currency).ShouldBe((QuantityKind.Money, 9.99m, "EUR"));
        pack.ParseQuantity("50 EUR").ShouldNotBeNull().Value.ShouldBe(50m);
        var year = pack.ParseQuantity("2040").ShouldNotBeNull();
        (year.Kind, year.Date, year.Precision).ShouldBe((QuantityKind.Date, new DateOnly(2040, 1, 1), DatePrecision.Year));
        var day = pack.ParseQuantity("2026-06-30").ShouldNotBeNull();
        (day.Kind, day.Date, day.Precision).ShouldBe((QuantityKind.Date, new DateOnly(2026, 6, 30), DatePrecision.Day));
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("24 hours or 2 days")]
    public void Returns_null_unless_there_is_exactly_one_quantity(string value)
        => Packs.For("en").ParseQuantity(value).ShouldBeNull();
}
