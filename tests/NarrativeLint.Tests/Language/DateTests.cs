using NarrativeLint.Language;

namespace NarrativeLint.Tests.Language;

public class DateTests
{
    [Theory]
    [InlineData("en", "The offer ends 30 June 2026.", 2026, 6, 30)]
    [InlineData("en", "The offer ends June 30, 2026.", 2026, 6, 30)]
    [InlineData("en", "The offer ends 30th June 2026.", 2026, 6, 30)]
    [InlineData("en", "The offer ends 2026-06-30.", 2026, 6, 30)]
    [InlineData("it", "L'offerta scade il 30 giugno 2026.", 2026, 6, 30)]
    [InlineData("ro", "Oferta expiră pe 30 iunie 2026.", 2026, 6, 30)]
    public void Reads_full_dates_with_day_precision(string code, string text, int year, int month, int day)
    {
        var date = Packs.Single(code, text, QuantityKind.Date);
        date.Date.ShouldBe(new DateOnly(year, month, day));
        date.Precision.ShouldBe(DatePrecision.Day);
        date.Value.ShouldBe(year);
        Packs.QuantitiesIn(code, text).Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("en", "We will switch off 3G in December 2026.", 2026, 12)]
    [InlineData("it", "Spegneremo il 3G a dicembre 2027.", 2027, 12)]
    [InlineData("ro", "Vom opri rețeaua 3G în decembrie 2027.", 2027, 12)]
    public void A_month_and_year_is_a_date_with_month_precision_and_the_product_name_no_number(string code, string text, int year, int month)
    {
        var quantities = Packs.QuantitiesIn(code, text);
        quantities.Count.ShouldBe(1, string.Join("; ", quantities));
        quantities[0].Kind.ShouldBe(QuantityKind.Date);
        quantities[0].Date.ShouldBe(new DateOnly(year, month, 1));
        quantities[0].Precision.ShouldBe(DatePrecision.Month);
    }

    [Theory]
    [InlineData("en", "Net zero by 2040.", "by 2040", Qualifier.AtMost)]
    [InlineData("en", "A new store opens in 2035.", "2035", Qualifier.None)]
    [InlineData("it", "Emissioni nette zero entro il 2040.", "entro il 2040", Qualifier.AtMost)]
    [InlineData("ro", "Zero emisii nete până în 2040.", "până în 2040", Qualifier.AtMost)]
    public void A_bare_year_is_a_date_with_year_precision_and_no_number(string code, string text, string span, Qualifier qualifier)
    {
        var quantities = Packs.QuantitiesIn(code, text);
        quantities.Count.ShouldBe(1, string.Join("; ", quantities));
        var date = quantities[0];
        date.Kind.ShouldBe(QuantityKind.Date);
        date.Precision.ShouldBe(DatePrecision.Year);
        date.Date.ShouldBe(new DateOnly((int)date.Value, 1, 1));
        date.Text.ShouldBe(span);
        date.Qualifier.ShouldBe(qualifier);
    }

    [Theory]
    [InlineData("en", "We finish by the end of 2027.", "by the end of 2027")]
    [InlineData("en", "We finish at the end of 2027.", "end of 2027")]
    [InlineData("it", "Spegneremo il 3G entro la fine del 2027.", "entro la fine del 2027")]
    [InlineData("it", "Finiremo a fine 2027.", "fine 2027")]
    [InlineData("ro", "Terminăm până la sfârșitul lui 2027.", "sfârșitul lui 2027")]
    public void The_end_of_a_year_is_its_last_day(string code, string text, string span)
    {
        var date = Packs.Single(code, text, QuantityKind.Date);
        date.Date.ShouldBe(new DateOnly(2027, 12, 31));
        date.Precision.ShouldBe(DatePrecision.Year);
        date.Value.ShouldBe(2027);
        date.Text.ShouldEndWith(span);
        Packs.QuantitiesIn(code, text).Count.ShouldBe(1);
    }
}
