namespace NarrativeLint.Tests.Semantics;

/// <summary>NL5010 sponsored posts, NL5020 marketing email, NL6001 post length.</summary>
public class ChannelRulesTests
{
    static string[] SponsoredPost(string text, string language) =>
        Semantic.Check(("social/posts.yaml", $"- date: 2025-10-02\n  platform: instagram\n  lang: {language}\n  sponsored: true\n  text: \"{text}\"\n"))
            .Active.Select(f => f.Id).ToArray();

    [Theory]
    [InlineData("Try the new Acme Cloud backups today. #ad", "en")]
    [InlineData("Sponsored: try the new Acme Cloud backups today.", "en")]
    [InlineData("Prova oggi i nuovi backup di Acme Cloud. #adv", "it")]
    [InlineData("Pubblicità: prova oggi i nuovi backup di Acme Cloud.", "it")]
    [InlineData("Încearcă azi noile backupuri Acme Cloud. #publicitate", "ro")]
    public void A_sponsored_post_with_a_disclosure_is_silent(string text, string language) =>
        SponsoredPost(text, language).ShouldNotContain("NL5010");

    [Theory]
    [InlineData("Try the new Acme Cloud backups today. #sp", "en")]
    [InlineData("Try the new Acme Cloud backups today. #collab", "en")]
    [InlineData("Prova oggi i nuovi backup di Acme Cloud. #collab", "it")]
    [InlineData("Prova oggi i nuovi backup di Acme Cloud. #sp", "it")]
    [InlineData("Încearcă azi noile backupuri Acme Cloud. #collab", "ro")]
    [InlineData("Încearcă azi noile backupuri Acme Cloud. #sp", "ro")]
    public void An_ambiguous_tag_is_not_a_disclosure(string text, string language) =>
        SponsoredPost(text, language).ShouldContain("NL5010");

    static string Email(string headers, string subject, string body, string language) =>
        $"From: Acme Cloud <news@acme.example>\r\nTo: you@example.com\r\nSubject: {subject}\r\nDate: Mon, 06 Oct 2025 09:00:00 +0000\r\n" +
        $"Content-Language: {language}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n{headers}\r\n" +
        $"{body}\r\n\r\nAcme Cloud SRL, Strada Exemplu 1, Bucharest, Romania\r\n";

    public static TheoryData<string, string, string> Mailings => new()
    {
        { "Black Friday: 50% off", "All plans are half price this week.", "en" },
        { "Black Friday: sconto del 50%", "Tutti i piani costano la metà questa settimana.", "it" },
        { "Black Friday: reducere de 50%", "Toate planurile costă jumătate de preț săptămâna aceasta.", "ro" },
    };

    [Theory]
    [MemberData(nameof(Mailings))]
    public void A_bulk_mailing_without_any_unsubscribe_is_reported_at_line_1(string subject, string body, string language)
    {
        var finding = Semantic.Check(("mail/offer.eml", Email("Precedence: bulk\r\n", subject, body, language)))
            .Active.Where(f => f.Id == "NL5020").ShouldHaveSingleItem();
        finding.LineSpan.StartLinePosition.Line.ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(Mailings))]
    public void A_List_Unsubscribe_header_satisfies_the_unsubscribe_rule(string subject, string body, string language) =>
        Semantic.Check(("mail/offer.eml", Email("Precedence: bulk\r\nList-Unsubscribe: <https://acme.example/unsubscribe?u=1>\r\n", subject, body, language)))
            .Active.ShouldNotContain(f => f.Id == "NL5020");

    [Theory]
    [InlineData("Re: my ticket", "Thanks for your message; your backup is restored.", "en")]
    [InlineData("Re: la mia richiesta", "Grazie per il messaggio; il backup è stato ripristinato.", "it")]
    [InlineData("Re: tichetul meu", "Mulțumim pentru mesaj; backupul a fost restaurat.", "ro")]
    public void A_transactional_reply_is_never_a_marketing_email(string subject, string body, string language) =>
        Semantic.Check(("mail/reply.eml", Email("In-Reply-To: <123@example.com>\r\n", subject, body, language)))
            .Active.ShouldNotContain(f => f.Id == "NL5020" || f.Id == "NL5021");

    static string LongText(string language) => language switch
    {
        "it" => "Acme Cloud ora esegue il backup di ogni server ogni ora, conserva le copie in tre data center europei e ti permette di ripristinarle con un clic dal pannello di controllo. Scopri come funziona e quanto costa nella nostra nuova guida, con esempi passo passo per ogni piano e per ogni regione.",
        "ro" => "Acme Cloud face acum backup pentru fiecare server în fiecare oră, păstrează copiile în trei centre de date europene și îți permite să le restaurezi dintr-un clic din panoul de control. Află cum funcționează și cât costă în noul nostru ghid, cu exemple pas cu pas pentru fiecare plan.",
        _ => "Acme Cloud now backs up every server every hour, keeps the copies in three European data centres and lets you restore them in one click from the control panel. Find out how it works and what it costs in our new guide, with step-by-step examples for every plan, every region and every team.",
    };

    [Theory]
    [InlineData("en")]
    [InlineData("it")]
    [InlineData("ro")]
    public void A_post_over_280_characters_is_reported_at_its_text_line(string language)
    {
        var text = LongText(language);
        text.Length.ShouldBeGreaterThan(280);
        var file = $"- date: 2025-10-02\n  lang: {language}\n  text: \"A short post.\"\n- date: 2025-10-03\n  lang: {language}\n  text: \"{text}\"\n";
        var finding = Semantic.Check(("social/posts.yaml", file)).Active.Where(f => f.Id == "NL6001").ShouldHaveSingleItem();
        finding.LineSpan.StartLinePosition.Line.ShouldBe(5);
        finding.Message.ShouldContain("280");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("it")]
    [InlineData("ro")]
    public void A_post_of_280_characters_or_fewer_is_silent(string language)
    {
        var text = LongText(language)[..280];
        var file = $"- date: 2025-10-02\n  lang: {language}\n  text: \"{text}\"\n";
        Semantic.Check(("social/posts.yaml", file)).Active.ShouldNotContain(f => f.Id == "NL6001");
    }

    static string PostWithLink(string language)
    {
        const string url = "https://acme.example/blog/2025/10/backups-every-hour-with-one-click-restore?utm_source=social";
        var lead = language switch
        {
            "it" => "Backup ogni ora, ripristino con un clic: ",
            "ro" => "Backup în fiecare oră, restaurare dintr-un clic: ",
            _ => "Backups every hour, restored in one click: ",
        };
        var text = lead + url + " " + string.Concat(Enumerable.Repeat("Acme ", 30)).TrimEnd();
        text.Length.ShouldBeGreaterThan(280);
        (text.Length - url.Length + 23).ShouldBeLessThanOrEqualTo(280);
        return $"- date: 2025-10-02\n  lang: {language}\n  text: \"{text}\"\n";
    }

    [Theory]
    [InlineData("en")]
    [InlineData("it")]
    [InlineData("ro")]
    public void A_link_counts_23_characters_where_url_length_is_set(string language) =>
        Semantic.Check(("social/posts.yaml", PostWithLink(language))).Active.ShouldNotContain(f => f.Id == "NL6001");

    [Theory]
    [InlineData("en")]
    [InlineData("it")]
    [InlineData("ro")]
    public void A_link_counts_as_written_where_url_length_is_not_set(string language)
    {
        var registry = Semantic.Registry.Replace("\n    url-length: 23", "");
        registry.ShouldNotContain("url-length");
        Semantic.CheckWith(registry, ("social/posts.yaml", PostWithLink(language))).Active.ShouldContain(f => f.Id == "NL6001");
    }
}
