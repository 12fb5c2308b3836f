namespace NarrativeLint.Tests.Rules;

/// <summary>
/// NL5004, the built-in catalogue <c>eu-health-claims</c>: health claims no food or supplement may make
/// (Regulation (EC) No 1924/2006), medicinal claims (Regulation (EU) No 1169/2011, Art. 7(3)) and medicines
/// presented as free of side effects (Directive 2001/83/EC, Art. 90(b)).
/// </summary>
public class HealthClaimTests
{
    [Theory]
    [InlineData("Our Vitamin D3 drops {|NL5004:boost your immune system|} all winter.", "en")]
    [InlineData("Il nostro integratore {|NL5004:rafforza le difese immunitarie|} in 7 giorni.", "it")]
    [InlineData("Suplimentul nostru {|NL5004:întărește imunitatea|} în doar o săptămână.", "ro")]
    [InlineData("Unser Tee {|NL5004:stärkt das Immunsystem|}.", "de")]
    public void An_unauthorised_health_claim_is_reported(string markup, string language) =>
        Verify.Post(markup, language);

    /// <summary>A claim is the same claim with any article or possessive, or none (the packs' <c>determiners</c>).</summary>
    [Theory]
    [InlineData("Our zinc lozenges {|NL5004:boost their immune system|} in a week.", "en")]
    [InlineData("Le nostre vitamine {|NL5004:rafforzano il vostro sistema immunitario|}.", "it")]
    [InlineData("Vitaminele noastre {|NL5004:întăresc sistemul tău imunitar|}.", "ro")]
    [InlineData("Nuestro gel {|NL5004:refuerza tus defensas|} cada invierno.", "es")]
    public void A_health_claim_said_with_another_article_or_possessive_is_reported(string markup, string language) =>
        Verify.Post(markup, language);

    /// <summary>Only a regulated claim's phrase steps over an article or possessive: one article between two other words is still no claim.</summary>
    [Theory]
    [InlineData("Our team will boost the morale of the immune-system research group.", "en")]
    [InlineData("Il team rafforza la squadra del sistema di prenotazione.", "it")]
    [InlineData("Echipa întărește sistemul de rezervări.", "ro")]
    public void Other_words_between_a_claims_words_are_no_claim(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("Our new gels {|NL5004:protect against|} cramps on long runs.", "en")]
    [InlineData("{|NL5004:Cura|} naturale contro la stanchezza e i crampi.", "it")]
    [InlineData("Gelul nostru {|NL5004:protejează împotriva|} oboselii și a crampelor.", "ro")]
    public void A_food_said_to_prevent_or_treat_a_symptom_is_reported(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("Our phone sleeve protects against scratches and drops.", "en")]
    [InlineData("La custodia protegge da graffi e urti.", "it")]
    [InlineData("Husa protejează de zgârieturi și lovituri.", "ro")]
    public void Protection_without_a_disease_or_symptom_is_no_claim(string markup, string language) =>
        Verify.Post(markup, language);

    /// <summary>A benefit to a body function in words of the company's own: the verb counts beside the function it acts on.</summary>
    [Theory]
    [InlineData("Our linden honey {|NL5004:supports|} a healthy heart.", "en")]
    [InlineData("L'estratto di echinacea {|NL5004:potenzia|} le tue difese naturali.", "it")]
    [InlineData("Mierea noastră îți {|NL5004:întărește sistemul imunitar|}.", "ro")]
    public void A_benefit_to_a_body_function_is_reported(string markup, string language) =>
        Verify.Post(markup, language);

    /// <summary>The authorised wording ("contributes to the normal function of") makes the sentence acceptable; the same verbs without a body function claim nothing.</summary>
    [Theory]
    [InlineData("Vitamin C contributes to the normal function of the immune system and supports your defences.", "en")]
    [InlineData("La vitamina C contribuisce alla normale funzione del sistema immunitario.", "it")]
    [InlineData("Vitamina C contribuie la funcționarea normală a sistemului imunitar.", "ro")]
    [InlineData("Our team supports every café manager in the first week.", "en")]
    [InlineData("Il nostro team sostiene i negozi nelle prime settimane.", "it")]
    [InlineData("Echipa noastră susține fiecare cafenea nouă.", "ro")]
    [InlineData("Our partners support the charity's work on heart health.", "en")]
    public void Authorised_wording_or_no_body_function_is_no_claim(string markup, string language) =>
        Verify.Post(markup, language);

    /// <summary>Treating verbs beyond "cures": relieving, soothing, shortening, keeping a disease off.</summary>
    [Theory]
    [InlineData("A spoonful before bed {|NL5004:soothes|} a sore throat.", "en")]
    [InlineData("La tisana alla menta {|NL5004:fa passare|} l'emicrania.", "it")]
    [InlineData("Ceaiul de soc îți {|NL5004:scurtează|} răceala la jumătate.", "ro")]
    [InlineData("La tisana che ti {|NL5004:protegge dal|} raffreddore.", "it")]
    public void A_food_said_to_relieve_or_keep_off_a_disease_is_reported(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("Our herbal tea {|NL5004:cures|} insomnia in a week.", "en")]
    [InlineData("La nostra tisana {|NL5004:guarisce|} il raffreddore.", "it")]
    [InlineData("Ceaiul nostru {|NL5004:vindecă|} balonarea în 24 de ore.", "ro")]
    public void A_food_said_to_cure_a_disease_is_reported(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("We treat every order with care.", "en")]
    [InlineData("Prenditi cura di te quest'autunno, con un po' del nostro aiuto.", "it")]
    [InlineData("Ne ocupăm de comanda ta și prevenim întârzierile.", "ro")]
    public void A_curing_verb_without_a_disease_is_no_claim(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("Our {|NL5004:detox|} tea flushes out toxins in 3 days.", "en")]
    [InlineData("Il nostro tè {|NL5004:detox|} depura l'organismo.", "it")]
    [InlineData("Ceaiul nostru {|NL5004:detox|} e gata în 5 minute.", "ro")]
    public void Detox_beside_food_or_the_body_is_reported(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("Take a digital detox this weekend: switch off your phone.", "en")]
    [InlineData("Un weekend di detox digitale: spegni il telefono.", "it")]
    [InlineData("Un weekend de detox digital: închide telefonul.", "ro")]
    public void Detox_without_food_or_the_body_is_no_claim(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("Ask a doctor on our app. It is {|NL5004:free of side effects|}, unlike waiting rooms!", "en")]
    [InlineData("La nostra crema è {|NL5004:senza effetti collaterali|}.", "it")]
    [InlineData("Crema noastră este {|NL5004:fără efecte secundare|}.", "ro")]
    public void A_health_product_free_of_side_effects_is_reported(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("Only guard expressions that are free of side effects, since the guarded code may not run.", "en")]
    [InlineData("Le funzioni pure sono senza effetti collaterali: restituiscono sempre lo stesso valore.", "it")]
    [InlineData("Funcțiile pure sunt fără efecte secundare: întorc mereu aceeași valoare.", "ro")]
    public void Side_effects_in_a_document_not_about_health_are_no_claim(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("These are the symptoms of treating telemetry as an afterthought.", "en")]
    [InlineData("Our cold-chain delivery prevents spoilage of fresh food.", "en")]
    public void A_curing_verb_beside_a_figurative_or_other_sense_is_no_claim(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("No product cures insomnia on its own; talk to a pharmacist first.", "en")]
    [InlineData("Nessun integratore guarisce il raffreddore da solo.", "it")]
    [InlineData("Niciun ceai nu vindecă răceala singur.", "ro")]
    public void A_negated_claim_is_silent(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("Does our herbal sleep aid cure insomnia?", "en")]
    [InlineData("Do not use the word \"cure\" with customers who mention a cold or the flu.", "en")]
    [InlineData("Un cliente ci ha scritto: «questo tè mi ha guarito dal raffreddore».", "it")]
    [InlineData("Like every medicine, it can have side effects: read the leaflet.", "en")]
    [InlineData("Ca orice medicament, poate avea efecte secundare: citiți prospectul.", "ro")]
    public void Questions_quotations_and_warnings_are_silent(string markup, string language) =>
        Verify.Post(markup, language);
}
