namespace NarrativeLint.Tests.Precision;

/// <summary>
/// What a quantity or an act is bound to, clause by clause: how far ahead is not how long a slot lasts, a noun
/// counted by one number is not measured by the next, a scoped promise is held to the clause that names its scope,
/// and a label ("d) Points expiry") affirms nothing.
/// </summary>
public class ClauseBindingTests
{
    const string Registry = """
        brand: { name: Frescala, languages: [en, it, ro] }
        commitments:
          - id: slot-one-hour
            statement: We deliver inside the one-hour delivery slot you book.
            topic: { en: [slot, delivery slot], it: [fascia, fascia oraria], ro: [interval, interval orar] }
            facts: [ { kind: duration, value: 1 hour, relation: at-most } ]
          - id: order-accuracy
            statement: At least 98% of orders arrive complete.
            topic: { en: [orders, complete], it: [ordini, completi], ro: [comenzi, complete] }
            facts: [ { kind: percentage, value: 98%, relation: at-least } ]
          - id: essentials-no-palm-oil
            statement: Frescala Essentials products never contain palm oil.
            polarity: never
            scope: { en: [Frescala Essentials], it: [Frescala Essentials], ro: [Frescala Essentials] }
            topic: { en: [palm oil, contain], it: [olio di palma, contengono], ro: [ulei de palmier, conțin] }
          - id: points-never-expire
            statement: Club points never expire.
            polarity: never
            topic: { en: [points, expire, expiry], it: [punti, scadono, scadenza], ro: [puncte, expiră, expirare] }
        """;

    static IEnumerable<string> Ids(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Select(f => f.Id);

    [Theory]
    [InlineData("You can book a slot up to 14 days ahead, and change it until 2 hours before it starts.", "en")]
    [InlineData("Puoi prenotare una fascia fino a 14 giorni in anticipo.", "it")]
    [InlineData("Poți rezerva un interval cu până la 14 zile în avans.", "ro")]
    public void How_far_ahead_a_slot_is_booked_is_not_how_long_it_lasts(string text, string language) =>
        Ids(text, language).ShouldNotContain("NL1001");

    [Theory]
    [InlineData("Our delivery slot now lasts 3 hours.", "en")]
    [InlineData("La fascia di consegna ora dura 3 ore.", "it")]
    [InlineData("Intervalul de livrare durează acum 3 ore.", "ro")]
    public void A_longer_slot_still_breaks_the_promise(string text, string language) =>
        Ids(text, language).ShouldContain("NL1001");

    [Theory]
    [InlineData("A look back: 31 million orders, 62% of vans electric and 98.6% of deliveries on time.", "en")]
    [InlineData("Un anno in numeri: 31 milioni ordini, 62% dei furgoni elettrici e 98,6% delle consegne puntuali.", "it")]
    public void A_noun_counted_by_one_number_is_not_measured_by_another(string text, string language) =>
        Ids(text, language).ShouldNotContain("NL1001");

    [Theory]
    [InlineData("Last year only 91% of orders arrived complete.", "en")]
    [InlineData("Lo scorso anno solo il 91% degli ordini è arrivato completo.", "it")]
    public void A_lower_share_of_complete_orders_still_breaks_the_promise(string text, string language) =>
        Ids(text, language).ShouldContain("NL1001");

    [Theory]
    [InlineData("Vita gummies contain a little palm oil in the coating; our Frescala Essentials range never does.", "en")]
    [InlineData("Le caramelle Vita contengono un po' di olio di palma; i prodotti Frescala Essentials non ne contengono mai.", "it")]
    public void A_scoped_promise_is_held_to_the_clause_that_names_its_scope(string text, string language) =>
        Ids(text, language).ShouldNotContain("NL1003");

    [Theory]
    [InlineData("Our Frescala Essentials biscuits now contain palm oil.", "en")]
    [InlineData("I biscotti Frescala Essentials ora contengono olio di palma.", "it")]
    [InlineData("Biscuiții Frescala Essentials conțin acum ulei de palmier.", "ro")]
    public void The_scoped_product_doing_the_act_still_breaks_the_promise(string text, string language) =>
        Ids(text, language).ShouldContain("NL1003");

    [Theory]
    [InlineData("d) Points expiry", "en")]
    [InlineData("d) Scadenza dei punti", "it")]
    [InlineData("d) Expirarea punctelor", "ro")]
    public void A_label_affirms_nothing(string text, string language) =>
        Ids(text, language).ShouldNotContain("NL1003");

    [Theory]
    [InlineData("Unused points expire after 12 months.", "en")]
    [InlineData("I punti del Club scadono dopo 12 mesi.", "it")]
    [InlineData("Punctele nefolosite expiră după 12 luni.", "ro")]
    public void A_sentence_saying_points_expire_still_breaks_the_promise(string text, string language) =>
        Ids(text, language).ShouldContain("NL1003");
}
