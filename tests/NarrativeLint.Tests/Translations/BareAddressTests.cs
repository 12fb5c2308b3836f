using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.Translations;

/// <summary>Web addresses a caption or a mail writes as text are links too; a link to the reader's own language keeps its source's digits.</summary>
public class BareAddressTests
{
    [Theory]
    [InlineData("it", "Find the VeloPass country list at velocell.example/roaming/countries.", "Trovi l'elenco dei paesi VeloPass su velocell.example/it/roaming/paesi.")]
    [InlineData("ro", "The full VeloFibre timetable is at [velocell.example/network/copper](https://velocell.example/network/copper).",
        "Calendarul complet VeloFibre este la [velocell.example/retea/cupru](https://velocell.example/ro/retea/cupru).")]
    [InlineData("it", "Read it on [VeloWiki](https://en.wikipedia.org/wiki/Fibre).", "Leggilo su [VeloWiki](https://it.wikipedia.org/wiki/Fibra_ottica).")]
    public void An_address_of_the_readers_own_page_is_no_drift(string language, string source, string translation) =>
        CheckBlock(language, source, translation).ShouldBeEmpty();

    [Theory]
    [InlineData("it", "Find the VeloPass country list at velocell.example/roaming/countries.", "Trovi l'elenco dei paesi VeloPass su {|NL2002:velocell.example/roaming/paesi-2024|}.")]
    [InlineData("ro", "Find the VeloPass country list at velocell.example/roaming/countries.", "Găsești lista țărilor VeloPass la {|NL2002:velocell.example/ro/roaming/tari-2024|}.")]
    public void An_address_to_another_or_an_older_page_is_drift(string language, string source, string translation) =>
        CheckBlock(language, source, translation).ShouldHaveSingleItem();
}
