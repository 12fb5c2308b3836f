using Shouldly;
using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.TranslatedDenials;

/// <summary>
/// NL2002 negation: a negated "forget" ("Nu uita că…", "Non dimenticare che…", "Don't forget that…") bids the reader
/// remember and denies nothing, so it translates "Remember that…" (the packs' not-cues); a denial of the statement itself
/// is still a flip.
/// </summary>
public class NegatedForgetTests
{
    [Theory]
    [InlineData("it", "Remember that you earn 10 points for every euro you spend on your room.", "Non dimenticare che guadagni 10 punti per ogni euro speso per la camera.")]
    [InlineData("ro", "Remember that you earn 10 points for every euro you spend on your room.", "Nu uita că primești 10 puncte pentru fiecare euro cheltuit pe cameră.")]
    [InlineData("it", "Don't forget that you earn 10 points for every euro you spend on your room.", "Ricorda che guadagni 10 punti per ogni euro speso per la camera.")]
    public void Remembering_and_not_forgetting_are_one_statement(string language, string source, string translation) =>
        CheckBlock(language, source, translation).ShouldBeEmpty();

    [Theory]
    [InlineData("it", "You earn 10 points for every euro you spend on your room.", "{|NL2002:Non|} guadagni 10 punti per ogni euro speso per la camera.")]
    [InlineData("ro", "You earn 10 points for every euro you spend on your room.", "{|NL2002:Nu|} primești 10 puncte pentru fiecare euro cheltuit pe cameră.")]
    public void A_denied_statement_is_still_a_flip(string language, string source, string translation) =>
        CheckBlock(language, source, translation).ShouldHaveSingleItem().Property(NarrativeLint.Analyzers.FindingProperties.Difference).ShouldBe("negation");
}
