namespace NarrativeLint.Tests.Precision;

/// <summary>
/// A duration placed only by the act of a promise ("kept", "warranty", "conservate", "garanția") speaks for it only when
/// what the act is done to is the promise's, or is not named: invoices kept for 10 years are not the traffic data kept
/// for at most 6 months, a mattress's warranty is not the sofa frame's. A duration is the time of the act nearest it in its
/// clause: a return window is not broken by the time a refund takes, though "refund" is one of its cues, nor a deletion
/// time by the time after which an account is closed.
/// </summary>
public class ActOnAnotherThingTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: traffic-retention
            statement: We keep the traffic data we need for billing for no longer than 6 months.
            topic: { en: [traffic data, keep, kept], it: [dati di traffico, conservate, conserviamo], ro: [date de trafic, păstrează, păstrăm] }
            facts: [ { kind: duration, value: 6 months, relation: at-most } ]
          - id: frame-warranty
            statement: The frame of every sofa carries a 10-year warranty.
            topic: { en: [warranty, frame], it: [garanzia, telaio], ro: [garanția, garanție, cadrul] }
            facts: [ { kind: duration, value: 10 years, relation: exactly } ]
          - id: return-window
            statement: Unopened products can be returned within 30 days for a full refund.
            topic: { en: [return, returns, refund], it: [reso, resi, rimborso], ro: [retur, returnare, rambursare] }
            facts: [ { kind: duration, value: 30 days, relation: at-least } ]
          - id: account-deletion
            statement: We delete your account data within 60 days of you closing your account.
            topic: { en: [account, account data, delete], it: [account, dati dell'account, cancelliamo], ro: [cont, contul, conturile, datele contului, ștergem] }
            facts: [ { kind: duration, value: 60 days, relation: at-most } ]
        """;

    static bool Contradicts(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1001");

    [Theory]
    [InlineData("Invoices are kept for 10 years, as tax law requires.", "en")]
    [InlineData("Mattresses are a separate product with a 7-year warranty against sagging.", "en")]
    [InlineData("Le fatture sono conservate per 10 anni, come richiesto dalla normativa fiscale.", "it")]
    [InlineData("Imbottiture e tessuti hanno una garanzia di 2 anni.", "it")]
    [InlineData("Facturile se păstrează 10 ani, conform legislației fiscale.", "ro")]
    [InlineData("Saltelele au o garanție de 7 ani împotriva deformării.", "ro")]
    [InlineData("We delete your account data within 30 days of a request. Invoices are kept for 10 years.", "en")]
    [InlineData("Cancelliamo i dati dell'account entro 30 giorni dalla richiesta. Le fatture sono conservate per 10 anni.", "it")]
    [InlineData("Ștergem datele contului în 30 de zile de la cerere. Facturile se păstrează 10 ani.", "ro")]
    public void The_act_done_to_another_thing_is_not_held_to_the_promise(string text, string language) =>
        Contradicts(text, language).ShouldBeFalse();

    [Theory]
    [InlineData("We keep your traffic data for 2 years.", "en")]
    [InlineData("We keep it for 2 years.", "en")]
    [InlineData("Every sofa frame comes with a 5-year warranty.", "en")]
    [InlineData("I dati di traffico sono conservati per 2 anni.", "it")]
    [InlineData("Il telaio ha una garanzia di 5 anni.", "it")]
    [InlineData("Păstrăm datele de trafic 2 ani.", "ro")]
    [InlineData("Cadrul are o garanție de 5 ani.", "ro")]
    [InlineData("We delete your account data within 30 days of a request. Your account data is kept for 2 years.", "en")]
    [InlineData("Cancelliamo i dati dell'account entro 30 giorni dalla richiesta. I dati dell'account sono conservati per 2 anni.", "it")]
    [InlineData("Ștergem datele contului în 30 de zile de la cerere. Datele contului se păstrează 2 ani.", "ro")]
    public void The_promises_own_thing_or_none_still_breaks_it(string text, string language) =>
        Contradicts(text, language).ShouldBeTrue();

    [Theory]
    [InlineData("We refund your original payment method within 5 working days of receiving the parcel.", "en")]
    [InlineData("Il rimborso arriva sulla tua carta entro 5 giorni lavorativi dalla ricezione del pacco.", "it")]
    [InlineData("Rambursarea ajunge pe card în cel mult 5 zile lucrătoare de la primirea coletului.", "ro")]
    [InlineData("Accounts are closed automatically after 3 years without a login.", "en")]
    [InlineData("Gli account inattivi vengono chiusi dopo 24 mesi senza accesso.", "it")]
    [InlineData("Conturile inactive sunt închise după 2 ani fără autentificare.", "ro")]
    public void The_time_of_another_act_of_the_promise_is_not_held_to_it(string text, string language) =>
        Contradicts(text, language).ShouldBeFalse();

    [Theory]
    [InlineData("Unopened products can be returned within 14 days for a full refund.", "en")]
    [InlineData("You can return unopened products within 14 days and get a refund.", "en")]
    [InlineData("I prodotti integri possono essere restituiti entro 14 giorni per un rimborso completo.", "it")]
    [InlineData("Produsele nedesfăcute pot fi returnate în 14 zile pentru rambursare completă.", "ro")]
    [InlineData("We delete your account data within 90 days of you closing your account.", "en")]
    [InlineData("Cancelliamo i dati dell'account entro 90 giorni dalla chiusura dell'account.", "it")]
    [InlineData("Ștergem datele contului în 90 de zile de la închiderea contului.", "ro")]
    public void Another_time_of_the_promises_own_act_still_breaks_it(string text, string language) =>
        Contradicts(text, language).ShouldBeTrue();
}
