namespace NarrativeLint.Tests.Rules;

/// <summary>NL1004 (a retired commitment restated) and NL1005 (a superseded one restated): history and document dates.</summary>
public class StatusTests
{
    [Theory]
    [InlineData("Your price is locked for {|NL1005:12 months|}.", "en")]
    [InlineData("Il prezzo resta bloccato per {|NL1005:12 mesi|}.", "it")]
    [InlineData("Prețul rămâne blocat {|NL1005:12 luni|}.", "ro")]
    public void A_superseded_commitment_restated_as_current_names_its_successor(string markup, string language)
    {
        var finding = Verify.Post(markup, language).ShouldHaveSingleItem();
        finding.Property("commitmentId").ShouldBe("lock-12");
        finding.Message.ShouldContain("lock-24");
    }

    [Theory]
    [InlineData("Your price is locked for 24 months.", "en")]
    [InlineData("Il prezzo resta bloccato per 24 mesi.", "it")]
    [InlineData("Prețul rămâne blocat 24 de luni.", "ro")]
    public void The_successor_value_is_not_a_restatement(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("Until 2023 your price was locked for 12 months.", "en")]
    [InlineData("Until 2025 your price was locked for 12 months.", "en")]
    [InlineData("Fino al 2023 il prezzo era bloccato per 12 mesi.", "it")]
    [InlineData("Până în 2023 prețul era blocat 12 luni.", "ro")]
    public void History_of_a_superseded_commitment_is_not_a_restatement(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("Your price is locked for 12 months.", "en")]
    [InlineData("Il prezzo resta bloccato per 12 mesi.", "it")]
    [InlineData("Prețul rămâne blocat 12 luni.", "ro")]
    public void A_document_dated_before_the_supersession_is_history(string markup, string language) =>
        Verify.Post(markup, language, date: "2025-01-15");

    [Theory]
    [InlineData("{|NL1004:Every year you get a free phone upgrade.|}", "en")]
    [InlineData("{|NL1004:Ogni anno ricevi un upgrade del telefono gratis.|}", "it")]
    [InlineData("{|NL1004:În fiecare an primești un upgrade de telefon gratuit.|}", "ro")]
    public void A_retired_commitment_restated_as_current_is_reported(string markup, string language)
    {
        var finding = Verify.Post(markup, language).ShouldHaveSingleItem();
        finding.Property("commitmentId").ShouldBe("annual-upgrade");
        finding.Message.ShouldContain("annual-upgrade");
        finding.Message.ShouldContain("2024-12-31");
    }

    [Theory]
    [InlineData("Until 2023 we offered a free phone upgrade every year.", "en")]
    [InlineData("Fino al 2023 offrivamo un upgrade del telefono gratis ogni anno.", "it")]
    [InlineData("Până în 2023 ofeream un upgrade de telefon gratuit în fiecare an.", "ro")]
    public void History_of_a_retired_commitment_is_not_a_restatement(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("Every year you get a free phone upgrade.", "en")]
    [InlineData("Ogni anno ricevi un upgrade del telefono gratis.", "it")]
    [InlineData("În fiecare an primești un upgrade de telefon gratuit.", "ro")]
    public void A_document_dated_before_retirement_is_history(string markup, string language) =>
        Verify.Post(markup, language, date: "2024-05-01");
}
