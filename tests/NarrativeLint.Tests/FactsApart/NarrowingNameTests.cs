using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.FactsApart;

/// <summary>
/// NL2001: a name right after a fact's noun and its preposition narrows the noun to a part ("14 clinics in Italy"), so
/// it meets only a fact that names that part too; a name further on ("works from Bologna") narrows nothing.
/// </summary>
public class NarrowingNameTests
{
    [Theory]
    [InlineData("it", "Ti aspettiamo nelle nostre 14 cliniche in Italia.", "en", "Kestrel runs 30 clinics.")]
    [InlineData("ro", "Avem 26 de magazine în România.", "en", "Velocell runs 40 shops.")]
    [InlineData("en", "Velocell runs 26 shops in Romania.", "it", "Velocell gestisce 40 negozi.")]
    // Polish has no pack: no nouns are read, so nothing is compared.
    [InlineData("pl", "Mamy 26 sklepów w Polsce.", "en", "Velocell runs 40 shops.")]
    public void A_count_narrowed_to_a_part_is_kept_apart_from_the_whole(string firstLanguage, string first, string secondLanguage, string second) =>
        CheckPosts(firstLanguage, first, secondLanguage, second, ["NL0010"]);

    [Theory]
    [InlineData("it", "Ti aspettiamo nelle nostre {|NL2001:14|} cliniche in Italia.", "en", "Kestrel runs {|NL2001:18|} clinics in Italy.")]
    [InlineData("ro", "Avem {|NL2001:26|} de magazine în România.", "en", "Velocell runs {|NL2001:32|} shops in Romania.")]
    [InlineData("en", "Today a team of {|NL2001:180|} registered pharmacists works from Bologna and Dublin.", "it", "Oggi lavorano con noi {|NL2001:210|} farmacisti iscritti all'albo.")]
    public void A_count_of_the_same_part_or_with_a_name_further_on_is_compared(string firstLanguage, string first, string secondLanguage, string second) =>
        CheckPosts(firstLanguage, first, secondLanguage, second);
}
