namespace NarrativeLint.Tests.Language;

public class StemmerTests
{
    [Theory]
    [InlineData("en", "replies", "reply", "replied")]
    [InlineData("en", "answers", "answer", "answered", "answering")]
    [InlineData("en", "emission", "emissions")]
    [InlineData("en", "service", "services")]
    [InlineData("en", "business", "businesses")]
    [InlineData("it", "assistenza", "assistenze")]
    [InlineData("it", "rispondere", "rispondiamo", "risponde")]
    [InlineData("it", "garantito", "garantita", "garantiamo")]
    [InlineData("it", "confidenziale", "confidenziali")]
    [InlineData("ro", "răspunde", "răspundem")]
    [InlineData("ro", "confidențial", "confidențială", "confidențiale")]
    [InlineData("ro", "date", "datele", "datelor")]
    [InlineData("ro", "asistență", "asistența", "asistenței")]
    [InlineData("ro", "tichet", "tichete", "tichetele", "tichetul")]
    public void Forms_of_one_word_share_a_stem(string code, params string[] forms)
    {
        var pack = Packs.For(code);
        forms.Select(pack.Stem).Distinct().Count().ShouldBe(1, string.Join(", ", forms.Select(pack.Stem)));
    }

    [Theory]
    [InlineData("en", "ore")]
    [InlineData("it", "ore")]
    [InlineData("ro", "zi")]
    public void Stems_keep_at_least_three_letters(string code, string word)
        => Packs.For(code).Stem(word).ShouldBe(word);

    [Fact]
    public void A_cue_phrase_stems_word_by_word_without_punctuation()
        => Packs.For("en").StemPhrase("personal data, replies!").ShouldBe(["person", "data", "repl"]);
}
