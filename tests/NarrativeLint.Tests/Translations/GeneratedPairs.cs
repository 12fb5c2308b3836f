namespace NarrativeLint.Tests.Translations;

/// <summary>
/// One English page and its translations into Italian, Romanian, Japanese and Polish (languages without a pack), block
/// for block, built so that a test can change one value of one block, mark it, reorder blocks or drop one.
/// </summary>
static class GeneratedPairs
{
    public const string SourcePath = "content/en/about.md";

    public static string TranslationPath(string language) => $"content/{language}/about.md";

    /// <summary>The blocks of each language, in the source's order: heading, shops, survey, link, version, negation, date, price, reply time, data centres (a number in words), price lock (a registry commitment that superseded another).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Blocks = new Dictionary<string, string[]>
    {
        ["en"] =
        [
            "# Velocell in Europe",
            "Velocell runs 120 shops in Italy and Romania.",
            "A survey of 2,400 VeloFibre customers found that 92% would recommend us.",
            "Read the [annual report](https://velocell.example/report-2025) of VeloGroup.",
            "The VeloBox router supports firmware 4.2.1 and later.",
            "VeloCloud does not sell your data.",
            "Last updated 3 March 2026.",
            "The VeloFibre plan costs €30 per month.",
            "The VeloCare team answers every support request within 24 hours.",
            "Velocell runs three data centres.",
            "Your price is fixed for 24 months.",
        ],
        ["it"] =
        [
            "# Velocell in Europa",
            "Velocell gestisce 120 negozi in Italia e Romania.",
            "Un sondaggio su 2.400 clienti VeloFibre ha rilevato che il 92% ci consiglierebbe.",
            "Leggi il [rapporto annuale](https://velocell.example/report-2025) di VeloGroup.",
            "Il router VeloBox supporta il firmware 4.2.1 e successivi.",
            "VeloCloud non vende i tuoi dati.",
            "Ultimo aggiornamento: 3 marzo 2026.",
            "Il piano VeloFibre costa 30 € al mese.",
            "Il team VeloCare risponde a ogni richiesta di assistenza entro 24 ore.",
            "Velocell gestisce tre data center.",
            "Il tuo prezzo resta bloccato per 24 mesi.",
        ],
        ["ro"] =
        [
            "# Velocell în Europa",
            "Velocell are 120 de magazine în Italia și România.",
            "Un sondaj printre 2.400 de clienți VeloFibre a arătat că 92% ne-ar recomanda.",
            "Citiți [raportul anual](https://velocell.example/report-2025) al VeloGroup.",
            "Routerul VeloBox acceptă firmware-ul 4.2.1 și versiunile ulterioare.",
            "VeloCloud nu vinde datele dumneavoastră.",
            "Ultima actualizare: 3 martie 2026.",
            "Planul VeloFibre costă 30 € pe lună.",
            "Echipa VeloCare răspunde la fiecare solicitare de asistență în cel mult 24 de ore.",
            "Velocell are trei centre de date.",
            "Prețul tău rămâne blocat timp de 24 de luni.",
        ],
        ["ja"] =
        [
            "# ヨーロッパのVelocell",
            "Velocellはイタリアとルーマニアで120店舗を運営しています。",
            "VeloFibreのお客様2,400人を対象とした調査では、92%が推薦すると回答しました。",
            "VeloGroupの[年次報告書](https://velocell.example/report-2025)をお読みください。",
            "VeloBoxルーターはファームウェア4.2.1以降に対応しています。",
            "VeloCloudはお客様のデータを販売しません。",
            "最終更新日：2026年3月3日。",
            "VeloFibreプランの料金は月額€30です。",
            "VeloCareチームはすべてのお問い合わせに24時間以内に回答します。",
            "Velocellは3つのデータセンターを運営しています。",
            "お客様の料金は24か月間固定されます。",
        ],
        ["pl"] =
        [
            "# Velocell w Europie",
            "Velocell prowadzi 120 sklepów we Włoszech i w Rumunii.",
            "Badanie wśród 2400 klientów VeloFibre wykazało, że 92% poleciłoby nas znajomym.",
            "Przeczytaj [raport roczny](https://velocell.example/report-2025) grupy VeloGroup.",
            "Router VeloBox obsługuje oprogramowanie w wersji 4.2.1 i nowszych.",
            "VeloCloud nie sprzedaje Twoich danych.",
            "Ostatnia aktualizacja: 3 marca 2026.",
            "Plan VeloFibre kosztuje 30 € miesięcznie.",
            "Zespół VeloCare odpowiada na każde zgłoszenie w ciągu 24 godzin.",
            "Velocell prowadzi trzy centra danych.",
            "Twoja cena pozostaje stała przez 24 miesiące.",
        ],
    };

    /// <summary>Every rule but NL2002: their findings are someone else's test.</summary>
    public static readonly string[] OtherRules = [.. NarrativeLint.Analyzers.Descriptors.All.Select(d => d.Id).Where(id => id != "NL2002")];

    /// <summary>Checks the English page (or <paramref name="sourceMarkup"/>) and its translation into <paramref name="language"/>, NL2002 only, against the markup.</summary>
    public static IReadOnlyList<NarrativeLint.Engine.Finding> CheckPair(string language, string translationMarkup, string? sourceMarkup = null) =>
        Rules.Verify.Files(Rules.Fixture.Registry, [(SourcePath, sourceMarkup ?? Page(Blocks["en"])), (TranslationPath(language), translationMarkup)], OtherRules);

    /// <summary>Checks the pages with block 2 (the survey) of the English page and of its translation into <paramref name="language"/> replaced, NL2002 only.</summary>
    public static IReadOnlyList<NarrativeLint.Engine.Finding> CheckBlock(string language, string sourceBlock, string translationBlock) =>
        CheckPair(language, Page(With(language, 2, translationBlock)), Page(With("en", 2, sourceBlock)));

    /// <summary>
    /// Checks two posts that are no translations of each other (one.md and two.md in their language folders) against their
    /// markup; findings with an ID in <paramref name="ignoring"/> (a language without a pack's NL0010) are not marked.
    /// </summary>
    public static void CheckPosts(string firstLanguage, string first, string secondLanguage, string second, IReadOnlyCollection<string>? ignoring = null) =>
        Rules.Verify.Files(Rules.Fixture.Registry, [Rules.Fixture.Post(first, firstLanguage, path: $"{firstLanguage}/one.md"), Rules.Fixture.Post(second, secondLanguage, path: $"{secondLanguage}/two.md")],
            ignoring);

    /// <summary>A Markdown page of <paramref name="blocks"/>, one paragraph each, with its front matter.</summary>
    public static string Page(IEnumerable<string> blocks, string date = "2026-03-03", string extraFrontMatter = "") =>
        $"---\ntitle: Velocell\ndate: {date}\n{extraFrontMatter}---\n\n" + string.Join("\n\n", blocks) + "\n";

    /// <summary>The translation's blocks with block <paramref name="index"/> replaced.</summary>
    public static string[] With(string language, int index, string block)
    {
        var blocks = Blocks[language].ToArray();
        blocks[index] = block;
        return blocks;
    }
}
