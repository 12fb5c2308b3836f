using NarrativeLint.Tests.Rules;
using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.Translations;

/// <summary>
/// NL2001 between documents that are not translations of each other: a fact placed by its concept alone meets only a
/// value of its own order (a misstated figure, not another fact with the same noun), and a translation's facts are its
/// source's, which NL2002 compares.
/// </summary>
public class FactOrderTests
{
    [Theory]
    [InlineData("en", "Velocell now has {|NL2001:3,400|} employees.", "ro", "Velocell are acum {|NL2001:4.300|} de angajați.")]
    [InlineData("en", "Velocell now has {|NL2001:3,400|} employees.", "it", "Velocell ha oggi {|NL2001:4.300|} dipendenti.")]
    [InlineData("en", "Velocell runs {|NL2001:1,200|} shops.", "it", "Velocell gestisce {|NL2001:1.400|} negozi.")]
    [InlineData("en", "Velocell runs {|NL2001:38|} shops.", "ro", "Velocell are {|NL2001:83|} de magazine.")]
    public void A_figure_misstated_is_reported(string firstLanguage, string first, string secondLanguage, string second) =>
        CheckPosts(firstLanguage, first, secondLanguage, second);

    [Theory]
    [InlineData("en", "The outage left 11,000 customers without service.", "en", "Last month 3,100 customers switched to fibre.")]
    [InlineData("en", "Velocell has 40 engineers on call at night.", "ro", "Velocell are acum 4.300 de angajați.")]
    [InlineData("it", "Velocell ha 26 negozi in città.", "ro", "Velocell are 210 magazine în oraș.")]
    public void Another_fact_with_the_same_noun_is_kept_apart(string firstLanguage, string first, string secondLanguage, string second) =>
        CheckPosts(firstLanguage, first, secondLanguage, second);

    [Fact]
    public void A_translations_value_is_reported_once_against_its_source_not_against_other_pages() =>
        Verify.Files(Fixture.Registry,
        [
            (SourcePath, Page(Blocks["en"])),
            // The Italian page drifted: 135 shops for its source's 120; the English press note agrees with the source.
            (TranslationPath("it"), Page(With("it", 1, "Velocell gestisce {|NL2002:135|} negozi in Italia e Romania."))),
            ("content/en/press.md", Page(["Velocell runs 120 shops in Italy and Romania, and more open soon."], date: "2026-03-04")),
        ], [.. OtherRules.Where(id => id != "NL2001")]);
}
