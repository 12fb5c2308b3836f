namespace NarrativeLint.Tests.Rules;

/// <summary>
/// NL5004, proven-health-effect: an effect on health presented as proven or certain ("clinically proven to lower
/// cholesterol") in a document about health; the same words about a method or a product that is not about health claim nothing.
/// </summary>
public class ProvenHealthEffectTests
{
    [Theory]
    [InlineData("Our oat drink is {|NL5004:clinically proven|} to lower cholesterol.", "en")]
    [InlineData("Il nostro integratore è {|NL5004:clinicamente provato|} per dormire meglio.", "it")]
    [InlineData("Suplimentul nostru este {|NL5004:dovedit clinic|} pentru un somn mai bun.", "ro")]
    public void A_proven_health_effect_is_reported(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("Our backup method is scientifically proven to lose no file.", "en")]
    [InlineData("Il nostro metodo di backup è scientificamente provato.", "it")]
    public void The_same_words_outside_health_claim_nothing(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("Vita Collagen {|NL5004:heals|} joint pain.", "en")]
    [InlineData("Il nostro gel {|NL5004:guarisce|} i dolori articolari.", "it")]
    [InlineData("Gelul nostru {|NL5004:vindecă|} durerile articulare.", "ro")]
    public void A_food_said_to_heal_pain_is_reported(string markup, string language) =>
        Verify.Post(markup, language);
}
