using Microsoft.CodeAnalysis;

namespace NarrativeLint.Tests.Precision;

/// <summary>
/// A negation covers a series closed by a list joiner however long its first item; a product of the brand that no
/// scope names keeps a scoped promise off; a lower version breaks an at-least version, a later one does not; a
/// season before a year is a date.
/// </summary>
public class SeriesAndProductTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: no-ad-sharing
            statement: We never share your health data with advertisers.
            polarity: never
            topic: { en: [share, health data, advertisers, ad networks], it: [condividiamo, dati sanitari, inserzionisti, reti pubblicitarie], ro: [partajăm, date medicale, agenți de publicitate, rețele publicitare] }
          - id: plus-discount
            statement: Acme Plus members save 15% on every order.
            scope: { en: [Acme Plus], it: [Acme Plus], ro: [Acme Plus] }
            topic: { en: [discount, save, members], it: [sconto, iscritti], ro: [reducere, membri] }
            facts: [ { kind: percentage, value: 15%, relation: exactly } ]
          - id: app-ios
            statement: The Acme app runs on iOS 16 and later.
            topic: { en: [app, iOS, iPhone], it: [app, iOS, iPhone], ro: [aplicația, iOS, iPhone] }
            facts: [ { kind: version, value: "16", relation: at-least } ]
          - id: launch
            statement: Acme Doctor launches in Romania by 30 April 2026.
            topic: { en: [Acme Doctor, launches, Romania], it: [Acme Doctor, arriva, Romania], ro: [Acme Doctor, vine, România] }
            facts: [ { kind: date, value: 2026-04-30, relation: by } ]
        """;

    static IReadOnlyList<NarrativeLint.Engine.Finding> Findings(string text, string language = "en") =>
        InMemoryRun.PostFindings(Registry, text, language);

    [Theory]
    [InlineData("We never share your health data with advertisers, ad networks or data brokers.", "en")]
    [InlineData("Non condividiamo mai i tuoi dati sanitari con inserzionisti, reti pubblicitarie o broker.", "it")]
    [InlineData("Nu partajăm niciodată datele medicale cu agenți de publicitate, rețele publicitare sau brokeri.", "ro")]
    public void A_negation_covers_a_closed_series(string text, string language) =>
        Findings(text, language).ShouldNotContain(f => f.Id == "NL1003");

    [Theory]
    [InlineData("We never share your health data with advertisers, but we share it with ad networks.", "en")]
    [InlineData("We never share your health data with advertisers, we share it with ad networks.", "en")]
    public void A_clause_after_the_series_still_affirms(string text, string language) =>
        Findings(text, language).ShouldContain(f => f.Id == "NL1003");

    [Theory]
    [InlineData("On Acme Family the discount is 10%, shared by the household.", "en")]
    [InlineData("Con Acme Family lo sconto è del 10%.", "it")]
    [InlineData("Pe Acme Family reducerea este de 10%.", "ro")]
    public void Another_product_of_the_brand_is_not_held_to_a_scoped_promise(string text, string language) =>
        Findings(text, language).ShouldNotContain(f => f.Id == "NL1001");

    [Theory]
    [InlineData("Acme Plus members get a discount of 10%.", "en")]
    [InlineData("Gli iscritti ad Acme Plus hanno uno sconto del 10%.", "it")]
    public void The_scoped_product_itself_still_is(string text, string language) =>
        Findings(text, language).ShouldContain(f => f.Id == "NL1001" && f.Severity == DiagnosticSeverity.Error);

    [Theory]
    [InlineData("To use the app you need an iPhone running iOS 15 or later.", "en")]
    [InlineData("Per usare l'app ti serve un iPhone con iOS 15 o successivo.", "it")]
    [InlineData("Ca să folosești aplicația ai nevoie de un iPhone cu iOS 15 sau mai nou.", "ro")]
    public void A_lower_version_breaks_an_at_least_version(string text, string language) =>
        Findings(text, language).ShouldContain(f => f.Id == "NL1001");

    /// <summary>On real documentation a feature or a component often needs a later version than the product's lowest ("the demo needs PHP 8.1+"): not a contradiction.</summary>
    [Theory]
    [InlineData("The app also runs on iOS 18.", "en")]
    [InlineData("Widgets in the app need iOS 18 or later.", "en")]
    public void A_later_version_does_not(string text, string language) =>
        Findings(text, language).ShouldNotContain(f => f.Id == "NL1001");

    [Theory]
    [InlineData("And Romania gets Acme Doctor in autumn 2026.", "en")]
    [InlineData("Acme Doctor arriva in Romania nell'autunno 2026.", "it")]
    [InlineData("Acme Doctor vine în România în toamna lui 2026.", "ro")]
    public void A_season_before_a_year_is_a_date(string text, string language) =>
        Findings(text, language).ShouldContain(f => f.Id == "NL1002");

    [Fact]
    public void A_season_in_time_is_kept()
    {
        Findings("And Romania gets Acme Doctor in spring 2026.").ShouldNotContain(f => f.Id == "NL1002");
    }
}

/// <summary>A conditional ("would") in the act's clause affirms nothing; in another clause of the sentence it makes a warning.</summary>
public class ConditionalTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: no-public-reports
            statement: We never publish vulnerability reports as public issues.
            polarity: never
            topic: { en: [publish, vulnerability reports, public issues], it: [pubblichiamo, segnalazioni, pubblicamente], ro: [publicăm, rapoarte, public] }
        """;

    static NarrativeLint.Engine.Finding? Polarity(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).FirstOrDefault(f => f.Id == "NL1003");

    [Theory]
    [InlineData("To publish vulnerability reports as public issues would be a disclosure.", "en")]
    [InlineData("Pubblicare le segnalazioni pubblicamente sarebbe una divulgazione.", "it")]
    [InlineData("A publica rapoarte public ar fi o divulgare.", "ro")]
    [InlineData("Given how visible public issues are, publishing vulnerability reports as public issues would be a disclosure.", "en")]
    [InlineData("Viste le segnalazioni già note, pubblicare le segnalazioni pubblicamente sarebbe una divulgazione.", "it")]
    public void A_hypothetical_clause_affirms_nothing(string text, string language) =>
        Polarity(text, language).ShouldBeNull();

    [Theory]
    [InlineData("We publish vulnerability reports as public issues, which would be a disclosure.", "en")]
    [InlineData("Pubblichiamo le segnalazioni pubblicamente: sarebbe una divulgazione.", "it")]
    [InlineData("Dacă publicăm rapoarte public, ar fi o divulgare.", "ro")]
    public void A_conditional_in_another_clause_makes_a_warning(string text, string language) =>
        Polarity(text, language).ShouldNotBeNull().Severity.ShouldBe(DiagnosticSeverity.Warning);

    [Theory]
    [InlineData("We publish vulnerability reports as public issues.", "en")]
    [InlineData("Pubblichiamo le segnalazioni pubblicamente.", "it")]
    [InlineData("Publicăm rapoarte public.", "ro")]
    public void A_statement_of_fact_is_an_error(string text, string language) =>
        Polarity(text, language).ShouldNotBeNull().Severity.ShouldBe(DiagnosticSeverity.Error);
}

/// <summary>A word a negation covered, said again after it, breaks the promise only in the brand's voice.</summary>
public class RepeatedActTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: no-recording
            statement: We never record video consultations.
            polarity: never
            topic: { en: [record, video consultations, consultations], it: [registriamo, videoconsulti, consulti], ro: [înregistrăm, consultațiile video, consultații] }
        """;

    static bool Contradicts(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1003");

    [Theory]
    [InlineData("We never record video consultations, with one exception: if you ask for a copy, we record the session for you.", "en")]
    [InlineData("Non registriamo mai i videoconsulti, con un'eccezione: se chiedi una copia, registriamo la seduta per te.", "it")]
    [InlineData("Nu înregistrăm niciodată consultațiile video, cu o excepție: dacă ceri o copie, înregistrăm sesiunea pentru tine.", "ro")]
    public void The_brand_doing_it_after_all_breaks_it(string text, string language) => Contradicts(text, language).ShouldBeTrue();

    [Theory]
    [InlineData("We never record video consultations, and the doctor's notes go only into your medical record.", "en")]
    public void The_same_word_in_another_use_does_not(string text, string language) => Contradicts(text, language).ShouldBeFalse();
}

/// <summary>Another kind of what a scope names ("alpha metrics" for "stable metrics") is elsewhere; a definite count ("the two languages which…") is a warning.</summary>
public class KindAndDefiniteCountTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: stable-metrics
            statement: Stable metrics are never renamed or deleted.
            scope: { en: [stable metrics, stable metric], it: [metriche stabili], ro: [metrici stabile] }
            polarity: never
            topic: { en: [renamed, deleted, metrics], it: [rinominate, eliminate, metriche], ro: [redenumite, șterse, metrici] }
          - id: sdk-count
            statement: Native SDKs for 12+ languages.
            topic: { en: [SDKs, languages], it: [SDK, linguaggi], ro: [SDK-uri, limbaje] }
            facts: [ { kind: number, value: 12, relation: at-least } ]
        """;

    static IReadOnlyList<NarrativeLint.Engine.Finding> Findings(string text, string language = "en") =>
        InMemoryRun.PostFindings(Registry, text, language);

    [Theory]
    [InlineData("Alpha metrics have no guarantees. These metrics can be renamed or deleted at any time.", "en")]
    [InlineData("Le metriche sperimentali non hanno garanzie: possono essere rinominate o eliminate.", "it")]
    public void Another_kind_of_the_scope_is_not_held_to_it(string text, string language) =>
        Findings(text, language).ShouldNotContain(f => f.Id == "NL1003");

    [Fact]
    public void The_scope_itself_is() =>
        Findings("Stable metrics can be renamed or deleted at any time.").ShouldContain(f => f.Id == "NL1003" && f.Severity == DiagnosticSeverity.Error);

    [Theory]
    [InlineData("Java and Python are the two SDK languages which are prioritized highest.", "en")]
    [InlineData("Of our SDKs, the three languages that most users pick are Java, Go and Python.", "en")]
    public void A_definite_count_is_a_warning(string text, string language) =>
        Findings(text, language).ShouldContain(f => f.Id == "NL1001" && f.Severity == DiagnosticSeverity.Warning);

    [Fact]
    public void A_plain_count_is_an_error() =>
        Findings("We now ship native SDKs for 10 languages.").ShouldContain(f => f.Id == "NL1001" && f.Severity == DiagnosticSeverity.Error);
}
