using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.FactSubjects;

/// <summary>
/// NL2001: a price per a unit of sale ("€3 per day", "22 € a notte", "69 € pe persoană") is the price of what its clause is
/// about, or of the names its sentence tells where a name opens the clause; two documents of one language that price one
/// thing per one unit with two values disagree, in sentences worded apart. Other subjects, other units, prices per a
/// period, and documents of two months are kept apart.
/// </summary>
public class TariffTests
{
    [Theory]
    [InlineData("en", "A helmet can be added to the booking for {|NL2001:€4|} a day, or bring your own.", "Helmet hire is {|NL2001:€3|} per day; sizes are in drawer 2.")]
    [InlineData("it", "Il casco si aggiunge alla prenotazione per {|NL2001:4 €|} al giorno, oppure porti il tuo.", "Il casco a noleggio è a {|NL2001:3 €|} al giorno; le taglie sono nel cassetto.")]
    [InlineData("ro", "Pentru casca de protecție plătești {|NL2001:4 €|} pe zi, sau o aduci pe a ta.", "Casca de protecție este {|NL2001:3 €|} pe zi; mărimile sunt în sertar.")]
    public void One_subjects_price_per_a_unit_told_two_ways_is_reported(string language, string first, string second) =>
        CheckPosts(language, first, language, second);

    [Theory]
    // "per delegate" and "per person" are one unit of sale (the packs' sale-units); the names tell the package.
    [InlineData("en", "Our Day Meeting package, now at {|NL2001:€75|} per delegate, was booked by many companies.", "The Day Meeting package costs {|NL2001:€69|} per person and includes lunch.")]
    [InlineData("it", "Il pacchetto Day Meeting, ora a {|NL2001:75 €|} per partecipante, piace alle aziende.", "Il Day Meeting costa {|NL2001:69 €|} a persona e include il pranzo.")]
    [InlineData("ro", "Pachetul Day Meeting, acum la {|NL2001:75 €|} pe participant, a fost rezervat de multe firme.", "Pachetul Day Meeting este {|NL2001:69 €|} pe persoană și include prânzul.")]
    public void A_named_things_price_per_one_unit_of_sale_told_two_ways_is_reported(string language, string first, string second) =>
        CheckPosts(language, first, language, second);

    [Theory]
    // Another subject: a dog's night is not a parking space's.
    [InlineData("en", "Dogs are welcome for €20 per night, bowls included.", "Parking in the garage is €28 per night for hotel guests.")]
    [InlineData("it", "I cani sono benvenuti per 20 € a notte, ciotole incluse.", "Il parcheggio in garage è a 28 € a notte per gli ospiti.")]
    [InlineData("ro", "Câinii sunt bineveniți pentru 20 € pe noapte, cu boluri incluse.", "Parcarea în garaj este 28 € pe noapte pentru oaspeți.")]
    // Another unit: a day is not an hour.
    [InlineData("en", "Bike hire is €25 per day with a lock and a helmet.", "Bike hire is €12 per hour with a lock and a helmet.")]
    // One noun, another thing of it: bike hire is not bike parking; a rented helmet is not a helmet's repair.
    [InlineData("en", "Bike hire is €25 per day at every depot.", "Bike parking is €15 per day at every depot.")]
    [InlineData("ro", "Casca închiriată este 4 € pe zi la fiecare depozit.", "Casca reparată este 3 € pe zi la fiecare depozit.")]
    // A price per a period: a plan's offers restate it with other values (NamedPriceTests).
    [InlineData("en", "Helmet insurance is €4 a month for every rider.", "Helmet insurance is just €3 a month for every rider this spring.")]
    // A price in a sentence that tells a date is an offer of its time.
    [InlineData("en", "Helmet hire is €3 per day on every rental.", "Helmet hire is €2 per day until 30 June 2026 on every rental.")]
    // Another name: two hotels' parking.
    [InlineData("en", "At Aurora Verona, parking is €22 per night.", "At Aurora Berlin, parking is €28 per night.")]
    public void Tariffs_of_other_things_units_or_times_are_not_compared(string language, string first, string second) =>
        CheckPosts(language, first, language, second);

    [Fact]
    public void Tariffs_of_documents_dated_in_two_months_are_not_compared() =>
        Rules.Verify.Files(Rules.Fixture.Registry,
            [Rules.Fixture.Post("Helmet hire is €3 per day at every depot.", "en", date: "2026-03-03", path: "en/one.md"),
             Rules.Fixture.Post("A helmet can be added to the booking for €4 a day at every depot.", "en", date: "2026-09-03", path: "en/two.md")]);
}
