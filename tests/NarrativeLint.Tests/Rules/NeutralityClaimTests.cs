namespace NarrativeLint.Tests.Rules;

/// <summary>
/// One neutrality phrase, three practices (Directive (EU) 2024/825): based on offsetting it is banned (NL5002); without
/// offsetting it is still a generic claim that needs evidence (NL5001); with a target year it is a target (NL5003).
/// The catalogue speaks every pack's language, and a recognised certification scheme beside a generic claim is evidence.
/// </summary>
public class NeutralityClaimTests
{
    [Theory]
    [InlineData("Our deliveries are {|NL5001:climate neutral|}.", "en")]
    [InlineData("Le nostre consegne sono {|NL5001:a impatto zero|}.", "it")]
    [InlineData("Livrările noastre sunt {|NL5001:neutre climatic|}.", "ro")]
    [InlineData("Unsere Lieferungen sind {|NL5001:klimaneutral|}.", "de")]
    [InlineData("Nuestros envíos son {|NL5001:neutros en carbono|}.", "es")]
    public void Neutrality_without_offsetting_is_a_generic_claim(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("Unsere Lieferungen sind {|NL5002:klimaneutral|}, weil wir unsere Emissionen kompensieren.", "de")]
    [InlineData("Nuestros envíos son {|NL5002:neutros en carbono|} gracias a la compensación de emisiones.", "es")]
    public void Neutrality_by_offsetting_is_the_banned_practice_in_every_language(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("By 2035 we will be a {|NL5003:climate-positive|} company.", "en")]
    [InlineData("Entro il 2035 diventeremo un'azienda {|NL5003:a impatto zero|}.", "it")]
    [InlineData("Până în 2035 vom fi o companie {|NL5003:neutră climatic|}.", "ro")]
    public void Neutrality_with_a_target_year_is_a_target(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("Unsere Verpackung ist {|NL5001:umweltfreundlich|}.", "de")]
    [InlineData("Nuestro embalaje es {|NL5001:respetuoso con el medio ambiente|}.", "es")]
    [InlineData("Notre emballage est {|NL5001:respectueux de l'environnement|}.", "fr")]
    [InlineData("A nossa embalagem é {|NL5001:amiga do ambiente|}.", "pt")]
    public void The_directives_examples_are_claims_in_every_pack_language(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("Our biscuits are made with sustainable palm oil certified by RSPO.", "en")]
    [InlineData("I biscotti sono fatti con olio di palma sostenibile certificato RSPO.", "it")]
    [InlineData("Hârtia noastră ecologică are certificare FSC.", "ro")]
    public void A_recognised_certification_scheme_is_evidence(string markup, string language) =>
        Verify.Post(markup, language);
}
