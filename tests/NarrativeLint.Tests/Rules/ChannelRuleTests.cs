namespace NarrativeLint.Tests.Rules;

/// <summary>NL6xxx: a channel's length limit (NL6001), with links counted as the platform counts them, and required disclaimers (NL6002).</summary>
public class ChannelRuleTests
{
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
    public void A_post_over_280_characters_is_reported_at_the_start_of_its_text(string language)
    {
        var text = LongText(language);
        text.Length.ShouldBeGreaterThan(280);
        var file = $"- date: 2025-10-02\n  lang: {language}\n  text: \"A short post.\"\n- date: 2025-10-03\n  lang: {language}\n  text: \"{{|NL6001:|}}{text}\"\n";
        var finding = Verify.File("social/posts.yaml", file).ShouldHaveSingleItem();
        finding.LineSpan.StartLinePosition.Line.ShouldBe(5);
        finding.Message.ShouldContain("280");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("it")]
    [InlineData("ro")]
    public void A_post_of_280_characters_or_fewer_is_silent(string language) =>
        Verify.File("social/posts.yaml", $"- date: 2025-10-02\n  lang: {language}\n  text: \"{LongText(language)[..280]}\"\n");

    const string Url = "https://acme.example/blog/2025/10/backups-every-hour-with-one-click-restore?utm_source=social";

    /// <summary>A post over 280 characters as written, and within 280 when its link counts 23.</summary>
    static string PostWithLink(string language, bool marked)
    {
        var lead = language switch
        {
            "it" => "Backup ogni ora, ripristino con un clic: ",
            "ro" => "Backup în fiecare oră, restaurare dintr-un clic: ",
            _ => "Backups every hour, restored in one click: ",
        };
        var text = lead + Url + " " + string.Concat(Enumerable.Repeat("Acme ", 30)).TrimEnd();
        text.Length.ShouldBeGreaterThan(280);
        (text.Length - Url.Length + 23).ShouldBeLessThanOrEqualTo(280);
        return $"- date: 2025-10-02\n  lang: {language}\n  text: \"{(marked ? "{|NL6001:|}" : "") + text}\"\n";
    }

    [Theory]
    [InlineData("en")]
    [InlineData("it")]
    [InlineData("ro")]
    public void A_link_counts_23_characters_where_url_length_is_set(string language) =>
        Verify.File("social/posts.yaml", PostWithLink(language, marked: false));

    [Theory]
    [InlineData("en")]
    [InlineData("it")]
    [InlineData("ro")]
    public void A_link_counts_as_written_where_url_length_is_not_set(string language)
    {
        var registry = Fixture.RegistryYaml.Replace("\n    url-length: 23", "");
        registry.ShouldNotContain("url-length");
        Verify.Files(InMemoryRun.Registry(registry), [("social/posts.yaml", PostWithLink(language, marked: true))]);
    }

    [Fact]
    public void A_registry_channel_glob_wins_over_a_reader_default()
    {
        var registry = InMemoryRun.Registry("""
            channels:
              - id: x
                include: ["x/**"]
                max-length: 280
                url-length: 23
              - id: social
                include: ["**/social/**"]
                max-length: 280
            """);
        var link = "https://example.com/" + new string('a', 100);
        var file = ("x/posts.yaml", $"- date: 2025-06-01\n  text: \"{new string('b', 150)} {link}\"\n");
        InMemoryRun.Check(registry, file).Documents.Single().Content.Metadata.Channel.ShouldBe("x");
        Verify.Files(registry, [file]);
    }

    // NL6002: the fixture's press channel requires a forward-looking-statements notice in any of its languages; a
    // missing one is reported at the start of the file.

    [Theory]
    [InlineData("Acme Cloud opens a data centre in Milan. This release contains forward-looking statements.", "en")]
    [InlineData("Acme Cloud apre un data center a Milano. Questo comunicato contiene dichiarazioni previsionali.", "it")]
    [InlineData("Acme Cloud deschide un centru de date la Milano. Acest comunicat conține declarații prospective.", "ro")]
    public void A_press_release_with_its_disclaimer_is_silent(string markup, string language) =>
        Verify.Files([Fixture.Post(markup, language, path: "press/release.md")]);

    [Theory]
    [InlineData("Acme Cloud opens a data centre in Milan.", "en")]
    [InlineData("Acme Cloud apre un data center a Milano.", "it")]
    [InlineData("Acme Cloud deschide un centru de date la Milano.", "ro")]
    public void A_press_release_without_its_disclaimer_is_reported(string markup, string language)
    {
        var (path, text) = Fixture.Post(markup, language, path: "press/release.md");
        Verify.Files([(path, "{|NL6002:|}" + text)]).ShouldHaveSingleItem().Message.ShouldContain("forward-looking statements");
    }
}
