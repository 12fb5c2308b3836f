namespace NarrativeLint.Tests.Rules;

/// <summary>
/// NL1001 (a quantity outside a commitment's bound), NL1002 (a date after a committed deadline) and NL1007 (an earlier
/// target than the registered one): relations, units, ranges, qualifiers, percentages, money, deadlines, and which
/// commitment a sentence is placed on.
/// </summary>
public class CommitmentFactTests
{
    // at-most

    [Theory]
    [InlineData("We answer every support request {|NL1001:within 72 hours|}.", "en")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza {|NL1001:entro 72 ore|}.", "it")]
    [InlineData("Răspundem la orice solicitare de asistență în {|NL1001:72 de ore|}.", "ro")]
    public void Seventy_two_hours_contradict_at_most_24_hours_of_the_commitment_whose_cues_the_sentence_has(string markup, string language) =>
        Verify.Post(markup, language).ShouldHaveSingleItem().Property("commitmentId").ShouldBe("support-response-time");

    [Theory]
    [InlineData("We reply to support tickets {|NL1001:within 72 hours|}.", "en")]
    [InlineData("For billing questions, allow {|NL1001:up to 3 business days|} for our first reply.", "en")]
    [InlineData("We answer every request {|NL1001:within 3 working days|}.", "en")]
    [InlineData("Răspundem la orice solicitare în {|NL1001:5 zile lucrătoare|}.", "ro")]
    public void A_duration_beyond_at_most_24_hours_contradicts_the_commitment(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("We answer every support request within 12 hours.", "en")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza entro 12 ore.", "it")]
    [InlineData("Răspundem la orice solicitare de asistență în 12 ore.", "ro")]
    public void A_stricter_value_keeps_an_at_most_promise(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("We reply to every support ticket within 24 hours.", "en")]
    [InlineData("Half of all tickets had a first reply in under 3 hours.", "en")]
    [InlineData("Răspundem la orice solicitare de asistență în cel mult 24 de ore.", "ro")]
    [InlineData("Rispondiamo a ogni richiesta entro 12 ore.", "it")]
    public void A_value_within_the_bound_is_not_a_contradiction(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("We answer every support request within 24 hours.", "en")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza entro 24 ore.", "it")]
    [InlineData("Răspundem la orice solicitare de asistență în 24 de ore.", "ro")]
    public void The_committed_value_restated_is_silent(string markup, string language) =>
        Verify.Post(markup, language);

    // units

    [Theory]
    [InlineData("We answer every support request within a day.", "en")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza entro un giorno.", "it")]
    [InlineData("Răspundem la orice solicitare de asistență într-o zi.", "ro")]
    public void A_day_is_24_hours(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("We answer every support request {|NL1001:within 2 days|}.", "en")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza {|NL1001:entro 2 giorni|}.", "it")]
    [InlineData("Răspundem la orice solicitare de asistență în {|NL1001:2 zile|}.", "ro")]
    public void Two_days_exceed_24_hours(string markup, string language) =>
        Verify.Post(markup, language);

    // Romanian "într-o" is "în" + "o" (a): the quantity starts at "o", as English "a week" starts at "a".
    [Theory]
    [InlineData("We answer every support request {|NL1001:within a week|}.", "en")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza {|NL1001:entro una settimana|}.", "it")]
    [InlineData("Răspundem la orice solicitare de asistență într-{|NL1001:o săptămână|}.", "ro")]
    public void A_week_exceeds_24_hours(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("We answer every support request {|NL1001:within 2 business days|}.", "en")]
    [InlineData("We answer every ticket {|NL1001:within 2 business days|}.", "en")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza {|NL1001:entro 2 giorni lavorativi|}.", "it")]
    [InlineData("Răspundem la orice solicitare de asistență în {|NL1001:2 zile lucrătoare|}.", "ro")]
    public void Two_business_days_are_not_within_24_hours(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("We answer every support request {|NL1001:within 3 working days|}.", "en")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza {|NL1001:entro 3 giorni lavorativi|}.", "it")]
    [InlineData("Răspundem la orice solicitare de asistență în {|NL1001:3 zile lucrătoare|}.", "ro")]
    public void Three_working_days_contradict_within_24_hours(string markup, string language) =>
        Verify.Post(markup, language);

    [Fact]
    public void Three_weeks_exceed_ten_working_days() =>
        Verify.Post("Your fibre installation takes {|NL1001:up to 3 weeks|}.").ShouldHaveSingleItem().Property("commitmentId").ShouldBe("install-time");

    // ranges

    [Theory]
    [InlineData("We answer every support request in {|NL1001:24–48 hours|}.", "en")]
    [InlineData("We reply to tickets in {|NL1001:24–48 hours|}.", "en")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza in {|NL1001:24-48 ore|}.", "it")]
    [InlineData("Răspundem la orice solicitare de asistență în {|NL1001:24–48 de ore|}.", "ro")]
    public void A_range_whose_high_end_exceeds_at_most_24_hours_contradicts_it(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("We answer every support request in 12–24 hours.", "en")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza in 12-24 ore.", "it")]
    [InlineData("Răspundem la orice solicitare de asistență în 12–24 de ore.", "ro")]
    public void A_range_within_the_bound_keeps_it(string markup, string language) =>
        Verify.Post(markup, language);

    // qualifiers

    [Theory]
    [InlineData("We answer every support request in {|NL1001:up to 48 hours|}.", "en")]
    [InlineData("We answer every support request in {|NL1001:about 48 hours|}.", "en")]
    [InlineData("We answer every support request in {|NL1001:more than 24 hours|}.", "en")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza in {|NL1001:circa 48 ore|}.", "it")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza {|NL1001:fino a 48 ore|}.", "it")]
    [InlineData("Răspundem la orice solicitare de asistență în {|NL1001:până la 48 de ore|}.", "ro")]
    [InlineData("Răspundem la orice solicitare de asistență în {|NL1001:circa 48 de ore|}.", "ro")]
    public void A_qualified_value_beyond_the_bound_contradicts_it(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("We answer every support request in less than 24 hours.", "en")]
    [InlineData("We answer every support request in up to 12 hours.", "en")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza in meno di 24 ore.", "it")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza fino a 12 ore.", "it")]
    [InlineData("Răspundem la orice solicitare de asistență în mai puțin de 24 de ore.", "ro")]
    [InlineData("Răspundem la orice solicitare de asistență în până la 12 ore.", "ro")]
    public void A_qualified_value_within_the_bound_keeps_it(string markup, string language) =>
        Verify.Post(markup, language);

    // at-least

    [Theory]
    [InlineData("We give {|NL1001:14 days|}' notice before any change to your plan.", "en")]
    [InlineData("Diamo un preavviso di {|NL1001:14 giorni|} per ogni modifica al piano.", "it")]
    [InlineData("Oferim un preaviz de {|NL1001:14 zile|} pentru orice modificare a planului.", "ro")]
    public void A_shorter_notice_contradicts_at_least_30_days(string markup, string language) =>
        Verify.Post(markup, language).ShouldHaveSingleItem().Property("commitmentId").ShouldBe("price-change-notice");

    [Theory]
    [InlineData("We give 60 days' notice before any change to your plan.", "en")]
    [InlineData("Diamo un preavviso di 60 giorni per ogni modifica al piano.", "it")]
    [InlineData("Oferim un preaviz de 60 de zile pentru orice modificare a planului.", "ro")]
    public void A_longer_notice_keeps_at_least_30_days(string markup, string language) =>
        Verify.Post(markup, language);

    // "before a change" says when the notice comes, not that the sentence is about the past.
    [Theory]
    [InlineData("Diamo un preavviso di {|NL1001:14 giorni|} prima di ogni modifica al piano.", "it")]
    [InlineData("Oferim un preaviz de {|NL1001:14 zile|} înainte de orice modificare a planului.", "ro")]
    public void Before_a_change_is_not_history(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("We give {|NL1001:14 days|}' notice of any price change.", "en")]
    [InlineData("Diamo {|NL1001:14 giorni|} di preavviso per ogni modifica del prezzo.", "it")]
    public void The_commitment_whose_cue_stands_next_to_the_number_is_the_one_broken(string markup, string language) =>
        Verify.Post(markup, language).ShouldHaveSingleItem().Property("commitmentId").ShouldBe("price-change-notice");

    // exactly (money)

    [Theory]
    [InlineData("The Starter plan costs {|NL1001:€9/month|}.", "en")]
    [InlineData("Il piano Starter costa {|NL1001:9 € al mese|}.", "it")]
    [InlineData("Planul Starter costă {|NL1001:9 € pe lună|}.", "ro")]
    public void Nine_euros_a_month_contradicts_exactly_9_99_euros_per_month(string markup, string language) =>
        Verify.Post(markup, language).ShouldHaveSingleItem().Property("commitmentId").ShouldBe("starter-price");

    [Theory]
    [InlineData("The Starter plan costs {|NL1001:€8.99 per month|}.", "en")]
    [InlineData("Il piano Starter costa {|NL1001:11,99 € al mese|}.", "it")]
    public void A_different_price_contradicts_an_exact_price(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("The Starter plan costs €9.99 per month.", "en")]
    [InlineData("Il piano Starter costa 9,99 € al mese.", "it")]
    [InlineData("Planul Starter costă 9,99 € pe lună.", "ro")]
    public void The_exact_price_restated_is_silent(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("The Starter plan costs $12 per month in the US.", "en")]
    [InlineData("Il piano Starter costa 12 $ al mese negli Stati Uniti.", "it")]
    [InlineData("Planul Starter costă 50 de lei pe lună.", "ro")]
    public void A_price_in_another_currency_is_not_comparable(string markup, string language) =>
        Verify.Post(markup, language);

    // percentages

    [Theory]
    [InlineData("Our network is available {|NL1001:99.5%|} of the time.", "en")]
    [InlineData("La nostra rete è disponibile il {|NL1001:99,5%|} del tempo.", "it")]
    [InlineData("Rețeaua noastră este disponibilă {|NL1001:99,5%|} din timp.", "ro")]
    public void A_lower_percentage_with_decimals_contradicts_at_least_99_95(string markup, string language) =>
        Verify.Post(markup, language).ShouldHaveSingleItem().Property("commitmentId").ShouldBe("uptime");

    [Theory]
    [InlineData("Our network is available 99.99% of the time.", "en")]
    [InlineData("Our network was available 99.99% of the time last year.", "en")]
    [InlineData("La nostra rete è disponibile il 99,99% del tempo.", "it")]
    [InlineData("Rețeaua noastră este disponibilă 99,99% din timp.", "ro")]
    public void A_higher_percentage_keeps_at_least_99_95(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("Our network is available 99.95% of the time.", "en")]
    [InlineData("La nostra rete è disponibile il 99,95% del tempo.", "it")]
    [InlineData("Rețeaua noastră este disponibilă 99,95% din timp.", "ro")]
    public void The_committed_percentage_with_a_decimal_comma_or_point_is_silent(string markup, string language) =>
        Verify.Post(markup, language);

    // by (a deadline)

    [Theory]
    [InlineData("We will switch off 3G in {|NL1002:December 2026|}.", "en")]
    [InlineData("Lo spegnimento del 3G avverrà a {|NL1002:dicembre 2026|}.", "it")]
    [InlineData("Lo spegnimento del 3G avverrà {|NL1002:entro la fine del 2027|}.", "it")]
    [InlineData("Oprirea rețelei 3G va avea loc în {|NL1002:decembrie 2026|}.", "ro")]
    public void A_later_date_than_the_deadline_contradicts_it(string markup, string language) =>
        Verify.Post(markup, language).ShouldHaveSingleItem().Property("commitmentId").ShouldBe("shutdown-3g");

    [Theory]
    [InlineData("We will switch off 3G in March 2026.", "en")]
    [InlineData("Lo spegnimento del 3G avverrà a marzo 2026.", "it")]
    [InlineData("Oprirea rețelei 3G va avea loc în martie 2026.", "ro")]
    public void An_earlier_date_than_the_deadline_keeps_it(string markup, string language) =>
        Verify.Post(markup, language);

    [Fact]
    public void A_later_target_year_misses_the_deadline() =>
        Verify.Post("We will reach net zero emissions {|NL1002:by 2050|}.").ShouldHaveSingleItem().Property("commitmentId").ShouldBe("net-zero");

    [Theory]
    [InlineData("We will reach net zero emissions {|NL1007:by 2035|}.", "en")]
    [InlineData("Raggiungeremo zero emissioni nette {|NL1007:entro il 2035|}.", "it")]
    [InlineData("Vom atinge zero net emisii {|NL1007:până în 2035|}.", "ro")]
    public void An_earlier_target_year_with_a_deadline_word_differs_from_the_registered_target(string markup, string language) =>
        Verify.Post(markup, language).ShouldHaveSingleItem().Property("commitmentId").ShouldBe("net-zero");

    [Theory]
    [InlineData("We will switch off 3G {|NL1002:by the end of 2026|}.", "en")]
    [InlineData("We will switch off 3G in {|NL1002:late 2026|}.", "en")]
    [InlineData("We will switch off 3G in {|NL1002:Q4 2026|}.", "en")]
    [InlineData("Spegneremo il 3G nel {|NL1002:Q3 2026|}.", "it")]
    [InlineData("Lo spegnimento del 3G avverrà {|NL1002:nella seconda metà del 2026|}.", "it")]
    [InlineData("Oprirea rețelei 3G va avea loc {|NL1002:spre sfârșitul lui 2026|}.", "ro")]
    public void The_end_of_the_deadline_year_is_later_than_a_mid_year_deadline(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("We will switch off 3G in 2026.")]
    [InlineData("We will switch off 3G in Q2 2026.")]
    [InlineData("We will switch off 3G in H1 2026.")]
    public void A_period_that_holds_the_deadline_is_not_later(string markup) =>
        Verify.Post(markup);

    // dates of documents

    [Fact]
    public void A_document_dated_before_the_commitment_is_not_held_to_it() =>
        Verify.Post("Our price is fixed for 12 months.", date: "2024-06-01");

    // placing a sentence on a commitment

    [Theory]
    [InlineData("We have 72 offices across Europe.", "en")]
    [InlineData("Abbiamo 72 uffici in tutta Europa.", "it")]
    [InlineData("Avem 72 de birouri în toată Europa.", "ro")]
    public void A_sentence_without_cues_is_about_no_commitment(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("We have 24 offices. Each of them answers every support request within 24 hours.", "en")]
    [InlineData("Abbiamo 24 uffici. Ognuno risponde a ogni richiesta di assistenza entro 24 ore.", "it")]
    [InlineData("Avem 24 de birouri. Fiecare răspunde la orice solicitare de asistență în 24 de ore.", "ro")]
    public void A_number_about_something_else_in_the_paragraph_is_not_about_the_commitment(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("We have 48 offices, and we answer every support request within 24 hours.", "en")]
    [InlineData("Abbiamo 48 uffici e rispondiamo a ogni richiesta di assistenza entro 24 ore.", "it")]
    [InlineData("Avem 48 de birouri și răspundem la orice solicitare de asistență în 24 de ore.", "ro")]
    public void An_office_count_next_to_a_kept_promise_is_not_weighed_against_it(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("Only {|NL1001:80%|} of our support customers are satisfied.", "en")]
    [InlineData("Solo l'{|NL1001:80%|} dei clienti dell'assistenza è soddisfatto.", "it")]
    [InlineData("Doar {|NL1001:80%|} dintre clienții asistenței sunt mulțumiți.", "ro")]
    public void Shared_cues_choose_the_commitment_by_the_fact_kind(string markup, string language) =>
        ShouldBreak(Verify.Post(markup, language).ShouldHaveSingleItem(), "support-satisfaction");

    [Theory]
    [InlineData("Our support team answers every request {|NL1001:within 48 hours|}.", "en")]
    [InlineData("La nostra assistenza risponde a ogni richiesta {|NL1001:entro 48 ore|}.", "it")]
    [InlineData("Echipa de asistență răspunde la orice solicitare în {|NL1001:48 de ore|}.", "ro")]
    public void Shared_cues_choose_the_commitment_whose_cues_the_sentence_matches(string markup, string language) =>
        ShouldBreak(Verify.Post(markup, language).ShouldHaveSingleItem(), "support-response-time");

    [Theory]
    [InlineData("When you ask for a callback, our support team calls you back {|NL1001:within 6 hours|}.", "en")]
    [InlineData("Se chiedi una richiamata, la nostra assistenza ti richiama {|NL1001:entro 6 ore|}.", "it")]
    [InlineData("Dacă ceri un apel, echipa de asistență te sună înapoi în {|NL1001:6 ore|}.", "ro")]
    public void Shared_cues_choose_the_callback_commitment_when_its_cues_match(string markup, string language) =>
        ShouldBreak(Verify.Post(markup, language).ShouldHaveSingleItem(), "support-callback");

    [Fact]
    public void A_short_sentence_takes_its_topic_from_the_sentence_before() =>
        Verify.Post("Sorry, an answer to your support ticket takes a while. It can take {|NL1001:3 days|}.");

    [Fact]
    public void A_short_sentence_takes_its_topic_from_its_heading() =>
        Verify.File("post.md", "---\nlang: en\ndate: 2025-06-01\n---\n\n## Support tickets\n\nAllow {|NL1001:3 days|}.\n");

    [Fact]
    public void A_sentence_naming_something_else_does_not_borrow_a_topic() =>
        Verify.Post("We answer every ticket within 24 hours. New customers get Acme TV free for 30 days.");

    static void ShouldBreak(Engine.Finding finding, string commitment)
    {
        finding.Property("commitmentId").ShouldBe(commitment);
        finding.Message.ShouldContain(commitment);
    }
}
