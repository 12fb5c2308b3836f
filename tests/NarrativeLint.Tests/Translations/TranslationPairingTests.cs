using System.Text;
using NarrativeLint.Analyzers;
using NarrativeLint.Channels;
using NarrativeLint.Engine;
using NarrativeLint.Tests.Rules;
using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.Translations;

/// <summary>How a run finds which documents translate which, and which side is the source.</summary>
public class TranslationPairingTests
{
    static AnalysisResult Run(EngineOptions? options, params (string Path, string Text)[] files) =>
        new NarrativeEngine(Fixture.Registry, options).Check(files.Select(f => new ContentFile(f.Path, Encoding.UTF8.GetBytes(f.Text))).ToList());

    static AnalysisResult Run(params (string Path, string Text)[] files) => Run(null, files);

    static (string Source, string Translation, TranslationEvidence How) Only(AnalysisResult result)
    {
        var pair = result.TranslationPairs.ShouldHaveSingleItem();
        return (pair.Source.Path, pair.Translation.Path, pair.Evidence);
    }

    [Theory]
    [InlineData("content/en/docs/a.md", "content/it/docs/a.md")]
    [InlineData("docs/guide/a.md", "i18n/ro/docusaurus-plugin-content-docs/current/guide/a.md")]
    [InlineData("pages/about.md", "pages/about.it.md")]
    [InlineData("press/en/launch.md", "press/ro/launch.md")]
    [InlineData("content/en/docs/a.md", "content/ja/docs/a.md")]
    [InlineData("text/en/listing.txt", "text/it/listing.it.txt")]
    public void Path_conventions_pair_a_page_with_its_translation(string source, string translation)
    {
        var language = translation.Contains("/ro/") ? "ro" : translation.Contains("/ja/") ? "ja" : "it";
        Only(Run((translation, Page(Blocks[language])), (source, Page(Blocks["en"]))))
            .ShouldBe((source, translation, TranslationEvidence.PathConvention));
    }

    [Fact]
    public void Pages_of_different_programming_languages_are_not_translations()
    {
        Run(("docs/languages/go/index.md", Page(Blocks["en"])), ("docs/languages/js/index.md", Page(Blocks["en"]))).TranslationPairs.ShouldBeEmpty();
    }

    [Fact]
    public void A_shared_translation_key_pairs_pages_anywhere()
    {
        Only(Run(("blog/chi-siamo.md", Page(Blocks["it"], extraFrontMatter: "lang: it\ntranslationKey: about\n")),
                 ("site/about-us.md", Page(Blocks["en"], extraFrontMatter: "lang: en\ntranslationKey: about\n"))))
            .ShouldBe(("site/about-us.md", "blog/chi-siamo.md", TranslationEvidence.FrontMatter));
    }

    [Fact]
    public void Translation_of_names_the_source_even_against_the_registry_languages()
    {
        // The registry's first language is English, but the front matter says the English page was translated from the Italian.
        Only(Run(("a/chi-siamo.md", Page(Blocks["it"], extraFrontMatter: "lang: it\n")),
                 ("b/about.md", Page(Blocks["en"], extraFrontMatter: "lang: en\ntranslation_of: a/chi-siamo.md\n"))))
            .ShouldBe(("a/chi-siamo.md", "b/about.md", TranslationEvidence.FrontMatter));
    }

    [Theory]
    [InlineData("source: /site/about-us.md")]
    [InlineData("translation_of: ../site/about-us.md")]
    [InlineData("source: https://velocell.example/site/about-us/")]
    public void Front_matter_naming_the_source_pairs_pages_anywhere(string declaration)
    {
        Only(Run(("blog/chi-siamo.md", Page(Blocks["it"], extraFrontMatter: "lang: it\n" + declaration + "\n")),
                 ("site/about-us.md", Page(Blocks["en"], extraFrontMatter: "lang: en\n"))))
            .ShouldBe(("site/about-us.md", "blog/chi-siamo.md", TranslationEvidence.FrontMatter));
    }

    [Fact]
    public void Short_undeclared_translations_without_inner_capitals_are_paired_by_their_anchors()
    {
        var en = Page(["Acme Cloud answers within 24 hours and keeps 99.95% uptime.", "Read the [terms](https://acme.example/terms) and the [SLA](https://acme.example/sla).", "Prices start at €9.99 a month."], extraFrontMatter: "lang: en\n");
        var it = Page(["Acme Cloud risponde entro 24 ore e garantisce il 99,95% di disponibilità.", "Leggi i [termini](https://acme.example/terms) e lo [SLA](https://acme.example/sla).", "I prezzi partono da 9,99 € al mese."], extraFrontMatter: "lang: it\n");
        Only(Run(("news/acme.md", it), ("pages/acme-cloud.md", en))).ShouldBe(("pages/acme-cloud.md", "news/acme.md", TranslationEvidence.ContentSimilarity));
    }

    [Fact]
    public void Sibling_language_folders_with_translated_file_names_pair_their_most_similar_pages()
    {
        var result = Run(("press/en/launch.md", Page(Blocks["en"])), ("press/it/lancio.md", Page(Blocks["it"])),
                         ("press/en/office.md", Page(["VeloCloud opened an office in Lisbon in 2019 with 35 people."])),
                         ("press/it/ufficio.md", Page(["VeloCloud ha aperto un ufficio a Lisbona nel 2019 con 35 persone."])));
        result.TranslationPairs.Select(p => (p.Source.Path, p.Translation.Path)).ShouldBe([("press/en/launch.md", "press/it/lancio.md"), ("press/en/office.md", "press/it/ufficio.md")], ignoreOrder: true);
    }

    [Fact]
    public void A_page_with_translated_names_in_two_languages_pairs_with_both()
    {
        var result = Run(("press/en/launch.md", Page(Blocks["en"])), ("press/it/lancio.md", Page(Blocks["it"])), ("press/ro/lansare.md", Page(Blocks["ro"])),
                         ("press/en/office.md", Page(["VeloCloud opened an office in Lisbon in 2019 with 35 people."])));
        result.TranslationPairs.Select(p => (p.Source.Path, p.Translation.Path)).ShouldBe([("press/en/launch.md", "press/it/lancio.md"), ("press/en/launch.md", "press/ro/lansare.md")], ignoreOrder: true);
    }

    [Fact]
    public void An_html_alternate_link_pairs_pages()
    {
        static string Html(string lang, string body) =>
            $"<html lang=\"{lang}\"><head><link rel=\"alternate\" hreflang=\"en\" href=\"https://velocell.example/en.html\"><link rel=\"alternate\" hreflang=\"it\" href=\"https://velocell.example/it.html\"></head><body>{body}</body></html>";
        var en = Html("en", string.Join("", Blocks["en"].Skip(1).Select(b => $"<p>{b}</p>")));
        var it = Html("it", string.Join("", Blocks["it"].Skip(1).Select(b => $"<p>{b}</p>")));
        Only(Run(("web/it.html", it), ("web/en.html", en))).ShouldBe(("web/en.html", "web/it.html", TranslationEvidence.AlternateLink));
    }

    [Fact]
    public void Undeclared_translations_are_paired_by_the_anchors_they_share()
    {
        var result = Run(("notes/velocell.md", Page(Blocks["it"], extraFrontMatter: "lang: it\n")),
                         ("other/velocell-europe.md", Page(Blocks["en"], extraFrontMatter: "lang: en\n")),
                         ("other/unrelated.md", Page(["VeloCloud opened an office in Lisbon in 2019 with 35 people."], extraFrontMatter: "lang: it\n")));
        Only(result).ShouldBe(("other/velocell-europe.md", "notes/velocell.md", TranslationEvidence.ContentSimilarity));
    }

    [Fact]
    public void The_configured_default_language_is_the_source()
    {
        var result = Run(new EngineOptions { DefaultLanguage = "it" }, ("content/en/a.md", Page(Blocks["en"])), ("content/it/a.md", Page(Blocks["it"])));
        Only(result).ShouldBe(("content/it/a.md", "content/en/a.md", TranslationEvidence.PathConvention));
    }

    [Fact]
    public void Without_a_registry_language_the_newer_document_is_the_source()
    {
        var result = new NarrativeEngine(new NarrativeLint.Registry.BrandRegistry()).Check(
            [new ContentFile("content/en/a.md", Encoding.UTF8.GetBytes(Page(Blocks["en"], date: "2024-01-01"))),
             new ContentFile("content/it/a.md", Encoding.UTF8.GetBytes(Page(Blocks["it"], date: "2025-01-01")))]);
        Only(result).ShouldBe(("content/it/a.md", "content/en/a.md", TranslationEvidence.PathConvention));
    }

    [Fact]
    public void Thousands_of_reordered_blocks_align_on_their_anchors()
    {
        // 4,000 blocks each side, every third one swapped with its neighbour: a quadratic alignment would take minutes here.
        var en = Enumerable.Range(0, 4000).Select(i => $"VeloBox{i} ships with its [manual](https://velocell.example/m/{i}).").ToList();
        var it = Enumerable.Range(0, 4000).Select(i => $"VeloBox{i} è venduto con il suo [manuale](https://velocell.example/m/{i}).").ToList();
        for (int i = 0; i + 1 < it.Count; i += 3) (it[i], it[i + 1]) = (it[i + 1], it[i]);
        var pair = Run(("content/en/big.md", Page(en)), ("content/it/big.md", Page(it))).TranslationPairs.ShouldHaveSingleItem();
        pair.Alignment.Count(a => a.How == BlockMatch.Anchors).ShouldBe(4000);
        pair.Alignment.Count(a => Name(a.Source) != Name(a.Translation)).ShouldBe(0);

        static string Name(TranslationBlock block) => block.Segment.Text.Split(' ')[0];
    }
}
