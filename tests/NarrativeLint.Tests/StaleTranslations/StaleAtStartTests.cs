using NarrativeLint.Analyzers;
using Shouldly;
using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.StaleTranslations;

/// <summary>
/// NL2002 `stale`: a translation its front matter marks as drifted, or dates before its source, is one finding about the
/// whole page, at the start of the document (line 1), in any language, with or without a pack; a page marked
/// `drifted_from_default: false`, or dated with its source, is silent.
/// </summary>
public class StaleAtStartTests
{
    [Theory]
    [InlineData("it")]
    [InlineData("ro")]
    [InlineData("pl")]
    public void A_page_marked_as_drifted_is_reported_once_at_its_start(string language)
    {
        var finding = CheckPair(language, "{|NL2002:|}" + Page(Blocks[language], extraFrontMatter: "drifted_from_default: true\n")).ShouldHaveSingleItem();
        finding.Property(FindingProperties.Difference).ShouldBe("stale");
        finding.Message.ShouldContain("'drifted_from_default: true, 2026-03-03' here");
    }

    [Theory]
    [InlineData("it")]
    [InlineData("ro")]
    [InlineData("pl")]
    public void A_page_dated_before_its_source_is_reported_at_its_start(string language) =>
        CheckPair(language, "{|NL2002:|}" + Page(Blocks[language], date: "2025-01-10")).ShouldHaveSingleItem().Message.ShouldContain("'2025-01-10' here, '2026-03-03'");

    [Theory]
    [InlineData("it")]
    [InlineData("ro")]
    [InlineData("pl")]
    public void A_page_marked_as_not_drifted_and_dated_with_its_source_is_silent(string language) =>
        CheckPair(language, Page(Blocks[language], extraFrontMatter: "drifted_from_default: false\n")).ShouldBeEmpty();
}
