using NarrativeLint.Language;

namespace NarrativeLint.Tests.Language;

public class PercentageAndMoneyTests
{
    [Theory]
    [InlineData("en", "Our network is available 99.9% of the time.", "99.9", "99.9%")]
    [InlineData("en", "Availability is 99.95%.", "99.95", "99.95%")]
    [InlineData("en", "Availability is 99.5 per cent.", "99.5", "99.5 per cent")]
    [InlineData("it", "Disponibilità del 99,95 %.", "99.95", "99,95 %")]
    [InlineData("it", "Energia rinnovabile al 100 per cento.", "100", "100 per cento")]
    [InlineData("ro", "Rețeaua noastră este disponibilă 99,5% din timp.", "99.5", "99,5%")]
    [InlineData("ro", "Disponibilitate de 99,9 la sută.", "99.9", "99,9 la sută")]
    public void Reads_percentages_in_the_languages_format(string code, string text, string value, string span)
    {
        var percentage = Packs.Single(code, text, QuantityKind.Percentage);
        percentage.Value.ShouldBe(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        percentage.Text.ShouldBe(span);
    }

    [Theory]
    [InlineData("en", "It costs €9.99.", "9.99", "EUR")]
    [InlineData("en", "It costs € 9.99.", "9.99", "EUR")]
    [InlineData("en", "It costs 9.99 EUR.", "9.99", "EUR")]
    [InlineData("en", "It costs EUR 9.99.", "9.99", "EUR")]
    [InlineData("en", "It costs $5.", "5", "USD")]
    [InlineData("en", "It costs £10.", "10", "GBP")]
    [InlineData("en", "It costs 12 dollars.", "12", "USD")]
    [InlineData("it", "Costa 9,99 €.", "9.99", "EUR")]
    [InlineData("it", "Costa 9,99 euro.", "9.99", "EUR")]
    [InlineData("it", "Costa 120 euro.", "120", "EUR")]
    [InlineData("ro", "Costă 50 de euro.", "50", "EUR")]
    [InlineData("ro", "Costă 45 de lei.", "45", "RON")]
    public void Reads_money_with_its_iso_currency(string code, string text, string value, string currency)
    {
        var money = Packs.Single(code, text, QuantityKind.Money);
        money.Value.ShouldBe(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        money.Currency.ShouldBe(currency);
        money.Unit.ShouldBeNull();
    }

    [Theory]
    [InlineData("en", "Start costs €9.99/month.", "€9.99/month", DurationUnit.Month)]
    [InlineData("en", "Start costs €9.99 a month.", "€9.99 a month", DurationUnit.Month)]
    [InlineData("en", "Start costs €9.99 per month.", "€9.99 per month", DurationUnit.Month)]
    [InlineData("en", "Start costs €8.99/mo.", "€8.99/mo", DurationUnit.Month)]
    [InlineData("en", "Start costs €99 per year.", "€99 per year", DurationUnit.Year)]
    [InlineData("it", "Velocell Start costa 9,99 € al mese.", "9,99 € al mese", DurationUnit.Month)]
    [InlineData("it", "Costa 99 euro all'anno.", "99 euro all'anno", DurationUnit.Year)]
    [InlineData("ro", "Abonamentul costă 6,99 euro pe lună.", "6,99 euro pe lună", DurationUnit.Month)]
    [InlineData("ro", "Abonamentul costă 9,99 euro pe lună.", "9,99 euro pe lună", DurationUnit.Month)]
    public void A_period_after_a_price_makes_it_recurring(string code, string text, string span, DurationUnit period)
    {
        var money = Packs.Single(code, text, QuantityKind.Money);
        money.Text.ShouldBe(span);
        money.Unit.ShouldBe(period);
        QuantitiesOtherThanMoney(code, text).ShouldBeEmpty();
    }

    [Fact]
    public void Up_to_a_price_is_an_at_most_bound()
    {
        var money = Packs.Single("en", "Save up to €50 today.", QuantityKind.Money);
        (money.Value, money.Qualifier, money.Text).ShouldBe((50m, Qualifier.AtMost, "up to €50"));
    }

    static IEnumerable<Quantity> QuantitiesOtherThanMoney(string code, string text)
        => Packs.QuantitiesIn(code, text).Where(q => q.Kind != QuantityKind.Money);
}
