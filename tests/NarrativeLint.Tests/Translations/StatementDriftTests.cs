using NarrativeLint.Tests.Rules;

namespace NarrativeLint.Tests.Translations;

/// <summary>NL2001 without concept words: the same statement, numbers masked, told with two values in two documents.</summary>
public class StatementDriftTests
{
    static void Pair(string first, string second) =>
        Verify.Files(Fixture.Post(first, "en", path: "one.md"), Fixture.Post(second, "en", path: "two.md"));

    [Fact]
    public void The_same_survey_with_two_results_is_reported_on_both_sides() => Pair(
        "A survey of 2,400 customers found that {|NL2001:92%|} would recommend Velocell to a friend.",
        "A survey of 2,400 customers found that {|NL2001:82%|} would recommend Velocell to a friend.");

    [Fact]
    public void Words_no_pack_maps_to_a_concept_still_make_a_statement() => Pair(
        "Each Zorblat kit ships with {|NL2001:14|} brass gears and a printed manual.",
        "Each Zorblat kit ships with {|NL2001:16|} brass gears and a printed manual.");

    [Fact]
    public void Small_counts_and_dates_count_when_the_statements_match() => Pair(
        "The Velocell engineering team was founded in {|NL2001:2009|} by three engineers in a garage.",
        "The Velocell engineering team was founded in {|NL2001:2011|} by three engineers in a garage.");

    [Fact]
    public void A_near_duplicate_with_a_word_changed_still_matches() => Pair(
        "Our independent survey of 2,400 customers found that {|NL2001:92%|} would gladly recommend Velocell to a friend or colleague.",
        "Our independent survey of 2,400 customers showed that {|NL2001:82%|} would gladly recommend Velocell to a friend or colleague.");

    [Theory]
    [InlineData("The VeloFibre Plus plan costs €30 per month for every new customer.", "The VeloFibre Basic plan costs €20 per month for every new customer.")]
    [InlineData("In 2024 the company opened 12 new offices across the whole country.", "In 2025 the company opened 15 new offices across the whole country.")]
    [InlineData("Velocell customers in Italy can reach support in 12 minutes on average.", "Velocell customers in Romania can reach support in 9 minutes on average.")]
    [InlineData("Until 2023 the survey found that 82% of customers would recommend us.", "The survey found that 92% of customers would recommend us to their friends.")]
    [InlineData("A survey of customers found that 92% would recommend Velocell to a friend.", "A survey of customers found that 92% would recommend Velocell to a friend.")]
    [InlineData("Each Zorblat kit used to ship with 12 brass gears and a printed manual.", "Each Zorblat kit ships with 14 brass gears and a printed manual.")]
    [InlineData("Each Zorblat kit was sold with 12 brass gears and now ships with 14 brass gears.", "Each Zorblat kit ships with 14 brass gears and a printed manual.")]
    [InlineData("Each Zorblat kit ships with 14 brass gears and never with 12 plastic gears.", "Each Zorblat kit ships with 12 brass gears and never with 14 plastic gears.")]
    public void Different_plans_years_regions_and_the_past_are_kept_apart(string first, string second) => Pair(first, second);

    [Fact]
    public void The_same_template_in_posts_of_different_dates_is_kept_apart() =>
        Verify.Files(Fixture.Post("This month the Zorblat project merged 140 pull requests from 35 contributors.", "en", date: "2026-01-31", path: "one.md"),
                     Fixture.Post("This month the Zorblat project merged 120 pull requests from 35 contributors.", "en", date: "2026-02-28", path: "two.md"));
}
