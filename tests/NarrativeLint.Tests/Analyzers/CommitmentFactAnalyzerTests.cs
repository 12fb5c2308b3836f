namespace NarrativeLint.Tests.Analyzers;

public class CommitmentFactAnalyzerTests
{
    [Theory]
    [InlineData("We reply to support tickets within 72 hours.", "en")]
    [InlineData("For billing questions, allow up to 3 business days for our first reply.", "en")]
    [InlineData("We answer every request within 3 working days.", "en")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza entro 72 ore.", "it")]
    [InlineData("Răspundem la orice solicitare în 5 zile lucrătoare.", "ro")]
    public void A_duration_beyond_at_most_24_hours_contradicts_the_commitment(string text, string language) =>
        Lint.Ids(text, language).ShouldContain("NL1001");

    [Theory]
    [InlineData("We reply to every support ticket within 24 hours.", "en")]
    [InlineData("Half of all tickets had a first reply in under 3 hours.", "en")]
    [InlineData("Răspundem la orice solicitare de asistență în cel mult 24 de ore.", "ro")]
    [InlineData("Rispondiamo a ogni richiesta entro 12 ore.", "it")]
    public void A_value_within_the_bound_is_not_a_contradiction(string text, string language) =>
        Lint.Ids(text, language).ShouldNotContain("NL1001");

    [Fact]
    public void A_number_about_something_else_is_not_about_the_commitment() =>
        Lint.Ids("We have 72 offices across Europe.").ShouldBeEmpty();

    [Fact]
    public void Two_business_days_are_not_within_24_hours() =>
        Lint.Ids("We answer every ticket within 2 business days.").ShouldContain("NL1001");

    [Fact]
    public void Three_weeks_exceed_ten_working_days() =>
        Lint.Ids("Your fibre installation takes up to 3 weeks.").ShouldContain("NL1001");

    [Fact]
    public void A_range_whose_high_end_exceeds_the_bound_contradicts_it() =>
        Lint.Ids("We reply to tickets in 24–48 hours.").ShouldContain("NL1001");

    [Theory]
    [InlineData("Our network is available 99.5% of the time.", "en")]
    [InlineData("Rețeaua noastră este disponibilă 99,5% din timp.", "ro")]
    public void A_percentage_below_at_least_contradicts_it(string text, string language) =>
        Lint.Ids(text, language).ShouldContain("NL1001");

    [Fact]
    public void A_higher_percentage_than_at_least_is_fine() =>
        Lint.Ids("Our network was available 99.99% of the time last year.").ShouldNotContain("NL1001");

    [Theory]
    [InlineData("The Starter plan costs €8.99 per month.", "en")]
    [InlineData("Il piano Starter costa 11,99 € al mese.", "it")]
    public void A_different_price_contradicts_an_exact_price(string text, string language) =>
        Lint.Ids(text, language).ShouldContain("NL1001");

    [Fact]
    public void A_price_in_another_currency_is_not_comparable() =>
        Lint.Ids("The Starter plan costs $12 per month in the US.").ShouldNotContain("NL1001");

    [Theory]
    [InlineData("We will switch off 3G in December 2026.", "en")]
    [InlineData("Lo spegnimento del 3G avverrà entro la fine del 2027.", "it")]
    public void A_date_after_the_deadline_is_reported(string text, string language) =>
        Lint.Ids(text, language).ShouldContain("NL1002");

    [Fact]
    public void A_date_before_the_deadline_keeps_the_promise() =>
        Lint.Ids("We will switch off 3G in March 2026.").ShouldNotContain("NL1002");

    [Fact]
    public void A_later_target_year_misses_the_deadline() =>
        Lint.Ids("We will reach net zero emissions by 2050.").ShouldContain("NL1002");

    [Fact]
    public void A_document_dated_before_the_commitment_is_not_held_to_it() =>
        Lint.Ids("Our price is fixed for 12 months.", date: "2024-06-01").ShouldBeEmpty();

    [Fact]
    public void A_short_sentence_takes_its_topic_from_the_sentence_before() =>
        Lint.Ids("Sorry, an answer to your support ticket takes a while. It can take 3 days.").ShouldContain("NL1001");

    [Fact]
    public void A_short_sentence_takes_its_topic_from_its_heading() =>
        Lint.Check(("post.md", "---\nlang: en\ndate: 2025-06-01\n---\n\n## Support tickets\n\nAllow 3 days.\n")).Active
            .Select(f => f.Id).ShouldContain("NL1001");

    [Fact]
    public void A_sentence_naming_something_else_does_not_borrow_a_topic() =>
        Lint.Ids("We answer every ticket within 24 hours. New customers get Acme TV free for 30 days.").ShouldNotContain("NL1001");

    [Theory]
    [InlineData("We will switch off 3G by the end of 2026.", "en")]
    [InlineData("We will switch off 3G in late 2026.", "en")]
    [InlineData("We will switch off 3G in Q4 2026.", "en")]
    [InlineData("Spegneremo il 3G nel Q3 2026.", "it")]
    [InlineData("Lo spegnimento del 3G avverrà nella seconda metà del 2026.", "it")]
    [InlineData("Oprirea rețelei 3G va avea loc spre sfârșitul lui 2026.", "ro")]
    public void The_end_of_the_deadline_year_is_later_than_a_mid_year_deadline(string text, string language) =>
        Lint.Ids(text, language).ShouldContain("NL1002");

    [Theory]
    [InlineData("We will switch off 3G in 2026.")]
    [InlineData("We will switch off 3G in Q2 2026.")]
    [InlineData("We will switch off 3G in H1 2026.")]
    public void A_period_that_holds_the_deadline_is_not_later(string text) =>
        Lint.Ids(text).ShouldNotContain("NL1002");
}
