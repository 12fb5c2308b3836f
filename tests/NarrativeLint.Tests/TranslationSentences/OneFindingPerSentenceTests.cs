using Shouldly;
using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.TranslationSentences;

/// <summary>
/// NL2002 gathers the differences of one translated sentence into one finding, which quotes every value on both sides:
/// opening hours changed at both ends, a firmware's version and its release date. Differences in two sentences stay two.
/// </summary>
public class OneFindingPerSentenceTests
{
    [Theory]
    [InlineData("it", "La linea VeloCare è aperta dalle {|NL2002:9:00 alle 18:00|}.")]
    [InlineData("ro", "Linia VeloCare este deschisă între {|NL2002:9:00 și 18:00|}.")]
    [InlineData("pl", "Infolinia VeloCare działa od {|NL2002:9:00 do 18:00|}.")]
    public void Both_ends_of_a_range_changed_are_one_finding(string language, string translated)
    {
        var finding = CheckBlock(language, "The VeloCare line is open from 8:00 to 22:00.", translated).ShouldHaveSingleItem();
        finding.Message.ShouldContain("'8:00 … 22:00'");
    }

    [Theory]
    [InlineData("it", "Il firmware VeloBox {|NL2002:4.1.2 è uscito il 14 settembre 2025|}.")]
    [InlineData("ro", "Firmware-ul VeloBox {|NL2002:4.1.2 a apărut pe 14 septembrie 2025|}.")]
    public void A_version_and_a_date_changed_in_one_sentence_are_one_finding_of_both_kinds(string language, string translated)
    {
        var finding = CheckBlock(language, "VeloBox firmware 4.2.1 came out on 14 October 2025.", translated).ShouldHaveSingleItem();
        finding.Message.ShouldStartWith("Values differ from the source");
        finding.Property(NarrativeLint.Analyzers.FindingProperties.Difference).ShouldBe("version,date");
        finding.Diagnostic.AdditionalLocations.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("it", "Il firmware VeloBox {|NL2002:4.1.2|} è disponibile. È uscito il {|NL2002:14 settembre 2025|}.")]
    [InlineData("ro", "Firmware-ul VeloBox {|NL2002:4.1.2|} este disponibil. A apărut pe {|NL2002:14 septembrie 2025|}.")]
    public void Differences_in_two_sentences_are_two_findings(string language, string translated) =>
        CheckBlock(language, "VeloBox firmware 4.2.1 is available. It came out on 14 October 2025.", translated).Count.ShouldBe(2);

    [Theory]
    [InlineData("it", "Il firmware VeloBox 4.2.1 è uscito il 14 ottobre 2025.")]
    [InlineData("ro", "Firmware-ul VeloBox 4.2.1 a apărut pe 14 octombrie 2025.")]
    public void A_faithful_sentence_is_silent(string language, string translated) =>
        CheckBlock(language, "VeloBox firmware 4.2.1 came out on 14 October 2025.", translated).ShouldBeEmpty();
}
