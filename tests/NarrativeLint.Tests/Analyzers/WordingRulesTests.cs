namespace NarrativeLint.Tests.Analyzers;

public class WordingRulesTests
{
    [Fact]
    public void An_avoided_term_is_reported_with_its_preferred_replacement()
    {
        var finding = Lint.Check(("post.md", "Call our helpdesk today.\n")).Active.Single(f => f.Id == "NL4001");
        finding.Message.ShouldBe("Use 'Care team' instead of 'helpdesk'");
        finding.Property("fix").ShouldBe("Care team");
    }

    [Fact]
    public void Case_matters_only_when_it_is_the_whole_difference()
    {
        Lint.Ids("Welcome to ACME cloud.").ShouldContain("NL4001");
        Lint.Ids("Welcome to Acme Cloud.").ShouldNotContain("NL4001");
        Lint.Ids("Call the Helpdesk.").ShouldContain("NL4001");
    }

    [Theory]
    [InlineData("No comment on the outage.", "en")]
    [InlineData("Nessun commento sull'incidente.", "it")]
    [InlineData("Informația este confidențială.", "ro")]
    public void A_breach_phrase_breaches_its_value(string text, string language) =>
        Lint.Ids(text, language).ShouldContain("NL3001");

    [Fact]
    public void Code_is_not_prose() =>
        Lint.Check(("post.md", "```\nno comment, helpdesk, 72 hours\n```\n")).Active.ShouldNotContain(f => f.Id != "NL0007");

    [Fact]
    public void A_term_inflected_with_a_hyphenated_ending_is_still_the_term() =>
        Lint.Ids("Apelează helpdesk-ul nostru.", "ro").ShouldContain("NL4001");
}
