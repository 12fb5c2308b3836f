namespace NarrativeLint.Tests.Rules;

/// <summary>
/// NL5xxx, the built-in regulated-claims catalogues: generic environmental claims (NL5001), offset-based neutrality
/// (NL5002), future targets without a plan (NL5003), sponsored posts without a disclosure (NL5010), marketing email
/// without an unsubscribe (NL5020) or a sender identity (NL5021).
/// </summary>
public class RegulatedClaimTests
{
    // NL5001, NL5002, NL5003

    [Theory]
    [InlineData("Our hosting is {|NL5001:eco-friendly|}.", "en")]
    [InlineData("Il nostro hosting è {|NL5001:ecologico|}.", "it")]
    [InlineData("Găzduirea noastră este {|NL5001:ecologică|}.", "ro")]
    public void A_generic_environmental_claim_is_reported(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("Our hosting is eco-friendly and holds the EU Ecolabel.", "en")]
    [InlineData("Il nostro hosting è ecologico e ha l'Ecolabel UE.", "it")]
    [InlineData("Găzduirea noastră este ecologică și are eticheta ecologică a UE.", "ro")]
    public void A_generic_claim_with_a_recognised_label_is_substantiated(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("Our cloud is {|NL5002:carbon neutral|} because we offset our emissions.", "en")]
    [InlineData("Il nostro cloud è {|NL5002:neutrale per il clima|} grazie alla compensazione delle emissioni.", "it")]
    [InlineData("Cloudul nostru este {|NL5002:neutru climatic|} prin compensarea emisiilor.", "ro")]
    public void A_neutrality_claim_based_on_offsetting_is_reported(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("We will be {|NL5003:climate neutral by|} 2030.", "en")]
    [InlineData("Raggiungeremo la {|NL5003:neutralità climatica entro|} il 2030.", "it")]
    [InlineData("Vom atinge {|NL5003:neutralitatea climatică|} până în 2030.", "ro")]
    public void A_future_target_without_a_plan_is_reported(string markup, string language) =>
        Verify.Post(markup, language);

    /// <summary>Business English as Italian, Romanian and Spanish write it ("net zero", "carbon neutral", "eco-friendly"), and zero emissions as a target.</summary>
    [Theory]
    [InlineData("Our fleet will be {|NL5003:zero-emission|} by 2030.", "en")]
    [InlineData("Saremo {|NL5003:net zero|} entro il 2040.", "it")]
    [InlineData("Vom fi {|NL5003:net zero|} până în 2040.", "ro")]
    [InlineData("Seremos {|NL5003:net zero|} en 2040.", "es")]
    [InlineData("Le nostre consegne sono {|NL5001:carbon neutral|}.", "it")]
    [InlineData("Un imballaggio {|NL5001:eco-friendly|}.", "it")]
    [InlineData("Ambalajele noastre sunt {|NL5001:prietenoase cu natura|}.", "ro")]
    [InlineData("Our packaging is {|NL5001:environmentally sound|}.", "en")]
    public void Generic_claims_and_targets_in_other_words_are_reported(string markup, string language) =>
        Verify.Post(markup, language);

    [Theory]
    [InlineData("The team reached net zero in unanswered tickets last week.", "en")]
    [InlineData("Abbiamo raggiunto zero emissioni di fatture in ritardo.", "it")]
    [InlineData("Am ajuns la zero emisii de facturi întârziate.", "ro")]
    public void A_zero_without_a_target_year_is_no_target(string markup, string language) =>
        Verify.Post(markup, language);

    // NL5010

    static IReadOnlyList<Engine.Finding> SponsoredPost(string markup, string language) =>
        Verify.File("social/posts.yaml", $"- date: 2025-10-02\n  platform: instagram\n  lang: {language}\n  sponsored: true\n  text: \"{markup}\"\n");

    [Theory]
    [InlineData("Try the new Acme Cloud backups today. #ad", "en")]
    [InlineData("Sponsored: try the new Acme Cloud backups today.", "en")]
    [InlineData("Prova oggi i nuovi backup di Acme Cloud. #adv", "it")]
    [InlineData("Pubblicità: prova oggi i nuovi backup di Acme Cloud.", "it")]
    [InlineData("Încearcă azi noile backupuri Acme Cloud. #publicitate", "ro")]
    public void A_sponsored_post_with_a_disclosure_is_silent(string markup, string language) =>
        SponsoredPost(markup, language);

    [Theory]
    [InlineData("{|NL5010:|}Try the new Acme Cloud backups today. #sp", "en")]
    [InlineData("{|NL5010:|}Try the new Acme Cloud backups today. #collab", "en")]
    [InlineData("{|NL5010:|}Prova oggi i nuovi backup di Acme Cloud. #collab", "it")]
    [InlineData("{|NL5010:|}Prova oggi i nuovi backup di Acme Cloud. #sp", "it")]
    [InlineData("{|NL5010:|}Încearcă azi noile backupuri Acme Cloud. #collab", "ro")]
    [InlineData("{|NL5010:|}Încearcă azi noile backupuri Acme Cloud. #sp", "ro")]
    public void An_ambiguous_tag_is_not_a_disclosure_and_is_reported_at_the_start_of_the_post(string markup, string language) =>
        SponsoredPost(markup, language);

    // NL5020, NL5021

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
    public void A_bulk_mailing_without_any_unsubscribe_is_reported_at_line_1(string subject, string body, string language) =>
        Verify.File("mail/offer.eml", "{|NL5020:|}" + Email("Precedence: bulk\r\n", subject, body, language))
            .ShouldHaveSingleItem().LineSpan.StartLinePosition.Line.ShouldBe(0);

    [Theory]
    [MemberData(nameof(Mailings))]
    public void A_List_Unsubscribe_header_satisfies_the_unsubscribe_rule(string subject, string body, string language) =>
        Verify.File("mail/offer.eml", Email("Precedence: bulk\r\nList-Unsubscribe: <https://acme.example/unsubscribe?u=1>\r\n", subject, body, language));

    [Theory]
    [InlineData("Per disiscriverti clicca qui: https://acme.example/u?c=1", "it")]
    [InlineData("Te poți dezabona oricând: https://acme.example/u?c=1", "ro")]
    [InlineData("Para darte de baja, pulsa aquí: https://acme.example/u?c=1", "es")]
    [InlineData("Désinscription : https://acme.example/u?c=1", "fr")]
    [InlineData("Newsletter abbestellen: https://acme.example/u?c=1", "de")]
    [InlineData("Afmelden voor deze nieuwsbrief: https://acme.example/u?c=1", "nl")]
    public void An_unsubscribe_link_in_the_mails_language_satisfies_the_rule(string footer, string language) =>
        // Dutch has no pack (NL0010 says so); the catalogue's words serve every language.
        Verify.File("mail/offer.eml", Email("Precedence: bulk\r\n", "Offerte", "Tutti i piani costano la metà.\r\n\r\n" + footer, language), ignoring: ["NL0010"]);

    [Theory]
    [InlineData("Re: my ticket", "Thanks for your message; your backup is restored.", "en")]
    [InlineData("Re: la mia richiesta", "Grazie per il messaggio; il backup è stato ripristinato.", "it")]
    [InlineData("Re: tichetul meu", "Mulțumim pentru mesaj; backupul a fost restaurat.", "ro")]
    public void A_transactional_reply_is_never_a_marketing_email(string subject, string body, string language) =>
        Verify.File("mail/reply.eml", Email("In-Reply-To: <123@example.com>\r\n", subject, body, language));
}
