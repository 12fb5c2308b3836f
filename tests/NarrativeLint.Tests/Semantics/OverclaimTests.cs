namespace NarrativeLint.Tests.Semantics;

/// <summary>NL1006: absolute words beyond a bounded commitment.</summary>
public class OverclaimTests
{
    [Theory]
    [InlineData("Our network is always available.", "en")]
    [InlineData("Availability of our network is guaranteed.", "en")]
    [InlineData("Our network offers 100% availability.", "en")]
    [InlineData("La nostra rete è sempre disponibile.", "it")]
    [InlineData("La disponibilità della rete è garantita al 100%.", "it")]
    [InlineData("Disponibilità della rete garantito.", "it")]
    [InlineData("Rețeaua noastră este întotdeauna disponibilă.", "ro")]
    [InlineData("Disponibilitate garantată de 100%.", "ro")]
    public void An_absolute_claim_beyond_a_bounded_commitment_is_reported(string text, string language)
    {
        var finding = Semantic.Single("NL1006", text, language);
        finding.Property("commitmentId").ShouldBe("uptime");
    }

    [Theory]
    [InlineData("Our network is available 99.95% of the time, as we always try to keep it.", "en")]
    [InlineData("As we always try to, we keep our network available.", "en")]
    [InlineData("Come sempre, cerchiamo di mantenere la rete disponibile.", "it")]
    [InlineData("Come cerchiamo di fare sempre, manteniamo la rete disponibile.", "it")]
    [InlineData("Întotdeauna încercăm să menținem rețeaua disponibilă.", "ro")]
    [InlineData("Așa cum încercăm să facem întotdeauna, menținem rețeaua disponibilă.", "ro")]
    public void A_hedged_always_is_not_an_overclaim(string text, string language) =>
        Semantic.Ids(text, language).ShouldNotContain("NL1006");
}
