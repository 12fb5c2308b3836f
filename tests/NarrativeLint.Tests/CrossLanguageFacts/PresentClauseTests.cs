
using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.CrossLanguageFacts;

/// <summary>
/// NL2001 in sentences that also tell a past year: a clause with a present word ("now", "oggi", "acum") states a current
/// fact ("Founded in Turin in 2011, Velocell now serves 2.7 million customers"); a year is of the event it is next to, with
/// a place between them ("founded in Bologna in 2016"); names meet across languages as cognates ("Italy", "Italia").
/// </summary>
public class PresentClauseTests
{
    [Theory]
    [InlineData("en", "Founded in Turin in 2011, Velocell now serves {|NL2001:2.7 million|} customers.", "it", "Velocell serve oggi {|NL2001:2,4 milioni|} di clienti.")]
    [InlineData("ro", "Fondată în 2011, Velocell deservește acum {|NL2001:2,7 milioane|} de clienți.", "en", "Velocell serves {|NL2001:2.4 million|} customers.")]
    [InlineData("it", "Fondata a Torino nel 2011, Velocell serve oggi {|NL2001:2,7 milioni|} di clienti.", "ro", "Velocell are {|NL2001:2,4 milioane|} de clienți.")]
    public void A_clause_told_in_the_present_states_a_current_fact(string firstLanguage, string first, string secondLanguage, string second) =>
        CheckPosts(firstLanguage, first, secondLanguage, second, ["NL0010"]);

    [Theory]
    [InlineData("en", "Until 2023, Velocell served 2.7 million customers.", "it", "Velocell serve oggi 2,4 milioni di clienti.")]
    [InlineData("en", "In 2019, after a year of growth, Velocell had 2.7 million customers.", "en", "Velocell now serves 2.4 million customers.")]
    // Polish has no pack, so no present words: its sentence about a past year stays history.
    [InlineData("pl", "Założona w 2011 roku firma Velocell obsługuje teraz 2,4 mln klientów.", "en", "Velocell serves 2.7 million customers.")]
    public void A_number_in_a_clause_of_the_past_is_not_compared(string firstLanguage, string first, string secondLanguage, string second) =>
        CheckPosts(firstLanguage, first, secondLanguage, second, ["NL0010"]);

    [Theory]
    [InlineData("en", "Velocell was founded in Bologna in {|NL2001:2016|} by two engineers.", "ro", "Velocell a fost fondată în {|NL2001:2018|} la Bologna.")]
    [InlineData("en", "Velocell was founded in Milan in {|NL2001:2019|} by three former market traders.", "it", "Velocell è stata fondata a Milano nel {|NL2001:2018|}.")]
    public void A_year_is_of_its_event_with_a_place_between(string firstLanguage, string first, string secondLanguage, string second) =>
        CheckPosts(firstLanguage, first, secondLanguage, second, ["NL0010"]);

    [Theory]
    [InlineData("en", "Velocell serves {|NL2001:2.7 million|} customers in Italy.", "it", "Velocell serve {|NL2001:2,4 milioni|} di clienti in Italia.")]
    public void Names_meet_as_cognates(string firstLanguage, string first, string secondLanguage, string second) =>
        CheckPosts(firstLanguage, first, secondLanguage, second, ["NL0010"]);

    [Theory]
    [InlineData("en", "Velocell serves 2.7 million customers in Italy.", "it", "Velocell serve 2,4 milioni di clienti in Spagna.")]
    public void Other_names_keep_facts_apart(string firstLanguage, string first, string secondLanguage, string second) =>
        CheckPosts(firstLanguage, first, secondLanguage, second, ["NL0010"]);
}
