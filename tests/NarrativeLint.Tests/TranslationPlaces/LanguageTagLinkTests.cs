using Shouldly;
using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.TranslationPlaces;

/// <summary>
/// NL2002 on links: the source's link with the reader's language added to a name ("welcome-it", "guide_ro.pdf",
/// "terms.pl.html") is the same page in the translation's language, with or without a pack; another name or year is not.
/// </summary>
public class LanguageTagLinkTests
{
    [Theory]
    [InlineData("it", "Read it [online](https://velocell.example/mail/welcome).", "Leggila [online](https://velocell.example/mail/welcome-it).")]
    [InlineData("ro", "Download the [guide](https://velocell.example/docs/guide.pdf).", "Descarcă [ghidul](https://velocell.example/docs/guide_ro.pdf).")]
    [InlineData("pl", "See the [terms](https://velocell.example/legal/terms.html).", "Zobacz [regulamin](https://velocell.example/legal/terms.pl.html).")]
    public void The_sources_page_in_the_readers_language_is_no_drift(string language, string source, string translation) =>
        CheckBlock(language, source, translation).ShouldBeEmpty();

    [Theory]
    [InlineData("it", "Read it [online](https://velocell.example/mail/welcome).", "Leggila [online]({|NL2002:https://velocell.example/mail/welcome-it-2024|}).")]
    [InlineData("ro", "Download the [guide](https://velocell.example/docs/guide-2025.pdf).", "Descarcă [ghidul]({|NL2002:https://velocell.example/docs/guide-2024_ro.pdf|}).")]
    [InlineData("pl", "See the [terms](https://velocell.example/legal/terms.html).", "Zobacz [regulamin]({|NL2002:https://velocell.example/legal/old-terms.pl.html|}).")]
    public void Another_page_is_drift(string language, string source, string translation) =>
        CheckBlock(language, source, translation).ShouldHaveSingleItem();
}
