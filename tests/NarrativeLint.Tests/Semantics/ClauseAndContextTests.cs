namespace NarrativeLint.Tests.Semantics;

/// <summary>Cases that once misled the engine: negation that stops at its clause, hedges split by "always", channels by glob.</summary>
public class ClauseAndContextTests
{
    [Theory]
    [InlineData("We never sell your data, but we may share it with advertisers.", "en")]
    [InlineData("Non vendiamo mai i tuoi dati, ma potremmo condividerli con gli inserzionisti.", "it")]
    [InlineData("Nu vindem niciodată datele tale, dar le putem partaja cu agenții de publicitate.", "ro")]
    public void A_later_clause_that_affirms_the_act_contradicts_a_never_commitment(string text, string language) =>
        Semantic.Ids(text, language).ShouldContain("NL1003");

    [Theory]
    [InlineData("Your data is never sold to advertisers.", "en")]
    [InlineData("We never sell your data, and you can download it at any time.", "en")]
    public void A_negation_that_covers_the_act_keeps_the_commitment(string text, string language) =>
        Semantic.Ids(text, language).ShouldNotContain("NL1003");

    [Theory]
    [InlineData("Cerchiamo sempre di mantenere la rete disponibile.", "it")]
    [InlineData("Ci impegniamo sempre a mantenere la rete disponibile.", "it")]
    [InlineData("Așa cum încercăm întotdeauna, menținem rețeaua disponibilă.", "ro")]
    [InlineData("We always try to keep the network available.", "en")]
    public void An_effort_hedged_around_always_is_not_an_overclaim(string text, string language) =>
        Semantic.Ids(text, language).ShouldNotContain("NL1006");

    [Theory]
    [InlineData("Diamo un preavviso di 14 giorni prima di ogni modifica al piano.", "it")]
    [InlineData("Oferim un preaviz de 14 zile înainte de orice modificare a planului.", "ro")]
    public void Before_a_change_is_not_history(string text, string language) =>
        Semantic.Ids(text, language).ShouldContain("NL1001");

    [Theory]
    [InlineData("We give 14 days' notice of any price change.", "en")]
    [InlineData("Diamo 14 giorni di preavviso per ogni modifica del prezzo.", "it")]
    public void The_commitment_whose_cue_stands_next_to_the_number_is_the_one_broken(string text, string language) =>
        Semantic.Findings(text, language).ShouldContain(f => f.Id == "NL1001" && f.Property("commitmentId") == "price-change-notice");

    [Fact]
    public void A_registry_channel_glob_wins_over_a_reader_default()
    {
        const string registry = """
            channels:
              - id: x
                include: ["x/**"]
                max-length: 280
                url-length: 23
              - id: social
                include: ["**/social/**"]
                max-length: 280
            """;
        var link = "https://example.com/" + new string('a', 100);
        var text = new string('b', 150) + " " + link;
        var result = Semantic.CheckWith(registry, ("x/posts.yaml", $"- date: 2025-06-01\n  text: \"{text}\"\n"));
        result.Documents.Single().Content.Metadata.Channel.ShouldBe("x");
        result.Active.ShouldNotContain(f => f.Id == "NL6001");
    }

    [Fact]
    public void A_cue_stands_for_its_synonyms_in_the_language_pack()
    {
        const string registry = """
            commitments:
              - id: no-data-sale
                statement: We never sell customer data.
                polarity: never
                topic: { en: [sell, data], it: [vendere, dati], ro: [vinde, date] }
            """;
        foreach (var (text, language) in new[]
                 {
                     ("We may share your data with selected partners for marketing.", "en"),
                     ("Potremmo condividere i tuoi dati con partner selezionati.", "it"),
                     ("Putem partaja datele tale cu parteneri selectați.", "ro"),
                 })
            Semantic.CheckWith(registry, Semantic.Post(text, language)).Active.Select(f => f.Id).ShouldContain("NL1003", text);
    }
}
