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

    /// <summary>A term spelt as part of an address (a repository slug, a path, a domain, a handle) is the address's spelling.</summary>
    [Theory]
    [InlineData("See the helpdesk/faq repository on our forge.", "en")]
    [InlineData("Read forge.example/team/helpdesk for the history.", "en")]
    [InlineData("Scrivi a @helpdesk per il repository helpdesk/faq.", "it")]
    [InlineData("Vezi depozitul helpdesk/faq pentru istoric.", "ro")]
    public void A_term_inside_an_address_is_not_reported(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("Call our {|NL4001:helpdesk|}. Or write.", "en")]
    [InlineData("Chiama il {|NL4001:helpdesk|}. Poi scrivi.", "it")]
    public void A_term_beside_punctuation_in_prose_still_is(string markup, string language) =>
        Verify.Post(markup, language);

    /// <summary>A style guide's table row that names the preferred form documents the avoided one; a quoted avoided form is cited.</summary>
    [Theory]
    [InlineData("| Term | Usage |\n|---|---|\n| Care team | Write Care team. Do not write helpdesk. |\n")]
    [InlineData("| Termine | Uso |\n|---|---|\n| Care team | Scrivi Care team, mai helpdesk. |\n")]
    [InlineData("| Termen | Utilizare |\n|---|---|\n| Care team | Nu folosiți helpdesk; scrieți Care team. |\n")]
    [InlineData("We retired the word “helpdesk” last year.\n")]
    [InlineData("Say 'helpdesk' and customers hear a queue.\n")]
    public void A_term_mentioned_rather_than_used_is_not_reported(string markdown) =>
        Verify.File("guide.md", markdown);

    /// <summary>A correction names the avoided form right after a negation, beside the preferred one: it cites the slip.</summary>
    [Theory]
    [InlineData("Call it the Care team, not the helpdesk.\n", "en")]
    [InlineData("Si chiama Care team, non helpdesk.\n", "it")]
    [InlineData("Se numește Care team, nu helpdesk.\n", "ro")]
    public void A_correction_is_not_reported(string markdown, string language) =>
        Verify.File("guide.md", $"---\nlang: {language}\n---\n{markdown}");

    /// <summary>A negation elsewhere, or no preferred form beside it, and the avoided form is used.</summary>
    [Theory]
    [InlineData("The {|NL4001:helpdesk|} is not the Care team's inbox.\n", "en")]
    [InlineData("We do not close the {|NL4001:helpdesk|} on Sundays.\n", "en")]
    [InlineData("Non chiamate il {|NL4001:helpdesk|} di notte.\n", "it")]
    [InlineData("Nu, {|NL4001:helpdesk|} nu răspunde noaptea; scrie Care team.\n", "ro")]
    public void A_negation_that_corrects_nothing_leaves_the_term_reported(string markdown, string language) =>
        Verify.File("guide.md", $"---\nlang: {language}\n---\n{markdown}");

    /// <summary>In a table cell without the preferred form, and in running prose beside it, the avoided form is the writer's.</summary>
    [Theory]
    [InlineData("| Channel | Hours |\n|---|---|\n| {|NL4001:helpdesk|} | 9–17 |\n")]
    [InlineData("Our {|NL4001:helpdesk|} is now the Care team.\n")]
    [InlineData("Il {|NL4001:helpdesk|} diventa Care team.\n")]
    public void A_term_used_beside_its_preferred_form_in_prose_still_is(string markdown) =>
        Verify.File("guide.md", markdown);

    // A breach phrase, an avoided term and a broken promise inside a code block: the file has no prose at all (NL0007).
    [Fact]
    public void Code_is_not_prose() =>
        Verify.File("post.md", "{|NL0007:|}```\nno comment, helpdesk, 72 hours\n```\n");
}
