namespace NarrativeLint.Tests.Rules;

/// <summary>NL1006: absolute words beyond a bounded commitment, and the hedges around "always" that are no claim.</summary>
public class OverclaimTests
{
    [Theory]
    [InlineData("Our network is {|NL1006:always|} available.", "en")]
    [InlineData("Availability of our network is {|NL1006:guaranteed|}.", "en")]
    [InlineData("Our network offers {|NL1006:100%|} availability.", "en")]
    [InlineData("La nostra rete è {|NL1006:sempre|} disponibile.", "it")]
    [InlineData("La disponibilità della rete è garantita al {|NL1006:100%|}.", "it")]
    [InlineData("Disponibilità della rete {|NL1006:garantito|}.", "it")]
    [InlineData("Rețeaua noastră este {|NL1006:întotdeauna|} disponibilă.", "ro")]
    [InlineData("Disponibilitate garantată de {|NL1006:100%|}.", "ro")]
    public void An_absolute_claim_beyond_a_bounded_commitment_is_reported(string markup, string language) =>
        Verify.Post(markup, language).ShouldHaveSingleItem().Property("commitmentId").ShouldBe("uptime");

    [Theory]
    [InlineData("Our network is available 99.95% of the time, as we always try to keep it.", "en")]
    [InlineData("As we always try to, we keep our network available.", "en")]
    [InlineData("We always try to keep the network available.", "en")]
    [InlineData("Come sempre, cerchiamo di mantenere la rete disponibile.", "it")]
    [InlineData("Come cerchiamo di fare sempre, manteniamo la rete disponibile.", "it")]
    [InlineData("Cerchiamo sempre di mantenere la rete disponibile.", "it")]
    [InlineData("Ci impegniamo sempre a mantenere la rete disponibile.", "it")]
    [InlineData("Întotdeauna încercăm să menținem rețeaua disponibilă.", "ro")]
    [InlineData("Așa cum încercăm să facem întotdeauna, menținem rețeaua disponibilă.", "ro")]
    [InlineData("Așa cum încercăm întotdeauna, menținem rețeaua disponibilă.", "ro")]
    public void A_hedged_always_is_not_an_overclaim(string markup, string language) =>
        Verify.Post(markup, language);
}
