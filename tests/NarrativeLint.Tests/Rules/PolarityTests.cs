namespace NarrativeLint.Tests.Rules;

/// <summary>NL1003: never / always commitments against affirming, hedging, negating and asking text, clause by clause.</summary>
public class PolarityTests
{
    [Theory]
    [InlineData("{|NL1003:We may share your data with selected partners for marketing.|}", "en")]
    [InlineData("{|NL1003:We may sell your personal data to advertisers.|}", "en")]
    [InlineData("{|NL1003:We sell anonymised data to selected advertisers.|}", "en")]
    [InlineData("{|NL1003:Potremmo condividere i tuoi dati con partner selezionati.|}", "it")]
    [InlineData("{|NL1003:Potremmo condividere i tuoi dati personali con inserzionisti.|}", "it")]
    [InlineData("{|NL1003:Vendiamo i dati anonimi agli inserzionisti.|}", "it")]
    [InlineData("{|NL1003:Putem partaja datele tale cu parteneri selectați.|}", "ro")]
    [InlineData("{|NL1003:Putem vinde datele personale partenerilor.|}", "ro")]
    [InlineData("{|NL1003:Vindem datele anonimizate partenerilor.|}", "ro")]
    public void Affirming_or_hedging_the_act_contradicts_a_never_commitment(string markup, string language)
    {
        var finding = Verify.Post(markup, language).ShouldHaveSingleItem();
        finding.Property("commitmentId").ShouldBe("no-data-sale");
        finding.Message.ShouldContain("no-data-sale");
    }

    [Theory]
    [InlineData("We will never sell your data.", "en")]
    [InlineData("We will never sell your personal data.", "en")]
    [InlineData("We do not sell your data to advertisers.", "en")]
    [InlineData("We do not share your personal data with advertisers.", "en")]
    [InlineData("Non vendiamo mai i tuoi dati.", "it")]
    [InlineData("Non vendiamo mai i tuoi dati personali.", "it")]
    [InlineData("Non condividiamo i tuoi dati personali con gli inserzionisti.", "it")]
    [InlineData("Nu vindem niciodată datele.", "ro")]
    [InlineData("Nu vindem niciodată datele personale.", "ro")]
    [InlineData("Nu partajăm datele tale personale cu partenerii.", "ro")]
    public void Negating_the_act_keeps_a_never_commitment(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("Do we sell your data to advertisers?", "en")]
    [InlineData("Do we sell your personal data?", "en")]
    [InlineData("Vendiamo i tuoi dati agli inserzionisti?", "it")]
    [InlineData("Vindem datele tale partenerilor?", "ro")]
    public void A_question_affirms_nothing(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("{|NL1003:We never sell your data, but we may share it with advertisers.|}", "en")]
    [InlineData("{|NL1003:Non vendiamo mai i tuoi dati, ma potremmo condividerli con gli inserzionisti.|}", "it")]
    [InlineData("{|NL1003:Nu vindem niciodată datele tale, dar le putem partaja cu agenții de publicitate.|}", "ro")]
    public void A_later_clause_that_affirms_the_act_contradicts_a_never_commitment(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("Your data is never sold to advertisers.", "en")]
    [InlineData("We never sell your data, and you can download it at any time.", "en")]
    public void A_negation_that_covers_the_act_keeps_the_commitment(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("{|NL1003:We do not encrypt the backups of free accounts.|}", "en")]
    [InlineData("{|NL1003:Non cifriamo i backup degli account gratuiti.|}", "it")]
    [InlineData("{|NL1003:Nu criptăm backupurile conturilor gratuite.|}", "ro")]
    public void Negating_the_act_contradicts_an_always_commitment(string markup, string language) =>
        Verify.Post(markup, language).ShouldHaveSingleItem().Property("commitmentId").ShouldBe("encrypted-backups");

    [Theory]
    [InlineData("We encrypt every backup.", "en")]
    [InlineData("Cifriamo ogni backup.", "it")]
    [InlineData("Criptăm fiecare backup.", "ro")]
    public void Affirming_the_act_keeps_an_always_commitment(string markup, string language) =>
        Verify.Post(markup, language);

    /// <summary>The registry names only "sell"; the packs' synonym groups bring in "share", "condividere", "partaja".</summary>
    const string SellOnly = """
        commitments:
          - id: no-data-sale
            statement: We never sell customer data.
            polarity: never
            topic: { en: [sell, data], it: [vendere, dati], ro: [vinde, date] }
        """;

    // A cue stands for the acts the pack lists as its act-equivalents ("rent" for "sell"); a mere synonym
    // ("share") places a sentence on the topic but does not break a never-promise: sharing is not selling.
    [Theory]
    [InlineData("{|NL1003:We may rent your data to selected partners for marketing.|}", "en")]
    [InlineData("{|NL1003:Potremmo cedere i tuoi dati a partner selezionati.|}", "it")]
    [InlineData("{|NL1003:Putem ceda datele tale unor parteneri selectați.|}", "ro")]
    [InlineData("We may share your data with selected partners for marketing.", "en")]
    [InlineData("Potremmo condividere i tuoi dati con partner selezionati.", "it")]
    [InlineData("Putem partaja datele tale cu parteneri selectați.", "ro")]
    public void A_cue_stands_for_its_act_equivalents_not_every_synonym(string markup, string language) =>
        Verify.Files(InMemoryRun.Registry(SellOnly), [Fixture.Post(markup, language)]);
}
