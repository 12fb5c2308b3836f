using NarrativeLint.Tests.Rules;

namespace NarrativeLint.Tests.FactSubjects;

/// <summary>
/// NL2001 within one language: a noun counted twice with two values is compared when both clauses tell one subject's
/// attribute — the company speaking of itself (a first-person word or the brand's name), one set of names, or one noun
/// phrase of two words or more — in documents of one month; without any of these, or in posts of two months, or where a
/// document states both values (two cases of one thing), the counts stay apart.
/// </summary>
public class OneSubjectTests
{
    static void Check(string language, string first, string second, string firstDate = Fixture.Date, string secondDate = Fixture.Date) =>
        Verify.Files(Fixture.Registry, [Fixture.Post(first, language, firstDate, $"{language}/one.md"), Fixture.Post(second, language, secondDate, $"{language}/two.md")]);

    [Theory]
    // The company speaking of itself.
    [InlineData("en", "Today we run {|NL2001:42|} clinics across four countries.", "Our {|NL2001:38|} clinics are ready for spring.")]
    [InlineData("it", "Oggi la nostra rete conta {|NL2001:42|} cliniche in quattro paesi.", "Le nostre {|NL2001:38|} cliniche sono pronte per la primavera.")]
    [InlineData("ro", "Rețeaua noastră are astăzi {|NL2001:42|} de clinici în patru țări.", "Toate cele {|NL2001:38|} de clinici ale noastre sunt pregătite.")]
    // The brand's name in both clauses.
    [InlineData("en", "The Acme Cloud network has {|NL2001:42|} clinics across four countries.", "Acme Cloud opened all {|NL2001:38|} clinics on time this spring.")]
    // One named thing.
    [InlineData("it", "Su Velora Pharmacy ci sono {|NL2001:4.500|} prodotti per il tuo animale.", "Sul sito di Velora Pharmacy trovi {|NL2001:6.000|} prodotti per cani e gatti.")]
    // One noun phrase of two words.
    [InlineData("en", "Drop your parcel at one of {|NL2001:210|} partner lockers near you.", "Returns go to any of the {|NL2001:180|} partner lockers in town.")]
    [InlineData("ro", "Pacientul este văzut de unul dintre cei {|NL2001:45|} de medici veterinari din rețea.", "Programarea se face cu unul dintre cei {|NL2001:60|} de medici veterinari disponibili.")]
    public void Counts_of_one_subject_in_one_language_are_compared(string language, string first, string second) => Check(language, first, second);

    [Theory]
    // No subject: two surveys, two elections.
    [InlineData("en", "The survey received 186 responses from users.", "The workshop survey received 104 responses overall.")]
    [InlineData("it", "Il sondaggio ha raccolto 186 risposte dagli utenti.", "Il secondo sondaggio ha raccolto 104 risposte in tutto.")]
    [InlineData("ro", "Sondajul a strâns 186 de răspunsuri de la utilizatori.", "Al doilea sondaj a strâns 104 răspunsuri în total.")]
    // Counts of one subject, of two noun phrases.
    [InlineData("en", "Our 120 franchise shops are open on Sundays.", "Our 140 outlet shops are open on Sundays.")]
    // One-word nouns without a subject.
    [InlineData("en", "The region counts 42 clinics across four countries.", "Volunteers staff 38 clinics every spring.")]
    public void Counts_of_no_one_subject_are_kept_apart(string language, string first, string second) => Check(language, first, second);

    [Theory]
    // Posts of two months tell two times: this year's members and last year's.
    [InlineData("en", "This year we had 513 eligible members.", "This year we had 616 eligible members.")]
    [InlineData("it", "Quest'anno abbiamo avuto 513 membri votanti.", "Quest'anno abbiamo avuto 616 membri votanti.")]
    [InlineData("ro", "Anul acesta am avut 513 de membri cu drept de vot.", "Anul acesta am avut 616 de membri cu drept de vot.")]
    public void Counts_of_one_subject_in_posts_of_two_months_are_kept_apart(string language, string first, string second) =>
        Check(language, first, second, "2023-10-27", "2024-10-24");

    [Fact]
    public void A_document_that_states_both_values_tells_two_cases_of_one_thing() =>
        Check("en", "Acme Cloud serves 120 partner shops in the north. Acme Cloud serves 140 partner shops in the south.",
            "Acme Cloud serves 140 partner shops this year.");

    [Fact]
    public void A_document_that_states_one_value_disagrees_with_another() =>
        Check("en", "Acme Cloud serves {|NL2001:120|} partner shops in the north.", "Acme Cloud serves {|NL2001:140|} partner shops this year.");
}
