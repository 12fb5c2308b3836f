using System.Text.Json;
using NarrativeLint.Language;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace NarrativeLint.Tests.WarmStart;

/// <summary>
/// What a start costs in packs: a pack file is read from its YAML tree exactly as YamlDotNet's deserializer read it,
/// and a pack no document is in is neither compiled nor stemmed for the registry's phrases.
/// </summary>
public class PackStartTests
{
    static readonly string[] Shipped = ["de", "en", "es", "fr", "it", "pt", "ro"];

    static string ReadShipped(string code) => File.ReadAllText(Tests.Robustness.Repository.PathOf($"rules/languages/{code}.yaml"));

    static string Json(LanguagePackDefinition definition) => JsonSerializer.Serialize(definition, new JsonSerializerOptions { WriteIndented = true });

    public static TheoryData<string> Packs() => [.. Shipped];

    [Theory]
    [MemberData(nameof(Packs))]
    public void A_shipped_pack_reads_as_the_object_deserializer_read_it(string code)
    {
        var text = ReadShipped(code);
        var deserializer = new DeserializerBuilder().WithNamingConvention(HyphenatedNamingConvention.Instance).Build();
        Json(LanguagePackDefinition.Parse(text)).ShouldBe(Json(deserializer.Deserialize<LanguagePackDefinition>(text)));
    }

    [Theory]
    [InlineData("code: xx\nnumbrs: { decimal: ',' }\n", "numbrs")]
    [InlineData("code: xx\nfallback: maybe\n", "true or false")]
    [InlineData("code: xx\nfunction-words: the\n", "list")]
    [InlineData("code: xx\nfunction-words: &words [a, b]\narticles: *words\n", "alias")]
    public void A_pack_with_an_unknown_key_a_wrong_shape_or_an_alias_is_refused(string yaml, string said)
    {
        Should.Throw<YamlException>(() => LanguagePack.FromYaml(yaml)).Message.ShouldContain(said);
    }

    [Fact]
    public void A_number_that_is_not_one_is_refused_as_a_format_error()
    {
        Should.Throw<FormatException>(() => LanguagePack.FromYaml("code: xx\nstemming: { min-stem-length: three }\n"));
    }

    [Fact]
    public void Registry_phrases_of_a_language_are_indexed_when_a_sentence_of_it_is_first_matched()
    {
        var packs = new LanguagePacks(Shipped.Select(code => LanguagePack.FromYaml(ReadShipped(code))));
        var asked = new List<string>();
        var index = new PhraseIndex(packs, pack =>
        {
            lock (asked) asked.Add(pack.Code);
            return [new Phrase(PhraseRole.Topic, "support", pack.Code == "it" ? "assistenza" : "support")];
        });

        var english = packs.Get("en").Annotate("Our support team replies.")[0];
        index.Match(english).Select(m => m.Phrase.Text).ShouldBe(["support"]);
        index.Match(english).Length.ShouldBe(1);
        asked.ShouldBe(["en"]);

        index.Match(packs.Get("it").Annotate("La nostra assistenza risponde.")[0]).Select(m => m.Phrase.Text).ShouldBe(["assistenza"]);
        asked.ShouldBe(["en", "it"]);
    }
}
