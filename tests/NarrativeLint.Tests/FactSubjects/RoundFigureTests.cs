using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.FactSubjects;

/// <summary>
/// NL2001: a count given as a bound is a round figure and means the values up to the next round one ("over 900" fewer
/// than 1,000, "circa 4.500" 4,250–4,750, "peste 60" fewer than 70). Two facts disagree when the values they mean do
/// not meet; "over 1,000" and "1,400" agree.
/// </summary>
public class RoundFigureTests
{
    [Theory]
    [InlineData("en", "We employ {|NL2001:over 900|} engineers in our offices.", "en", "We employ {|NL2001:more than 1,200|} engineers in our offices.")]
    [InlineData("it", "Abbiamo {|NL2001:circa 4.500|} dipendenti in Italia.", "it", "Abbiamo {|NL2001:oltre 6.000|} dipendenti in Italia.")]
    [InlineData("ro", "Echipa noastră numără {|NL2001:peste 60|} de angajați.", "ro", "Echipa noastră numără {|NL2001:45|} de angajați.")]
    [InlineData("en", "We employ {|NL2001:over 900|} engineers in our offices.", "it", "Abbiamo {|NL2001:1.400|} dipendenti nei nostri uffici.")]
    public void Bounds_whose_meant_values_do_not_meet_disagree(string firstLanguage, string first, string secondLanguage, string second) =>
        CheckPosts(firstLanguage, first, secondLanguage, second);

    [Theory]
    [InlineData("en", "We employ over 1,000 engineers in our offices.", "en", "We employ 1,400 engineers in our offices.")]
    [InlineData("it", "Abbiamo circa 4.500 dipendenti in Italia.", "it", "Abbiamo 4.600 dipendenti in Italia.")]
    [InlineData("ro", "Echipa noastră numără peste 60 de angajați.", "ro", "Echipa noastră numără 65 de angajați.")]
    [InlineData("en", "We employ over 1,000 engineers in our offices.", "ro", "Echipa noastră numără 1.400 de angajați.")]
    public void Bounds_whose_meant_values_meet_agree(string firstLanguage, string first, string secondLanguage, string second) =>
        CheckPosts(firstLanguage, first, secondLanguage, second);
}
