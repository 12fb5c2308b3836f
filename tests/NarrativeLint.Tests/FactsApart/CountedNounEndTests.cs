using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.FactsApart;

/// <summary>
/// NL2001, a counted noun no pack maps: the noun ends before a word that governs another number ("42 clinics across
/// four countries", "clinics in 2024"), so the count is keyed by "clinics", not by "across", and meets its translation.
/// </summary>
public class CountedNounEndTests
{
    [Theory]
    [InlineData("en", "Today we run {|NL2001:42|} clinics across four countries.", "it", "Oggi gestiamo {|NL2001:38|} cliniche in quattro paesi.")]
    [InlineData("en", "Today we run {|NL2001:42|} clinics across four countries.", "ro", "Astăzi avem {|NL2001:38|} de clinici în patru țări.")]
    public void A_count_before_a_word_that_governs_another_number_is_keyed_by_its_noun(string firstLanguage, string first, string secondLanguage, string second) =>
        CheckPosts(firstLanguage, first, secondLanguage, second);

    [Theory]
    // Within one language a counted noun is two things (two posts, two surveys) unless one subject tells both (FactSubjects): still kept apart.
    [InlineData("en", "The region counts 42 clinics across four countries.", "en", "Volunteers staff 38 clinics every spring.")]
    // Polish has no pack: no nouns are read.
    [InlineData("en", "Today we run 42 clinics across four countries.", "pl", "Dziś prowadzimy 38 klinik w czterech krajach.")]
    public void Counts_of_one_language_or_of_a_language_without_a_pack_are_not_compared(string firstLanguage, string first, string secondLanguage, string second) =>
        CheckPosts(firstLanguage, first, secondLanguage, second, ["NL0010"]);
}
