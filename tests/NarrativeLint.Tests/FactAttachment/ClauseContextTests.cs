using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.FactAttachment;

/// <summary>
/// NL2001: what a number's clause and sentence say about it — a year anywhere in its clause is part of the fact (a target
/// "by 2030" is not today's figure), and a sentence that opens with an example label ("For example,") illustrates.
/// </summary>
public class ClauseContextTests
{
    [Theory]
    [InlineData("en", "By 2030 we want to run {|NL2001:200|} shops.", "en", "By 2030 we want to run {|NL2001:250|} shops across Italy.")]
    [InlineData("en", "A family with 4 lines pays {|NL2001:€60 a month|} on the Family plan.", "en", "A family with 4 lines pays {|NL2001:€45 a month|} on the Family plan.")]
    // A language without a pack has no example labels: the two sentences are one statement told with two prices.
    [InlineData("pl", "Na przykład rodzina z 4 liniami płaci {|NL2001:60 €|} miesięcznie w planie Family.", "pl", "Rodzina z 4 liniami płaci {|NL2001:45 €|} miesięcznie w planie Family.")]
    public void One_fact_told_two_ways_is_reported(string firstLanguage, string first, string secondLanguage, string second) =>
        CheckPosts(firstLanguage, first, secondLanguage, second, ignoring: ["NL0010"]);

    [Theory]
    // A target year in the clause.
    [InlineData("en", "By 2030 we want to run 200 shops.", "en", "Acme runs 120 shops across Italy.")]
    [InlineData("it", "Entro il 2030 vogliamo avere 200 negozi.", "it", "Acme ha 120 negozi in tutta Italia.")]
    [InlineData("ro", "Până în 2030 vrem să avem 200 de magazine.", "ro", "Acme are 120 de magazine în toată țara.")]
    // A worked example.
    [InlineData("en", "For example, a family with 4 lines pays €60 a month on the Family plan.", "en", "A family with 4 lines pays €45 a month on the Family plan.")]
    [InlineData("it", "Ad esempio, una famiglia con 4 linee paga 60 € al mese con il piano Family.", "it", "Una famiglia con 4 linee paga 45 € al mese con il piano Family.")]
    [InlineData("ro", "De exemplu, o familie cu 4 linii plătește 60 € pe lună cu planul Family.", "ro", "O familie cu 4 linii plătește 45 € pe lună cu planul Family.")]
    public void A_target_or_an_example_is_not_todays_fact(string firstLanguage, string first, string secondLanguage, string second) =>
        CheckPosts(firstLanguage, first, secondLanguage, second);
}
