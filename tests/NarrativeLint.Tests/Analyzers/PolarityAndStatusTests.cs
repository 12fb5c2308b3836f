namespace NarrativeLint.Tests.Analyzers;

public class PolarityAndStatusTests
{
    [Theory]
    [InlineData("We may sell your personal data to advertisers.", "en")]
    [InlineData("We sell anonymised data to selected advertisers.", "en")]
    [InlineData("Potremmo condividere i tuoi dati personali con inserzionisti.", "it")]
    [InlineData("Putem vinde datele personale partenerilor.", "ro")]
    public void Affirming_the_act_of_a_never_commitment_contradicts_it(string text, string language) =>
        Lint.Ids(text, language).ShouldContain("NL1003");

    [Theory]
    [InlineData("We will never sell your personal data.", "en")]
    [InlineData("We do not sell your data to advertisers.", "en")]
    [InlineData("Non vendiamo mai i tuoi dati personali.", "it")]
    [InlineData("Nu vindem niciodată datele personale.", "ro")]
    public void Negating_the_act_keeps_a_never_commitment(string text, string language) =>
        Lint.Ids(text, language).ShouldNotContain("NL1003");

    [Fact]
    public void A_question_affirms_nothing() =>
        Lint.Ids("Do we sell your personal data?").ShouldNotContain("NL1003");

    [Theory]
    [InlineData("Your price is locked for 12 months.", "en")]
    [InlineData("Il prezzo resta bloccato per 12 mesi.", "it")]
    public void Restating_the_superseded_value_is_reported_and_names_the_successor(string text, string language)
    {
        var findings = Lint.Check(("post.md", $"---\nlang: {language}\ndate: 2025-06-01\n---\n\n{text}\n")).Active.ToList();
        findings.Select(f => f.Id).ShouldBe(["NL1005"]);
        findings[0].Message.ShouldContain("lock-24");
    }

    [Fact]
    public void The_current_value_is_not_a_restatement() =>
        Lint.Ids("Your price is locked for 24 months.").ShouldBeEmpty();

    [Fact]
    public void History_is_not_a_restatement() =>
        Lint.Ids("Until 2025 your price was locked for 12 months.").ShouldBeEmpty();

    [Fact]
    public void A_retired_commitment_restated_as_current_is_reported() =>
        Lint.Ids("Every year you get a free phone upgrade.").ShouldContain("NL1004");

    [Fact]
    public void A_retired_commitment_in_a_document_dated_before_retirement_is_history() =>
        Lint.Ids("Every year you get a free phone upgrade.", date: "2024-05-01").ShouldNotContain("NL1004");
}
