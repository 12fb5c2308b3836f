using NarrativeLint.Language;

namespace NarrativeLint.Tests.Language;

public class DurationTests
{
    [Theory]
    [InlineData("en", "We reply in 24 hours.", 24, DurationUnit.Hour)]
    [InlineData("en", "We reply in 24h.", 24, DurationUnit.Hour)]
    [InlineData("en", "A 24-hour helpline.", 24, DurationUnit.Hour)]
    [InlineData("en", "Fixed in 3 business days.", 3, DurationUnit.BusinessDay)]
    [InlineData("en", "Fixed in one business day.", 1, DurationUnit.BusinessDay)]
    [InlineData("en", "Order now and we'll have you connected within 4 weeks.", 4, DurationUnit.Week)]
    [InlineData("en", "Our engineers fix faults within a week.", 1, DurationUnit.Week)]
    [InlineData("en", "Cancel within a month.", 1, DurationUnit.Month)]
    [InlineData("en", "It takes a day.", 1, DurationUnit.Day)]
    [InlineData("en", "Give us six months' notice.", 6, DurationUnit.Month)]
    [InlineData("en", "Wait twenty-four hours.", 24, DurationUnit.Hour)]
    [InlineData("en", "Wait 30 min.", 30, DurationUnit.Minute)]
    [InlineData("en", "A 2 year contract.", 2, DurationUnit.Year)]
    [InlineData("it", "Rispondiamo in 72 ore.", 72, DurationUnit.Hour)]
    [InlineData("it", "Rispondiamo entro 24h.", 24, DurationUnit.Hour)]
    [InlineData("ro", "Livrăm în 3 săptămâni.", 3, DurationUnit.Week)]
    [InlineData("ro", "Contractul durează 24 de luni.", 24, DurationUnit.Month)]
    [InlineData("it", "Ripariamo in cinque giorni lavorativi.", 5, DurationUnit.BusinessDay)]
    [InlineData("it", "Attiviamo la linea in una settimana.", 1, DurationUnit.Week)]
    [InlineData("it", "Rispondiamo in ventiquattro ore.", 24, DurationUnit.Hour)]
    [InlineData("it", "Rispondiamo in un'ora.", 1, DurationUnit.Hour)]
    [InlineData("it", "Il contratto dura 24 mesi.", 24, DurationUnit.Month)]
    [InlineData("ro", "Răspundem în 24 de ore.", 24, DurationUnit.Hour)]
    [InlineData("ro", "Pentru tichetele trimise în weekend, răspunsul vine în 5 zile lucrătoare.", 5, DurationUnit.BusinessDay)]
    [InlineData("ro", "Conectăm linia într-o săptămână.", 1, DurationUnit.Week)]
    [InlineData("ro", "Răspundem în douăzeci și patru de ore.", 24, DurationUnit.Hour)]
    [InlineData("ro", "Contractul are un an.", 1, DurationUnit.Year)]
    public void Reads_durations_with_their_unit(string code, string text, int value, DurationUnit unit)
    {
        var duration = Packs.Single(code, text, QuantityKind.Duration);
        duration.Value.ShouldBe(value);
        duration.Unit.ShouldBe(unit);
        duration.Max.ShouldBeNull();
    }

    [Theory]
    [InlineData("en", "We reply in 48-72 hours.", 48, 72, "48-72 hours")]
    [InlineData("en", "We reply in 24–48 hours.", 24, 48, "24–48 hours")]
    [InlineData("en", "We reply in 24 to 48 hours.", 24, 48, "24 to 48 hours")]
    [InlineData("en", "We reply between 24 and 48 hours.", 24, 48, "between 24 and 48 hours")]
    [InlineData("it", "Rispondiamo tra 24 e 48 ore.", 24, 48, "tra 24 e 48 ore")]
    [InlineData("it", "Rispondiamo da 24 a 48 ore dopo.", 24, 48, "da 24 a 48 ore")]
    [InlineData("ro", "Răspundem în 24-48 de ore.", 24, 48, "24-48 de ore")]
    [InlineData("ro", "Răspundem între 24 și 48 de ore.", 24, 48, "între 24 și 48 de ore")]
    public void Ranges_keep_the_low_end_as_value_and_the_high_end_as_max(string code, string text, int low, int high, string span)
    {
        var duration = Packs.Single(code, text, QuantityKind.Duration);
        duration.Value.ShouldBe(low);
        duration.Max.ShouldBe(high);
        duration.Unit.ShouldBe(DurationUnit.Hour);
        duration.Text.ShouldBe(span);
    }

    [Fact]
    public void Up_to_three_business_days_is_an_at_most_business_day_duration()
    {
        var duration = Packs.Single("en", "For tricky billing questions, allow up to 3 business days for our first reply.", QuantityKind.Duration);
        (duration.Value, duration.Unit, duration.Qualifier, duration.Text).ShouldBe((3m, DurationUnit.BusinessDay, Qualifier.AtMost, "up to 3 business days"));
    }

    [Fact]
    public void In_cel_mult_24_de_ore_is_an_at_most_hour_duration()
    {
        var duration = Packs.Single("ro", "Răspundem la orice tichet de suport în cel mult 24 de ore.", QuantityKind.Duration);
        (duration.Value, duration.Unit, duration.Qualifier, duration.Text).ShouldBe((24m, DurationUnit.Hour, Qualifier.AtMost, "în cel mult 24 de ore"));
    }

    [Fact]
    public void Within_four_working_days_is_a_business_day_duration()
    {
        var duration = Packs.Single("en", "We'll repair the fault within 4 working days.", QuantityKind.Duration);
        (duration.Value, duration.Unit, duration.Qualifier).ShouldBe((4m, DurationUnit.BusinessDay, Qualifier.AtMost));
    }

    [Fact]
    public void A_business_day_counts_more_hours_than_a_calendar_day()
        => Packs.Single("en", "within 2 business days", QuantityKind.Duration).Low.ShouldBeGreaterThan(48);
}
