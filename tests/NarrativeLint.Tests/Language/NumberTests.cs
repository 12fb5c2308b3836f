using NarrativeLint.Language;

namespace NarrativeLint.Tests.Language;

public class NumberTests
{
    [Theory]
    [InlineData("en", "We have 2,300 Care advisers across 7 contact centres.", new[] { 2300.0, 7 })]
    [InlineData("en", "We serve 3.4 million customers.", new[] { 3400000.0 })]
    [InlineData("en", "We have five shops and twenty-four vans.", new[] { 5.0, 24 })]
    [InlineData("en", "A hundred engineers.", new[] { 100.0 })]
    [InlineData("en", "Over 10,000 customers.", new[] { 10000.0 })]
    [InlineData("it", "Abbiamo 3,6 milioni di clienti.", new[] { 3600000.0 })]
    [InlineData("it", "Abbiamo 5.200 dipendenti.", new[] { 5200.0 })]
    [InlineData("it", "Abbiamo ventiquattro negozi e trentuno furgoni.", new[] { 24.0, 31 })]
    [InlineData("it", "Abbiamo ventotto negozi.", new[] { 28.0 })]
    [InlineData("ro", "Avem 4 miliarde de apeluri.", new[] { 4000000000.0 })]
    [InlineData("ro", "Avem 135 de magazine.", new[] { 135.0 })]
    [InlineData("ro", "Avem douăzeci și patru de magazine.", new[] { 24.0 })]
    [InlineData("ro", "Avem 5.200 de angajați.", new[] { 5200.0 })]
    // German writes the noun "Acht" with a capital: lower-case "acht" is the numeral.
    [InlineData("de", "Frescala Vita startet mit acht Produkten.", new[] { 8.0 })]
    public void Reads_plain_numbers_in_digits_and_words(string code, string text, double[] values)
    {
        var numbers = Packs.QuantitiesIn(code, text);
        numbers.ShouldAllBe(q => q.Kind == QuantityKind.Number);
        numbers.Select(q => (double)q.Value).ShouldBe(values);
    }

    [Theory]
    [InlineData("en", "One of us will call.")]
    [InlineData("en", "We aim for net zero.")]
    [InlineData("en", "We are a team.")]
    [InlineData("it", "Sei il nostro cliente.")]
    [InlineData("it", "Una promessa è una promessa.")]
    [InlineData("ro", "O ofertă nouă pentru noi.")]
    [InlineData("de", "Diesen Hinweis bitte nicht außer Acht lassen.")]
    public void Words_that_only_sometimes_mean_a_number_need_a_unit(string code, string text)
        => Packs.QuantitiesIn(code, text).ShouldBeEmpty();

    [Theory]
    [InlineData("en", "Open from 8am to 10pm.")]
    [InlineData("en", "Maintenance from 00:00–04:00 on Sundays.")]
    [InlineData("en", "We open at 5am.")]
    [InlineData("en", "Call 0800 555 0199 for help.")]
    [InlineData("en", "Call +44 20 7946 0958 for help.")]
    [InlineData("en", "Our 5G network and 4K TV.")]
    [InlineData("en", "Try Roam4Free abroad.")]
    [InlineData("en", "Get 20GB of data at 1 Gbps.")]
    [InlineData("en", "Support 24/7.")]
    [InlineData("it", "Chiama lo 800 555 019 oppure lo 06 1234 5678.")]
    [InlineData("it", "La rete 5G copre le città.")]
    [InlineData("ro", "Sunați la 0800 555 0199.")]
    [InlineData("en", "We are open 24 hours a day, 7 days a week.")]
    [InlineData("it", "Siamo aperti 24 ore al giorno, 7 giorni su 7.")]
    [InlineData("ro", "Suntem deschiși 24 de ore pe zi, 7 zile din 7.")]
    [InlineData("ro", "Rețeaua 5G și 100GB de date.")]
    // A day's name before a clock time names no release ("Friday 9").
    [InlineData("en", "Call us Monday to Friday from 9:00 to 18:00.")]
    [InlineData("it", "Chiamaci dal lunedì al Venerdì 9:00.")]
    [InlineData("ro", "Sunați-ne de luni până Vineri 9:00.")]
    public void Clock_times_phone_numbers_product_names_and_rates_are_not_quantities(string code, string text)
        => Packs.QuantitiesIn(code, text).ShouldBeEmpty(string.Join("; ", Packs.QuantitiesIn(code, text)));

    [Fact]
    public void Huge_numbers_and_repeated_scales_do_not_overflow()
        => Packs.QuantitiesIn("en", "79228162514264337593543950335 billion billion billion people").ShouldHaveSingleItem();

    [Fact]
    public void A_year_is_not_also_a_number()
        => Packs.QuantitiesIn("en", "Founded in 1998.").ShouldHaveSingleItem().Kind.ShouldBe(QuantityKind.Date);

    [Fact]
    public void More_than_2000_customers_is_a_count_not_a_year()
    {
        var number = Packs.QuantitiesIn("en", "More than 2000 customers joined.").ShouldHaveSingleItem();
        (number.Kind, number.Value, number.Qualifier).ShouldBe((QuantityKind.Number, 2000m, Qualifier.MoreThan));
    }
}
