using NarrativeLint.Analyzers;
using Shouldly;
using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.CrossLanguageFacts;

/// <summary>
/// NL2001 across languages without a concept list: a count whose noun no pack maps is keyed by that noun as a cognate
/// ("pharmacists", "farmacisti", "farmacii"), and meets only a count of another language; a noun that only modifies
/// ("partner") keys nothing; a language without a pack has no nouns to read.
/// </summary>
public class CountedNounTests
{
    [Theory]
    [InlineData("en", "Today a team of {|NL2001:180|} registered pharmacists works with us.", "it", "Oggi lavorano con noi {|NL2001:210|} farmacisti iscritti all'albo.")]
    [InlineData("en", "Velocell works with {|NL2001:1,200|} partner pharmacies.", "it", "Una rete di {|NL2001:1.400|} farmacie partner in tutto il paese.")]
    [InlineData("ro", "Colaborăm cu {|NL2001:1.400|} de farmacii partenere.", "en", "Velocell works with {|NL2001:1,200|} partner pharmacies.")]
    public void A_count_of_the_same_noun_in_another_language_is_compared(string firstLanguage, string first, string secondLanguage, string second) =>
        CheckPosts(firstLanguage, first, secondLanguage, second, ["NL0010"]);

    [Theory]
    // Within a language a noun counted twice is two things (two histograms, two surveys); a statement told twice is matched whole.
    [InlineData("en", "The default histogram has 11 buckets for latency.", "en", "Each service graph histogram keeps 15 buckets in memory.")]
    // "partner" only modifies the noun: lockers are not pharmacies.
    [InlineData("en", "Collect your parcel from any of 1,150 partner lockers.", "it", "Le nostre 640 farmacie partner offrono il vaccino.")]
    // Another order of magnitude is another fact with the same noun.
    [InlineData("en", "Velocell works with 1,200 partner pharmacies.", "it", "Oggi lavorano con noi 210 farmacisti.")]
    // Polish has no pack: its words are not read as nouns.
    [InlineData("en", "Today a team of 180 registered pharmacists works with us.", "pl", "Dziś pracuje z nami 210 farmaceutów.")]
    public void Counts_of_other_things_are_kept_apart(string firstLanguage, string first, string secondLanguage, string second) =>
        CheckPosts(firstLanguage, first, secondLanguage, second, ["NL0010"]);

    [Theory]
    [InlineData("pharmacists", "farmacisti")]
    [InlineData("pharmacy", "farmacia")]
    [InlineData("commission", "comisión")]
    [InlineData("pharmacies", "farmacii")]
    public void Cognates_share_a_key(string one, string other) =>
        FactDriftAnalyzer.CognateKey(one).ShouldBe(FactDriftAnalyzer.CognateKey(other));

    [Theory]
    [InlineData("day")]
    [InlineData("データベース")]
    [InlineData("v2beta")]
    public void Short_words_and_other_scripts_have_no_key(string word) => FactDriftAnalyzer.CognateKey(word).ShouldBeNull();
}
