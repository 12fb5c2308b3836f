namespace NarrativeLint.Tests.Semantics;

/// <summary>never / always commitments: affirming, hedged and negating text.</summary>
public class PolarityTests
{
    [Theory]
    [InlineData("We may share your data with selected partners for marketing.", "en")]
    [InlineData("We sell anonymised data to selected advertisers.", "en")]
    [InlineData("Potremmo condividere i tuoi dati con partner selezionati.", "it")]
    [InlineData("Vendiamo i dati anonimi agli inserzionisti.", "it")]
    [InlineData("Putem partaja datele tale cu parteneri selectați.", "ro")]
    [InlineData("Vindem datele anonimizate partenerilor.", "ro")]
    public void Affirming_or_hedging_the_act_contradicts_a_never_commitment(string text, string language)
    {
        var finding = Semantic.Single("NL1003", text, language);
        finding.Property("commitmentId").ShouldBe("no-data-sale");
        finding.Message.ShouldContain("no-data-sale");
    }

    [Theory]
    [InlineData("We will never sell your data.", "en")]
    [InlineData("We do not share your personal data with advertisers.", "en")]
    [InlineData("Non vendiamo mai i tuoi dati.", "it")]
    [InlineData("Non condividiamo i tuoi dati personali con gli inserzionisti.", "it")]
    [InlineData("Nu vindem niciodată datele.", "ro")]
    [InlineData("Nu partajăm datele tale personale cu partenerii.", "ro")]
    public void Negating_the_act_keeps_a_never_commitment(string text, string language) =>
        Semantic.Ids(text, language).ShouldNotContain("NL1003");

    [Theory]
    [InlineData("Do we sell your data to advertisers?", "en")]
    [InlineData("Vendiamo i tuoi dati agli inserzionisti?", "it")]
    [InlineData("Vindem datele tale partenerilor?", "ro")]
    public void A_question_affirms_nothing(string text, string language) =>
        Semantic.Ids(text, language).ShouldNotContain("NL1003");

    [Theory]
    [InlineData("We do not encrypt the backups of free accounts.", "en")]
    [InlineData("Non cifriamo i backup degli account gratuiti.", "it")]
    [InlineData("Nu criptăm backupurile conturilor gratuite.", "ro")]
    public void Negating_the_act_contradicts_an_always_commitment(string text, string language)
    {
        var finding = Semantic.Single("NL1003", text, language);
        finding.Property("commitmentId").ShouldBe("encrypted-backups");
    }

    [Theory]
    [InlineData("We encrypt every backup.", "en")]
    [InlineData("Cifriamo ogni backup.", "it")]
    [InlineData("Criptăm fiecare backup.", "ro")]
    public void Affirming_the_act_keeps_an_always_commitment(string text, string language) =>
        Semantic.Ids(text, language).ShouldNotContain("NL1003");
}
