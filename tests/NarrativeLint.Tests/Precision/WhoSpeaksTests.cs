using NarrativeLint.Tests.Language;

namespace NarrativeLint.Tests.Precision;

/// <summary>
/// Polarity and absolutes on real text: negation through an enumeration, the brand's own act only, synonyms that
/// widen the act only where the pack says so, absolutes that modify the commitment, disclaimers that promise nothing.
/// </summary>
public class WhoSpeaksTests
{
    const string Registry = """
        brand: { name: Acme Cloud, languages: [en, it, ro] }
        commitments:
          - id: no-data-sale
            statement: We never sell customer data.
            polarity: never
            topic:
              en: [sell, data, personal data, customer data]
              it: [vendere, dati, dati personali]
              ro: [vinde, date, date personale]
          - id: human-review
            statement: A person always reviews a claim before it is declined.
            polarity: always
            topic: { en: [review, claim, person], it: [verifica, sinistro, persona], ro: [verifică, daună, persoană] }
          - id: support-response-time
            statement: We answer every support request within 24 hours.
            topic: { en: [support, request, answer, reply], it: [assistenza, richiesta, rispondiamo], ro: [asistență, solicitare, răspundem] }
            facts: [ { kind: duration, value: 24 hours, relation: at-most } ]
        catalogues: []
        """;

    static List<string> Ids(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Select(f => f.Id).ToList();

    [Theory]
    [InlineData("en", "We never sell, rent, trade or share your personal data.", "sell")]
    [InlineData("it", "Non vendiamo, affittiamo o cediamo i tuoi dati personali.", "cediamo")]
    [InlineData("ro", "Nu vindem, închiriem sau cedăm datele tale personale.", "cedăm")]
    public void A_negation_covers_every_item_of_an_enumeration(string language, string text, string lastItem)
    {
        var sentence = Packs.OneSentence(language, text);
        var at = sentence.Tokens.ToList().FindIndex(t => t.Text == lastItem);
        (lastItem == "sell" ? sentence.IsNegated(sentence.Tokens.ToList().FindIndex(t => t.Text == "share")) : sentence.IsNegated(at)).ShouldBeTrue();
        Ids(text, language).ShouldNotContain("NL1003");
    }

    [Theory]
    [InlineData("en", "We do not sell your personal data, but we may sell anonymised data to advertisers.")]
    [InlineData("it", "Non vendiamo i tuoi dati personali, ma possiamo vendere dati aggregati.")]
    public void A_later_clause_still_affirms_what_an_earlier_one_negated(string language, string text) =>
        Ids(text, language).ShouldContain("NL1003");

    [Theory]
    [InlineData("en", "You may not sell or transfer the personal data of other customers.")]
    [InlineData("en", "Partners may sell aggregated data under their own terms.")]
    [InlineData("it", "Il cliente non può vendere i dati personali di altri clienti.")]
    [InlineData("ro", "Partenerii pot vinde date agregate în condițiile lor.")]
    public void Someone_elses_act_is_not_the_brand_breaking_its_promise(string language, string text) =>
        Ids(text, language).ShouldNotContain("NL1003");

    [Theory]
    [InlineData("en", "We may sell your personal data to selected partners.")]
    [InlineData("it", "Possiamo vendere i tuoi dati personali ai partner.")]
    [InlineData("ro", "Putem vinde datele tale personale partenerilor.")]
    public void The_brand_affirming_the_act_still_breaks_it(string language, string text) =>
        Ids(text, language).ShouldContain("NL1003");

    [Theory]
    [InlineData("en", "We share aggregated data with researchers.", false)]
    [InlineData("en", "We rent customer data to marketers.", true)]
    public void A_synonym_widens_the_act_only_where_the_pack_lists_it_as_an_act_equivalent(string language, string text, bool contradicts) =>
        Ids(text, language).Contains("NL1003").ShouldBe(contradicts);

    [Theory]
    [InlineData("en", "Disclaimer of warranties: a claim may be declined without review by a person.")]
    [InlineData("it", "Esclusione di garanzia: un sinistro può essere respinto senza la verifica di una persona.")]
    [InlineData("ro", "Exonerare de garanție: o daună poate fi respinsă fără să o verifice o persoană.")]
    public void A_legal_disclaimer_does_not_negate_an_always_promise(string language, string text) =>
        Ids(text, language).ShouldNotContain("NL1003");

    [Theory]
    [InlineData("en", "We always answer every support request within 24 hours.", true)]
    [InlineData("en", "Our offices in Milan are always bright, quiet and open to visitors, and the support team answers each request within 24 hours.", false)]
    [InlineData("it", "Rispondiamo sempre a ogni richiesta di assistenza entro 24 ore.", true)]
    [InlineData("it", "Il nostro ufficio di Milano resta sempre aperto fino a tardi durante la settimana, e l'assistenza risponde a ogni richiesta entro 24 ore.", false)]
    public void An_absolute_goes_beyond_a_commitment_only_where_it_modifies_it(string language, string text, bool overclaims) =>
        Ids(text, language).Contains("NL1006").ShouldBe(overclaims);
}
