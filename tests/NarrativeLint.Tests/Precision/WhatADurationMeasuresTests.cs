namespace NarrativeLint.Tests.Precision;

/// <summary>
/// What a duration measures: not a product's name beside it ("leave Tessera Fibra in the first 24 months" is a
/// term), the noun it is the length of ("a minimum term of 24 months"), and a threshold the promise starts from is
/// contradicted only by a condition told another way, not by how long something lasted.
/// </summary>
public class WhatADurationMeasuresTests
{
    const string Registry = """
        brand: { name: Tessera, languages: [en, it, ro] }
        commitments:
          - id: fibre-activation
            statement: Tessera Fibra is activated within 15 calendar days of your order.
            topic: { en: [Tessera Fibra, activated, activation], it: [Tessera Fibra, attivata, attivazione], ro: [Tessera Fibra, activată, activare] }
            facts: [ { kind: duration, value: 15 days, relation: at-most } ]
          - id: gateway-warranty
            statement: Every Tessera Gateway comes with a 36-month hardware warranty.
            topic: { en: [gateway, warranty], it: [gateway, garanzia], ro: [gateway, garanție] }
            facts: [ { kind: duration, value: 36 months, relation: at-least } ]
          - id: outage-credit
            statement: If a fault keeps your home line down for more than 24 hours, we credit a full day of your fee.
            topic: { en: [fault, line down, offline, outage], it: [guasto, linea, disservizio], ro: [defecțiune, linia, întrerupere] }
            facts: [ { kind: duration, value: 24 hours, relation: at-least } ]
        """;

    static IEnumerable<string> Ids(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Select(f => f.Id);

    [Theory]
    [InlineData("If you leave Tessera Fibra in the first 24 months, you pay the remaining gateway instalments.", "en")]
    [InlineData("Se lasci Tessera Fibra nei primi 24 mesi, paghi le rate residue del gateway.", "it")]
    [InlineData("Dacă renunți la Tessera Fibra înainte de 24 de luni, plătești ratele rămase.", "ro")]
    public void A_products_name_is_not_what_a_duration_measures(string text, string language) =>
        Ids(text, language).ShouldNotContain("NL1001");

    [Theory]
    [InlineData("Tessera Fibra is now activated within 30 days.", "en")]
    [InlineData("Tessera Fibra viene attivata entro 30 giorni.", "it")]
    [InlineData("Tessera Fibra este activată în cel mult 30 de zile.", "ro")]
    public void A_slower_activation_still_breaks_the_promise(string text, string language) =>
        Ids(text, language).ShouldContain("NL1001");

    [Theory]
    [InlineData("The gateway plan has a minimum term of 24 months.", "en")]
    [InlineData("Il gateway ha un termine contrattuale di 24 mesi.", "it")]
    public void A_duration_measures_the_noun_it_is_the_length_of(string text, string language) =>
        Ids(text, language).ShouldNotContain("NL1001");

    [Theory]
    [InlineData("The gateway comes with a warranty of 24 months.", "en")]
    [InlineData("Il gateway ha una garanzia di 24 mesi.", "it")]
    [InlineData("Gateway-ul are o garanție de 24 de luni.", "ro")]
    public void A_shorter_warranty_told_after_its_noun_still_breaks_the_promise(string text, string language) =>
        Ids(text, language).ShouldContain("NL1001");

    [Theory]
    [InlineData("Yesterday's fault took 11,000 homes offline for 5 hours.", "en")]
    [InlineData("Il guasto di ieri ha lasciato la linea di 11.000 case ferma per 5 ore.", "it")]
    [InlineData("Defecțiunea de ieri a lăsat linia a 11.000 de case oprită timp de 5 ore.", "ro")]
    public void How_long_an_outage_lasted_is_not_the_promises_threshold(string text, string language) =>
        Ids(text, language).ShouldNotContain("NL1001");

    [Theory]
    [InlineData("If a fault keeps your line down for more than 12 hours, we credit your account.", "en")]
    [InlineData("Se un guasto lascia la linea ferma per più di 12 ore, ti accreditiamo un rimborso.", "it")]
    [InlineData("Dacă o defecțiune ține linia oprită mai mult de 12 ore, îți creditam contul.", "ro")]
    public void A_threshold_told_another_way_is_compared(string text, string language) =>
        Ids(text, language).ShouldContain("NL1001");
}
