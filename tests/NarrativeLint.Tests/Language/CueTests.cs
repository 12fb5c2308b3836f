using NarrativeLint.Language;

namespace NarrativeLint.Tests.Language;

public class CueTests
{
    static int IndexOf(Sentence sentence, string lower) => sentence.Tokens.ToList().FindIndex(t => t.Lower == lower);

    [Theory]
    [InlineData("en", "We will never sell your data, but we may share it.", "sell", "share")]
    [InlineData("en", "We don't sell your data and we share it.", "sell", "share")]
    [InlineData("it", "Non vendiamo i tuoi dati, ma potremmo condividerli.", "vendiamo", "condividerli")]
    [InlineData("it", "Non vendiamo mai i tuoi dati e li condividiamo.", "vendiamo", "condividiamo")]
    [InlineData("ro", "Nu vindem niciodată datele, dar le putem partaja.", "vindem", "partaja")]
    [InlineData("ro", "Nu vindem datele; le partajăm.", "vindem", "partajăm")]
    public void A_negation_covers_its_own_clause_only(string code, string text, string negated, string affirmed)
    {
        var sentence = Packs.OneSentence(code, text);
        sentence.IsNegated(IndexOf(sentence, negated)).ShouldBeTrue();
        sentence.IsNegated(IndexOf(sentence, affirmed)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("en", "We will never sell your data.", "data")]
    [InlineData("en", "We can't sell your data.", "sell")]
    [InlineData("it", "Non venderemo mai i tuoi dati.", "dati")]
    [InlineData("ro", "Nu vindem niciodată datele.", "datele")]
    [InlineData("ro", "N-am vândut datele.", "datele")]
    public void Negated_sentences_negate_their_verbs_and_objects(string code, string text, string word)
    {
        var sentence = Packs.OneSentence(code, text);
        sentence.Has(CueKind.Negation).ShouldBeTrue();
        sentence.IsNegated(IndexOf(sentence, word)).ShouldBeTrue();
    }

    [Fact]
    public void Cant_is_a_negation_not_a_modal()
    {
        var sentence = Packs.OneSentence("en", "We can't sell your data.");
        sentence.Has(CueKind.Modal).ShouldBeFalse();
        sentence.Cues.Where(c => c.Kind != CueKind.FirstPerson).ShouldHaveSingleItem().Tokens.ShouldBe(new Range(1, 3));
    }

    [Theory]
    [InlineData("en", "We may share your data with partners.")]
    [InlineData("en", "We may choose to share your data.")]
    [InlineData("it", "Potremmo condividere i tuoi dati.")]
    [InlineData("ro", "Putem partaja datele cu partenerii.")]
    [InlineData("ro", "Am putea partaja datele.")]
    public void Possibilities_are_modal_and_not_negated(string code, string text)
    {
        var sentence = Packs.OneSentence(code, text);
        sentence.Has(CueKind.Modal).ShouldBeTrue();
        sentence.Has(CueKind.Negation).ShouldBeFalse();
        Enumerable.Range(0, sentence.Tokens.Length).ShouldAllBe(i => !sentence.IsNegated(i));
    }

    [Theory]
    [InlineData("en", "We usually reply within a day.")]
    [InlineData("en", "In most cases we reply within a day.")]
    [InlineData("it", "Di solito rispondiamo in un giorno.")]
    [InlineData("ro", "De obicei răspundem într-o zi.")]
    [InlineData("ro", "În general răspundem într-o zi.")]
    public void Hedges_are_found(string code, string text) => Packs.OneSentence(code, text).Has(CueKind.Hedge).ShouldBeTrue();

    [Theory]
    [InlineData("en", "Until 2023 we offered free returns within 60 days.", true)]
    [InlineData("en", "We used to offer free returns.", true)]
    [InlineData("en", "We previously offered free returns.", true)]
    [InlineData("en", "Free returns until 2099.", false)]
    [InlineData("it", "Fino al 2023 offrivamo resi gratuiti.", true)]
    [InlineData("it", "In passato offrivamo resi gratuiti.", true)]
    [InlineData("ro", "Până în 2023 ofeream retururi gratuite.", true)]
    [InlineData("ro", "În trecut ofeream retururi gratuite.", true)]
    [InlineData("ro", "Zero emisii nete până în 2040.", false)]
    public void History_cues_place_a_sentence_in_the_past(string code, string text, bool history)
        => Packs.OneSentence(code, text).Has(CueKind.History).ShouldBe(history);

    [Theory]
    [InlineData("en", "We always reply within 24 hours.")]
    [InlineData("en", "Replies guaranteed within 24 hours.")]
    [InlineData("en", "100% uptime, no exceptions.")]
    [InlineData("it", "Rispondiamo sempre entro 24 ore.")]
    [InlineData("it", "Risposta garantita, senza eccezioni.")]
    [InlineData("ro", "Răspundem întotdeauna în 24 de ore.")]
    [InlineData("ro", "Răspuns garantat, fără excepție.")]
    public void Absolute_claims_are_found(string code, string text) => Packs.OneSentence(code, text).Has(CueKind.Absolute).ShouldBeTrue();

    [Theory]
    [InlineData("en", "We reply in no more than 24 hours.")]
    [InlineData("en", "100% uptime, no exceptions.")]
    [InlineData("it", "Rispondiamo non oltre 24 ore.")]
    public void Phrases_that_contain_a_negation_word_but_bound_or_absolutise_are_not_negations(string code, string text)
        => Packs.OneSentence(code, text).Has(CueKind.Negation).ShouldBeFalse();

    [Fact]
    public void A_month_named_may_is_not_a_modal()
        => Packs.OneSentence("en", "The offer started in May 2026.").Has(CueKind.Modal).ShouldBeFalse();

    [Fact]
    public void Cues_other_than_negation_scope_the_whole_sentence()
    {
        var sentence = Packs.OneSentence("en", "We may, in some cases, share data.");
        var modal = sentence.Cues.Where(c => c.Kind != CueKind.FirstPerson).ShouldHaveSingleItem();
        modal.Scope.ShouldBe(new Range(0, sentence.Tokens.Length));
    }
}
