using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.FactAttachment;

/// <summary>
/// NL2001: a year's event is of what stands before it — the company (its name, "we", or nothing), or another name or a
/// part of it ("Our Turin lab was founded in 2016"): the company's founding and a part's are two facts.
/// </summary>
public class EventSubjectTests
{
    [Theory]
    [InlineData("en", "Acme was founded in {|NL2001:2009|} by two engineers.", "it", "Acme è nata nel {|NL2001:2011|} a Torino.")]
    [InlineData("ro", "Acme a fost fondată în {|NL2001:2011|} la Cluj.", "en", "Founded in {|NL2001:2009|}, the company now runs twelve data centres.")]
    [InlineData("en", "Our Turin lab was founded in {|NL2001:2016|}.", "en", "Our Turin lab was founded in {|NL2001:2014|}, next to the station.")]
    public void The_same_subjects_founding_told_with_two_years_is_reported(string firstLanguage, string first, string secondLanguage, string second) =>
        CheckPosts(firstLanguage, first, secondLanguage, second);

    [Theory]
    [InlineData("en", "Acme was founded in 2009 by two engineers.", "en", "Our Turin lab was founded in 2016.")]
    [InlineData("it", "Acme è nata nel 2009 a Torino.", "it", "Il nostro negozio di Torino è nato nel 2015.")]
    [InlineData("en", "Acme was founded in 2009 by two engineers.", "ro", "Laboratorul nostru din Cluj a fost fondat în 2016.")]
    [InlineData("en", "Acme was founded in 2009 by two engineers.", "en", "Acme TV launched in 2019.")]
    public void A_parts_founding_is_not_the_companys(string firstLanguage, string first, string secondLanguage, string second) =>
        CheckPosts(firstLanguage, first, secondLanguage, second);
}
