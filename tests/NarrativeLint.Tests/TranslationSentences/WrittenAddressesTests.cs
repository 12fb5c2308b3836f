using Shouldly;
using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.TranslationSentences;

/// <summary>
/// NL2002 on addresses a block writes as text: a web address is one link, its digits are not numbers too ("terms-2024"
/// is one changed link, not a link and a year); an e-mail address is a link a translation keeps, with or without a pack.
/// </summary>
public class WrittenAddressesTests
{
    [Theory]
    [InlineData("it", "Leggi le condizioni su {|NL2002:https://velocell.example/delivery/terms-2024|} oppure chiama VeloCare.")]
    [InlineData("ro", "Citește condițiile pe {|NL2002:https://velocell.example/delivery/terms-2024|} sau sună la VeloCare.")]
    [InlineData("pl", "Przeczytaj warunki na {|NL2002:https://velocell.example/delivery/terms-2024|} lub zadzwoń do VeloCare.")]
    public void A_web_address_with_another_year_is_one_changed_link(string language, string translated) =>
        CheckBlock(language, "Read the terms at https://velocell.example/delivery/terms-2025 or call VeloCare.", translated)
            .ShouldHaveSingleItem().Property(NarrativeLint.Analyzers.FindingProperties.Difference).ShouldBe("link");

    [Theory]
    [InlineData("it", "Leggi le condizioni su https://velocell.example/delivery/terms-2025 oppure chiama VeloCare.")]
    [InlineData("pl", "Przeczytaj warunki na https://velocell.example/delivery/terms-2025 lub zadzwoń do VeloCare.")]
    public void The_same_web_address_is_silent(string language, string translated) =>
        CheckBlock(language, "Read the terms at https://velocell.example/delivery/terms-2025 or call VeloCare.", translated).ShouldBeEmpty();

    [Theory]
    [InlineData("it", "Stampa VeloGroup: {|NL2002:stampa@velocell.example|}, +39 02 8888 1000.")]
    [InlineData("ro", "Presă VeloGroup: {|NL2002:presa@velocell.example|}, +39 02 8888 1000.")]
    [InlineData("pl", "Prasa VeloGroup: {|NL2002:prasa@velocell.example|}, +39 02 8888 1000.")]
    public void Another_mail_address_is_a_changed_link(string language, string translated) =>
        CheckBlock(language, "VeloGroup media: press@velocell.example, +39 02 8888 1000.", translated)
            .ShouldHaveSingleItem().Property(NarrativeLint.Analyzers.FindingProperties.Difference).ShouldBe("link");

    [Theory]
    [InlineData("it", "Stampa VeloGroup: [press@velocell.example](mailto:press@velocell.example), +39 02 8888 1000.")]
    [InlineData("ro", "Presă VeloGroup: press@velocell.example, +39 02 8888 1000.")]
    public void The_same_mail_address_linked_or_bare_is_silent(string language, string translated) =>
        CheckBlock(language, "VeloGroup media: press@velocell.example, +39 02 8888 1000.", translated).ShouldBeEmpty();
}
