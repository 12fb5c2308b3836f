namespace NarrativeLint.Tests.Semantics;

/// <summary>Relations (at-most, at-least, exactly, by), units, ranges, qualifiers, percentages and money.</summary>
public class QuantityTests
{
    // at-most

    [Theory]
    [InlineData("We answer every support request within 72 hours.", "en")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza entro 72 ore.", "it")]
    [InlineData("Răspundem la orice solicitare de asistență în 72 de ore.", "ro")]
    public void Seventy_two_hours_contradict_at_most_24_hours(string text, string language) =>
        Semantic.Ids(text, language).ShouldBe(["NL1001"]);

    [Theory]
    [InlineData("We answer every support request within 12 hours.", "en")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza entro 12 ore.", "it")]
    [InlineData("Răspundem la orice solicitare de asistență în 12 ore.", "ro")]
    public void A_stricter_value_keeps_an_at_most_promise(string text, string language) =>
        Semantic.Ids(text, language).ShouldBeEmpty();

    [Theory]
    [InlineData("We answer every support request within 24 hours.", "en")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza entro 24 ore.", "it")]
    [InlineData("Răspundem la orice solicitare de asistență în 24 de ore.", "ro")]
    public void The_committed_value_restated_is_silent(string text, string language) =>
        Semantic.Ids(text, language).ShouldBeEmpty();

    // units

    [Theory]
    [InlineData("We answer every support request within a day.", "en")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza entro un giorno.", "it")]
    [InlineData("Răspundem la orice solicitare de asistență într-o zi.", "ro")]
    public void A_day_is_24_hours(string text, string language) =>
        Semantic.Ids(text, language).ShouldBeEmpty();

    [Theory]
    [InlineData("We answer every support request within 2 days.", "en")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza entro 2 giorni.", "it")]
    [InlineData("Răspundem la orice solicitare de asistență în 2 zile.", "ro")]
    public void Two_days_exceed_24_hours(string text, string language) =>
        Semantic.Ids(text, language).ShouldBe(["NL1001"]);

    [Theory]
    [InlineData("We answer every support request within a week.", "en")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza entro una settimana.", "it")]
    [InlineData("Răspundem la orice solicitare de asistență într-o săptămână.", "ro")]
    public void A_week_exceeds_24_hours(string text, string language) =>
        Semantic.Ids(text, language).ShouldBe(["NL1001"]);

    [Theory]
    [InlineData("We answer every support request within 2 business days.", "en")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza entro 2 giorni lavorativi.", "it")]
    [InlineData("Răspundem la orice solicitare de asistență în 2 zile lucrătoare.", "ro")]
    public void Two_business_days_are_not_within_24_hours(string text, string language) =>
        Semantic.Ids(text, language).ShouldBe(["NL1001"]);

    [Theory]
    [InlineData("We answer every support request within 3 working days.", "en")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza entro 3 giorni lavorativi.", "it")]
    [InlineData("Răspundem la orice solicitare de asistență în 3 zile lucrătoare.", "ro")]
    public void Three_working_days_contradict_within_24_hours(string text, string language) =>
        Semantic.Ids(text, language).ShouldBe(["NL1001"]);

    // ranges

    [Theory]
    [InlineData("We answer every support request in 24–48 hours.", "en")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza in 24-48 ore.", "it")]
    [InlineData("Răspundem la orice solicitare de asistență în 24–48 de ore.", "ro")]
    public void A_range_whose_high_end_exceeds_at_most_24_hours_contradicts_it(string text, string language) =>
        Semantic.Ids(text, language).ShouldBe(["NL1001"]);

    [Theory]
    [InlineData("We answer every support request in 12–24 hours.", "en")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza in 12-24 ore.", "it")]
    [InlineData("Răspundem la orice solicitare de asistență în 12–24 de ore.", "ro")]
    public void A_range_within_the_bound_keeps_it(string text, string language) =>
        Semantic.Ids(text, language).ShouldBeEmpty();

    // qualifiers

    [Theory]
    [InlineData("We answer every support request in up to 48 hours.", "en")]
    [InlineData("We answer every support request in about 48 hours.", "en")]
    [InlineData("We answer every support request in more than 24 hours.", "en")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza in circa 48 ore.", "it")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza fino a 48 ore.", "it")]
    [InlineData("Răspundem la orice solicitare de asistență în până la 48 de ore.", "ro")]
    [InlineData("Răspundem la orice solicitare de asistență în circa 48 de ore.", "ro")]
    public void A_qualified_value_beyond_the_bound_contradicts_it(string text, string language) =>
        Semantic.Ids(text, language).ShouldBe(["NL1001"]);

    [Theory]
    [InlineData("We answer every support request in less than 24 hours.", "en")]
    [InlineData("We answer every support request in up to 12 hours.", "en")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza in meno di 24 ore.", "it")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza fino a 12 ore.", "it")]
    [InlineData("Răspundem la orice solicitare de asistență în mai puțin de 24 de ore.", "ro")]
    [InlineData("Răspundem la orice solicitare de asistență în până la 12 ore.", "ro")]
    public void A_qualified_value_within_the_bound_keeps_it(string text, string language) =>
        Semantic.Ids(text, language).ShouldBeEmpty();

    // at-least

    [Theory]
    [InlineData("We give 14 days' notice before any change to your plan.", "en")]
    [InlineData("Diamo un preavviso di 14 giorni per ogni modifica al piano.", "it")]
    [InlineData("Oferim un preaviz de 14 zile pentru orice modificare a planului.", "ro")]
    public void A_shorter_notice_contradicts_at_least_30_days(string text, string language) =>
        Semantic.Single("NL1001", text, language).Property("commitmentId").ShouldBe("price-change-notice");

    [Theory]
    [InlineData("We give 60 days' notice before any change to your plan.", "en")]
    [InlineData("Diamo un preavviso di 60 giorni per ogni modifica al piano.", "it")]
    [InlineData("Oferim un preaviz de 60 de zile pentru orice modificare a planului.", "ro")]
    public void A_longer_notice_keeps_at_least_30_days(string text, string language) =>
        Semantic.Ids(text, language).ShouldBeEmpty();

    // exactly (money)

    [Theory]
    [InlineData("The Starter plan costs €9/month.", "en")]
    [InlineData("Il piano Starter costa 9 € al mese.", "it")]
    [InlineData("Planul Starter costă 9 € pe lună.", "ro")]
    public void Nine_euros_a_month_contradicts_exactly_9_99_euros_per_month(string text, string language) =>
        Semantic.Single("NL1001", text, language).Property("commitmentId").ShouldBe("starter-price");

    [Theory]
    [InlineData("The Starter plan costs €9.99 per month.", "en")]
    [InlineData("Il piano Starter costa 9,99 € al mese.", "it")]
    [InlineData("Planul Starter costă 9,99 € pe lună.", "ro")]
    public void The_exact_price_restated_is_silent(string text, string language) =>
        Semantic.Ids(text, language).ShouldBeEmpty();

    [Theory]
    [InlineData("The Starter plan costs $12 per month in the US.", "en")]
    [InlineData("Il piano Starter costa 12 $ al mese negli Stati Uniti.", "it")]
    [InlineData("Planul Starter costă 50 de lei pe lună.", "ro")]
    public void A_price_in_another_currency_is_not_comparable(string text, string language) =>
        Semantic.Ids(text, language).ShouldBeEmpty();

    // by (a deadline)

    [Theory]
    [InlineData("We will switch off 3G in December 2026.", "en")]
    [InlineData("Lo spegnimento del 3G avverrà a dicembre 2026.", "it")]
    [InlineData("Oprirea rețelei 3G va avea loc în decembrie 2026.", "ro")]
    public void A_later_date_than_the_deadline_contradicts_it(string text, string language) =>
        Semantic.Ids(text, language).ShouldBe(["NL1002"]);

    [Theory]
    [InlineData("We will switch off 3G in March 2026.", "en")]
    [InlineData("Lo spegnimento del 3G avverrà a marzo 2026.", "it")]
    [InlineData("Oprirea rețelei 3G va avea loc în martie 2026.", "ro")]
    public void An_earlier_date_than_the_deadline_keeps_it(string text, string language) =>
        Semantic.Ids(text, language).ShouldBeEmpty();

    // percentages

    [Theory]
    [InlineData("Our network is available 99.5% of the time.", "en")]
    [InlineData("La nostra rete è disponibile il 99,5% del tempo.", "it")]
    [InlineData("Rețeaua noastră este disponibilă 99,5% din timp.", "ro")]
    public void A_lower_percentage_with_decimals_contradicts_at_least_99_95(string text, string language) =>
        Semantic.Single("NL1001", text, language).Property("commitmentId").ShouldBe("uptime");

    [Theory]
    [InlineData("Our network is available 99.99% of the time.", "en")]
    [InlineData("La nostra rete è disponibile il 99,99% del tempo.", "it")]
    [InlineData("Rețeaua noastră este disponibilă 99,99% din timp.", "ro")]
    public void A_higher_percentage_keeps_at_least_99_95(string text, string language) =>
        Semantic.Ids(text, language).ShouldBeEmpty();

    [Theory]
    [InlineData("Our network is available 99.95% of the time.", "en")]
    [InlineData("La nostra rete è disponibile il 99,95% del tempo.", "it")]
    [InlineData("Rețeaua noastră este disponibilă 99,95% din timp.", "ro")]
    public void The_committed_percentage_with_a_decimal_comma_or_point_is_silent(string text, string language) =>
        Semantic.Ids(text, language).ShouldBeEmpty();
}
