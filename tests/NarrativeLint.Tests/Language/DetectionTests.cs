using NarrativeLint.Language;

namespace NarrativeLint.Tests.Language;

public class DetectionTests
{
    [Theory]
    [InlineData("We answer every support request within 24 hours, and we never sell your data.", "en")]
    [InlineData("Rispondiamo a ogni richiesta di assistenza entro 24 ore e non vendiamo mai i tuoi dati.", "it")]
    [InlineData("Răspundem la orice solicitare în cel mult 24 de ore și nu vindem niciodată datele.", "ro")]
    public void Detects_the_language_from_its_function_words(string text, string code)
        => LanguagePacks.Default.Detect(text).ShouldBe(code);

    [Theory]
    [InlineData("")]
    [InlineData("Velocell 5G")]
    [InlineData("24 hours")]
    public void Says_nothing_when_there_is_too_little_text(string text)
        => LanguagePacks.Default.Detect(text).ShouldBeNull();

    [Theory]
    [InlineData("en", "en")]
    [InlineData("it-IT", "it")]
    [InlineData("ro_RO", "ro")]
    [InlineData("RO", "ro")]
    [InlineData("fr-CA", "fr")]
    [InlineData("und", "en")]
    [InlineData(null, "en")]
    public void Gets_a_pack_by_language_code_falling_back_to_english(string? code, string expected)
        => LanguagePacks.Default.Get(code).Code.ShouldBe(expected);

    [Fact]
    public void Ships_seven_languages()
        => LanguagePacks.Default.All.Select(p => p.Code).Order().ShouldBe(["de", "en", "es", "fr", "it", "pt", "ro"]);

    [Fact]
    public void A_pack_is_data_a_new_language_needs_only_a_yaml_file()
    {
        const string yaml = """
            code: xx
            name: Test
            duration-units:
              hour: [tick, ticks]
            qualifiers:
              at-most: [zoop]
            cues:
              negation: [nah]
            clause-boundaries: [","]
            """;
        var pack = LanguagePack.FromYaml(yaml);
        var sentence = pack.Annotate("We nah sell, zoop 24 ticks.").ShouldHaveSingleItem();
        var duration = sentence.Quantities.ShouldHaveSingleItem();
        (duration.Value, duration.Unit, duration.Qualifier).ShouldBe((24m, DurationUnit.Hour, Qualifier.AtMost));
        sentence.IsNegated(2).ShouldBeTrue();
        sentence.IsNegated(4).ShouldBeFalse();
    }
}
