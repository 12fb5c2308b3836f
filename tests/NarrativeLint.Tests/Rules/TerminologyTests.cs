namespace NarrativeLint.Tests.Rules;

/// <summary>NL4001: avoided terms, with the preferred term as the fix.</summary>
public class TerminologyTests
{
    [Fact]
    public void An_avoided_term_is_reported_with_its_preferred_replacement()
    {
        var finding = Verify.File("post.md", "Call our {|NL4001:helpdesk|} today.\n").ShouldHaveSingleItem();
        finding.Message.ShouldBe("Use 'Care team' instead of 'helpdesk'");
        finding.Property("fix").ShouldBe("Care team");
    }

    [Theory]
    [InlineData("Welcome to {|NL4001:ACME cloud|}.")]
    [InlineData("Welcome to Acme Cloud.")]
    [InlineData("Call the {|NL4001:Helpdesk|}.")]
    public void Case_matters_only_when_it_is_the_whole_difference(string markup) =>
        Verify.Post(markup);

    [Fact]
    public void A_term_inflected_with_a_hyphenated_ending_is_still_the_term() =>
        Verify.Post("Apelează {|NL4001:helpdesk|}-ul nostru.", "ro");

    // A breach phrase, an avoided term and a broken promise inside a code block: the file has no prose at all (NL0007).
    [Fact]
    public void Code_is_not_prose() =>
        Verify.File("post.md", "{|NL0007:|}```\nno comment, helpdesk, 72 hours\n```\n");
}
