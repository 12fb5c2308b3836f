using NarrativeLint.Analyzers;
using NarrativeLint.Engine;
using NarrativeLint.Tests.Rules;
using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.Translations;

/// <summary>NL2002 on generated pairs: each kind of difference injected alone is found on its block, and nothing else is.</summary>
public class TranslationDriftTests
{
    static IReadOnlyList<Finding> Check(string translationLanguage, string translationMarkup, string? sourceMarkup = null) =>
        CheckPair(translationLanguage, translationMarkup, sourceMarkup);

    [Theory]
    [InlineData("it")]
    [InlineData("ro")]
    [InlineData("ja")]
    public void A_faithful_translation_is_silent(string language) => Check(language, Page(Blocks[language]));

    public static TheoryData<string, int, string, string> Injected => new()
    {
        { "it", 1, "Velocell gestisce {|NL2002:135|} negozi in Italia e Romania.", "number" },
        { "ro", 1, "Velocell are {|NL2002:135|} de magazine în Italia și România.", "number" },
        { "ja", 1, "Velocellはイタリアとルーマニアで{|NL2002:135|}店舗を運営しています。", "number" },
        { "it", 2, "Un sondaggio su 2.400 clienti VeloFibre ha rilevato che il {|NL2002:82%|} ci consiglierebbe.", "percentage" },
        { "ro", 2, "Un sondaj printre 2.400 de clienți VeloFibre a arătat că {|NL2002:82%|} ne-ar recomanda.", "percentage" },
        { "ja", 2, "VeloFibreのお客様2,400人を対象とした調査では、{|NL2002:82%|}が推薦すると回答しました。", "percentage" },
        { "it", 3, "Leggi il [rapporto annuale]({|NL2002:https://velocell.example/report-2021|}) di VeloGroup.", "link" },
        { "ro", 3, "Citiți [raportul anual]({|NL2002:https://velocell.example/report-2021|}) al VeloGroup.", "link" },
        { "ja", 3, "VeloGroupの[年次報告書]({|NL2002:https://velocell.example/report-2021|})をお読みください。", "link" },
        { "it", 4, "Il router VeloBox supporta il firmware {|NL2002:4.1.0|} e successivi.", "version" },
        { "ja", 4, "VeloBoxルーターはファームウェア{|NL2002:4.1.0|}以降に対応しています。", "version" },
        { "it", 5, "VeloCloud vende i tuoi dati.", "negation" },
        { "ro", 5, "VeloCloud vinde datele dumneavoastră.", "negation" },
        { "it", 6, "Ultimo aggiornamento: {|NL2002:12 maggio 2021|}.", "date" },
        { "ro", 6, "Ultima actualizare: {|NL2002:12 mai 2021|}.", "date" },
    };

    [Theory]
    [MemberData(nameof(Injected))]
    public void One_injected_difference_is_found_on_its_block_and_nothing_else(string language, int block, string changed, string kind)
    {
        // A negation dropped is reported on the whole block, which has no cue to point at.
        if (kind == "negation") changed = "{|NL2002:" + changed + "|}";
        var findings = Check(language, Page(With(language, block, changed)));
        findings.Single().Property(FindingProperties.Difference).ShouldBe(kind);
        var related = findings.Single().Diagnostic.AdditionalLocations.Single();
        related.GetLineSpan().Path.ShouldBe(SourcePath);
        related.GetLineSpan().StartLinePosition.Line.ShouldBe(5 + 2 * block);
    }

    [Fact]
    public void The_message_names_both_values_and_the_source_line()
    {
        var finding = Check("it", Page(With("it", 2, "Un sondaggio su 2.400 clienti VeloFibre ha rilevato che il {|NL2002:82%|} ci consiglierebbe."))).Single();
        finding.Message.ShouldBe($"The percentage differs from the source: '82%' here, '92%' in {SourcePath}:10");
    }

    [Theory]
    [InlineData("it")]
    [InlineData("ja")]
    public void Reordered_blocks_are_aligned_by_their_anchors(string language)
    {
        var blocks = With(language, 1, Blocks[language][1].Replace("120", "{|NL2002:135|}"));
        (blocks[2], blocks[4]) = (blocks[4], blocks[2]);
        Check(language, Page(blocks));
    }

    [Theory]
    [InlineData("ro", 3)]
    [InlineData("ja", 2)]
    public void A_missing_block_does_not_shift_the_rest(string language, int missing)
    {
        var blocks = With(language, 4, Blocks[language][4].Replace("4.2.1", "{|NL2002:4.1.0|}")).Where((_, i) => i != missing);
        Check(language, Page(blocks));
    }

    [Fact]
    public void An_inserted_block_does_not_shift_the_rest()
    {
        var blocks = With("it", 4, Blocks["it"][4].Replace("4.2.1", "{|NL2002:4.1.0|}")).ToList();
        blocks.Insert(2, "Questo paragrafo esiste solo in italiano.");
        Check("it", Page(blocks));
    }

    [Fact]
    public void A_translation_marked_as_drifted_is_reported_once_at_its_start_with_both_dates()
    {
        var findings = Check("it", "{|NL2002:|}" + Page(Blocks["it"], date: "2021-05-12", extraFrontMatter: "drifted_from_default: true\n"));
        findings.Single().Message.ShouldBe($"The translation is older than its source: 'drifted_from_default: true, 2021-05-12' here, '2026-03-03' in {SourcePath}:1");
        findings.Single().Property(FindingProperties.Difference).ShouldBe("stale");
    }

    [Fact]
    public void A_translation_dated_before_its_source_is_stale()
    {
        var findings = Check("ro", "{|NL2002:|}" + Page(Blocks["ro"], date: "2025-01-10"));
        findings.Single().Message.ShouldContain("'2025-01-10' here, '2026-03-03'");
    }

    [Fact]
    public void Numbers_written_the_local_way_are_the_same_numbers()
    {
        var source = Page(["Velocell serves 3.4 million customers and 1,000 companies: sections 2,3 and 4 explain how."]);
        Check("it", Page(["Velocell serve 3,4 milioni di clienti e 1.000 aziende: le sezioni 2, 3 e 4 spiegano come."]), source);
    }
}
