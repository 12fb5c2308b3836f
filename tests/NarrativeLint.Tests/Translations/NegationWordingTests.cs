using NarrativeLint.Engine.Translations;
using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.Translations;

/// <summary>
/// How a denial may be said in a translation without a flip: with a negative word the denying side lacks ("no fee" /
/// "gratuita"), with a negative prefix ("unfamiliar" / "non conosci"), or as a label kept in the source's words. A
/// denial added where both sides say the same negative word ("free" / "nu este gratuită") still is a flip. Names written
/// with a capital inside a sentence place the blocks whose polarity is compared.
/// </summary>
public class NegationWordingTests
{
    [Theory]
    [InlineData("it", "If you are unfamiliar with VeloGit, read the VeloGroup guide.", "Se non conosci VeloGit, leggi la guida di VeloGroup.")]
    [InlineData("ro", "Add the VeloGit files listed under Changes not staged for commit.", "Adaugă fișierele VeloGit listate sub Changes not staged for commit.")]
    [InlineData("it", "There is no fee for VeloFibre installation.", "L'installazione di VeloFibre è gratuita.")]
    public void A_denial_said_another_way_is_no_flip(string language, string source, string translation) =>
        CheckBlock(language, source, translation).ShouldBeEmpty();

    [Theory]
    [InlineData("ro", "VeloFibre installation is free for every new customer.", "Instalarea VeloFibre {|NL2002:nu|} este gratuită pentru clienții noi.")]
    [InlineData("it", "VeloFibre installation is free for every new customer.", "L'installazione VeloFibre {|NL2002:non|} è gratuita per i nuovi clienti.")]
    public void A_denial_added_to_the_same_negative_word_is_a_flip(string language, string source, string translation) =>
        CheckBlock(language, source, translation).ShouldHaveSingleItem();

    [Fact]
    public void Names_with_a_capital_inside_a_sentence_place_a_block_with_no_number()
    {
        // "European", "Economic" (accents and case aside) place the Romanian sentence with its source; "We", opening the sentence, does not.
        CheckBlock("ro", "We do not transfer your personal data outside the European Economic Area.",
            "{|NL2002:Transferăm datele tale personale și în afara Spațiului Economic European.|}").ShouldHaveSingleItem();
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        CapitalisedNames.AddTo("We opened in Pavía. Our Data centre is in Milan: Torino next.", anchors);
        anchors.OrderBy(a => a, StringComparer.Ordinal).ShouldBe(["p:data", "p:milan", "p:pavia"]);
    }
}
