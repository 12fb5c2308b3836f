namespace NarrativeLint.Tests.Semantics;

/// <summary>Which commitment a sentence is about: topic cues, other numbers in the paragraph, shared cues.</summary>
public class PlacingTests
{
    [Theory]
    [InlineData("We answer every support request within 72 hours.", "en")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza entro 72 ore.", "it")]
    [InlineData("Răspundem la orice solicitare de asistență în 72 de ore.", "ro")]
    public void A_sentence_with_the_topic_cues_is_placed_on_the_commitment(string text, string language) =>
        Semantic.Single("NL1001", text, language).Property("commitmentId").ShouldBe("support-response-time");

    [Theory]
    [InlineData("We have 72 offices across Europe.", "en")]
    [InlineData("Abbiamo 72 uffici in tutta Europa.", "it")]
    [InlineData("Avem 72 de birouri în toată Europa.", "ro")]
    public void A_sentence_without_cues_is_about_no_commitment(string text, string language) =>
        Semantic.Ids(text, language).ShouldBeEmpty();

    [Theory]
    [InlineData("We have 24 offices. Each of them answers every support request within 24 hours.", "en")]
    [InlineData("Abbiamo 24 uffici. Ognuno risponde a ogni richiesta di assistenza entro 24 ore.", "it")]
    [InlineData("Avem 24 de birouri. Fiecare răspunde la orice solicitare de asistență în 24 de ore.", "ro")]
    public void A_number_about_something_else_in_the_paragraph_is_not_about_the_commitment(string text, string language) =>
        Semantic.Ids(text, language).ShouldBeEmpty();

    [Theory]
    [InlineData("We have 48 offices, and we answer every support request within 24 hours.", "en")]
    [InlineData("Abbiamo 48 uffici e rispondiamo a ogni richiesta di assistenza entro 24 ore.", "it")]
    [InlineData("Avem 48 de birouri și răspundem la orice solicitare de asistență în 24 de ore.", "ro")]
    public void An_office_count_next_to_a_kept_promise_is_not_weighed_against_it(string text, string language) =>
        Semantic.Ids(text, language).ShouldBeEmpty();

    [Theory]
    [InlineData("Only 80% of our support customers are satisfied.", "en")]
    [InlineData("Solo l'80% dei clienti dell'assistenza è soddisfatto.", "it")]
    [InlineData("Doar 80% dintre clienții asistenței sunt mulțumiți.", "ro")]
    public void Shared_cues_choose_the_commitment_by_the_fact_kind(string text, string language)
    {
        var finding = Semantic.Single("NL1001", text, language);
        finding.Property("commitmentId").ShouldBe("support-satisfaction");
        finding.Message.ShouldContain("support-satisfaction");
    }

    [Theory]
    [InlineData("Our support team answers every request within 48 hours.", "en")]
    [InlineData("La nostra assistenza risponde a ogni richiesta entro 48 ore.", "it")]
    [InlineData("Echipa de asistență răspunde la orice solicitare în 48 de ore.", "ro")]
    public void Shared_cues_choose_the_commitment_whose_cues_the_sentence_matches(string text, string language)
    {
        var finding = Semantic.Single("NL1001", text, language);
        finding.Property("commitmentId").ShouldBe("support-response-time");
        finding.Message.ShouldContain("support-response-time");
    }

    [Theory]
    [InlineData("When you ask for a callback, our support team calls you back within 6 hours.", "en")]
    [InlineData("Se chiedi una richiamata, la nostra assistenza ti richiama entro 6 ore.", "it")]
    [InlineData("Dacă ceri un apel, echipa de asistență te sună înapoi în 6 ore.", "ro")]
    public void Shared_cues_choose_the_callback_commitment_when_its_cues_match(string text, string language)
    {
        var finding = Semantic.Single("NL1001", text, language);
        finding.Property("commitmentId").ShouldBe("support-callback");
        finding.Message.ShouldContain("support-callback");
    }
}
