using Shouldly;
using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.TranslationSentences;

/// <summary>
/// NL2001 on a translation: where the source tells a fact differently from another document, a translation that says
/// what its source says carries the same inconsistency to its reader and is reported too; a translation that says
/// otherwise is NL2002's, against its source.
/// </summary>
public class FaithfulTranslationFactsTests
{
    static readonly string[] AllButFactDrift = [.. NarrativeLint.Analyzers.Descriptors.All.Select(d => d.Id).Where(id => id != "NL2001")];

    const string About = "---\ntitle: About\ndate: 2026-03-03\n---\n\nVelocell was founded in Turin in {|NL2001:2019|} by three engineers.\n";

    static string Brief(string sentence) => Page(["# Velocell brief", sentence, "Read the [annual report](https://velocell.example/report-2025) of VeloGroup."]);

    static void Check(string language, string source, string translation) =>
        Rules.Verify.Files(Rules.Fixture.Registry, [("content/en/about.md", About), ("content/en/brief.md", Brief(source)), ($"content/{language}/brief.md", Brief(translation))], AllButFactDrift);

    [Theory]
    [InlineData("it", "Fondata a Torino nel {|NL2001:2018|}, Velocell serve oggi 120 città.")]
    [InlineData("ro", "Fondată la Torino în {|NL2001:2018|}, Velocell deservește azi 120 de orașe.")]
    public void A_translation_faithful_to_a_source_that_disagrees_is_reported_too(string language, string translation) =>
        Check(language, "Founded in Turin in {|NL2001:2018|}, Velocell serves 120 cities today.", translation);

    [Theory]
    [InlineData("it", "Fondata a Torino nel 2019, Velocell serve oggi 120 città.")]
    [InlineData("ro", "Fondată la Torino în 2019, Velocell deservește azi 120 de orașe.")]
    public void A_translation_that_says_otherwise_is_not_NL2001s(string language, string translation) =>
        Check(language, "Founded in Turin in {|NL2001:2018|}, Velocell serves 120 cities today.", translation);
}
