namespace NarrativeLint.Tests.Semantics;

/// <summary>Retired and superseded commitments, history and document dates.</summary>
public class StatusTests
{
    [Theory]
    [InlineData("Your price is locked for 12 months.", "en")]
    [InlineData("Il prezzo resta bloccato per 12 mesi.", "it")]
    [InlineData("Prețul rămâne blocat 12 luni.", "ro")]
    public void A_superseded_commitment_restated_as_current_names_its_successor(string text, string language)
    {
        var finding = Semantic.Findings(text, language).ShouldHaveSingleItem();
        finding.Id.ShouldBe("NL1005");
        finding.Property("commitmentId").ShouldBe("lock-12");
        finding.Message.ShouldContain("lock-24");
    }

    [Theory]
    [InlineData("Your price is locked for 24 months.", "en")]
    [InlineData("Il prezzo resta bloccato per 24 mesi.", "it")]
    [InlineData("Prețul rămâne blocat 24 de luni.", "ro")]
    public void The_successor_value_is_not_a_restatement(string text, string language) =>
        Semantic.Ids(text, language).ShouldBeEmpty();

    [Theory]
    [InlineData("Until 2023 your price was locked for 12 months.", "en")]
    [InlineData("Fino al 2023 il prezzo era bloccato per 12 mesi.", "it")]
    [InlineData("Până în 2023 prețul era blocat 12 luni.", "ro")]
    public void History_of_a_superseded_commitment_is_not_a_restatement(string text, string language) =>
        Semantic.Ids(text, language).ShouldBeEmpty();

    [Theory]
    [InlineData("Your price is locked for 12 months.", "en")]
    [InlineData("Il prezzo resta bloccato per 12 mesi.", "it")]
    [InlineData("Prețul rămâne blocat 12 luni.", "ro")]
    public void A_document_dated_before_the_supersession_is_history(string text, string language) =>
        Semantic.Ids(text, language, date: "2025-01-15").ShouldNotContain("NL1005");

    [Theory]
    [InlineData("Every year you get a free phone upgrade.", "en")]
    [InlineData("Ogni anno ricevi un upgrade del telefono gratis.", "it")]
    [InlineData("În fiecare an primești un upgrade de telefon gratuit.", "ro")]
    public void A_retired_commitment_restated_as_current_is_reported(string text, string language)
    {
        var finding = Semantic.Single("NL1004", text, language);
        finding.Property("commitmentId").ShouldBe("annual-upgrade");
        finding.Message.ShouldContain("annual-upgrade");
        finding.Message.ShouldContain("2024-12-31");
    }

    [Theory]
    [InlineData("Until 2023 we offered a free phone upgrade every year.", "en")]
    [InlineData("Fino al 2023 offrivamo un upgrade del telefono gratis ogni anno.", "it")]
    [InlineData("Până în 2023 ofeream un upgrade de telefon gratuit în fiecare an.", "ro")]
    public void History_of_a_retired_commitment_is_not_a_restatement(string text, string language) =>
        Semantic.Ids(text, language).ShouldNotContain("NL1004");

    [Theory]
    [InlineData("Every year you get a free phone upgrade.", "en")]
    [InlineData("Ogni anno ricevi un upgrade del telefono gratis.", "it")]
    [InlineData("În fiecare an primești un upgrade de telefon gratuit.", "ro")]
    public void A_document_dated_before_retirement_is_history(string text, string language) =>
        Semantic.Ids(text, language, date: "2024-05-01").ShouldNotContain("NL1004");
}
