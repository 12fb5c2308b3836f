using NarrativeLint.Language;
using NarrativeLint.Tests.Language;

namespace NarrativeLint.Tests.LanguageData;

/// <summary><c>stemming: { algorithm: snowball }</c>: the language's Snowball stemmer, as the French, Spanish, Portuguese and German packs use.</summary>
public class SnowballStemmingTests
{
    [Theory]
    [InlineData("fr", "réponse", "réponses")]
    [InlineData("fr", "garantie", "garanties")]
    [InlineData("fr", "donnée", "données")]
    [InlineData("es", "respuesta", "respuestas")]
    [InlineData("es", "garantizado", "garantizada", "garantizados")]
    [InlineData("pt", "resposta", "respostas")]
    [InlineData("pt", "garantido", "garantida", "garantidos")]
    [InlineData("de", "Antwort", "Antworten")]
    [InlineData("de", "Kunde", "Kunden")]
    [InlineData("de", "Garantie", "Garantien")]
    public void Forms_of_one_word_share_a_snowball_stem(string code, params string[] forms) =>
        forms.Select(Packs.For(code).Stem).Distinct().Count().ShouldBe(1, string.Join(", ", forms.Select(Packs.For(code).Stem)));

    [Fact]
    public void A_pack_chooses_snowball_or_the_light_stemmer()
    {
        var light = LanguagePack.FromYaml("code: fr\nstemming: { suffixes: [s] }\n");
        var snowball = LanguagePack.FromYaml("code: fr\nstemming: { algorithm: snowball }\n");
        light.Stem("réponses").ShouldBe("réponse");
        snowball.Stem("réponses").ShouldBe("répons");
    }

    [Fact]
    public void A_language_without_a_snowball_stemmer_is_refused() =>
        Should.Throw<InvalidDataException>(() => LanguagePack.FromYaml("code: pl\nstemming: { algorithm: snowball }\n").Stem("danych"))
            .Message.ShouldContain("no Snowball stemmer for 'pl'");
}
