using Shouldly;
using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.TranslatedDenials;

/// <summary>
/// NL2002 negation: "does not change" and "stays the same" say one thing, so a translator may write either; the packs'
/// negative words ("same", "stesso", "același", "unchanged") hold that denial. A change said as a change is still a flip;
/// a language without a pack knows no negation, so nothing is compared there.
/// </summary>
public class SamenessTests
{
    [Theory]
    [InlineData("it", "Our phone number does not change: +39 02 4860 3310.", "Il numero di telefono resta lo stesso: +39 02 4860 3310.")]
    [InlineData("it", "Opening hours stay the same: Monday to Friday 8:00–20:00.", "Gli orari non cambiano: dal lunedì al venerdì 8:00–20:00.")]
    [InlineData("ro", "Our phone number does not change: +39 02 4860 3310.", "Numărul de telefon rămâne același: +39 02 4860 3310.")]
    [InlineData("ro", "Opening hours stay unchanged: Monday to Friday 8:00–20:00.", "Programul nu se schimbă: de luni până vineri 8:00–20:00.")]
    [InlineData("pl", "Our phone number does not change: +39 02 4860 3310.", "Nasz numer telefonu pozostaje taki sam: +39 02 4860 3310.")]
    public void Not_changing_and_staying_the_same_are_one_statement(string language, string source, string translation) =>
        CheckBlock(language, source, translation).ShouldBeEmpty();

    [Theory]
    [InlineData("it", "Our phone number does not change: +39 02 4860 3310.", "{|NL2002:Il nostro numero di telefono cambia: +39 02 4860 3310.|}")]
    [InlineData("ro", "Our phone number does not change: +39 02 4860 3310.", "{|NL2002:Numărul nostru de telefon se schimbă: +39 02 4860 3310.|}")]
    public void A_change_said_as_a_change_is_still_a_flip(string language, string source, string translation) =>
        CheckBlock(language, source, translation).ShouldHaveSingleItem().Property(NarrativeLint.Analyzers.FindingProperties.Difference).ShouldBe("negation");
}
