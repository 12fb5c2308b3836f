using NarrativeLint.Language;
using NarrativeLint.Registry;
using NarrativeLint.Tests.Language;

namespace NarrativeLint.Tests.Precision;

/// <summary>Versions are a kind of their own: read by shape after a name or a version word, compared part by part.</summary>
public class VersionTests
{
    [Theory]
    [InlineData("en", "The SDK supports Python 3.10 and higher.", "3.10", Qualifier.AtLeast, "python")]
    [InlineData("en", "Auto-instrumentation requires PHP version 8.0+ on the host.", "8.0", Qualifier.AtLeast, "php")]
    [InlineData("en", "Our apps run on Node.js 20+ everywhere.", "20.0", Qualifier.AtLeast, "node.js")]
    [InlineData("en", "Python 3.9 or later is required.", "3.9", Qualifier.AtLeast, "python")]
    [InlineData("en", "Before OpenTelemetry Python 1.40.0 logs were off.", "1.40.0", Qualifier.None, "opentelemetry python")]
    [InlineData("en", "The servers need at least JDK 17 to start.", "17.0", Qualifier.AtLeast, "jdk")]
    [InlineData("it", "L'SDK supporta Python 3.9 o successive.", "3.9", Qualifier.AtLeast, "python")]
    [InlineData("it", "Serve la versione 3.10 per l'installazione.", "3.10", Qualifier.None, null)]
    [InlineData("ro", "Aplicația suportă Python 3.10 sau mai nouă.", "3.10", Qualifier.AtLeast, "python")]
    [InlineData("it", "Usiamo l'agente Java 2.21+ in produzione.", "2.21", Qualifier.AtLeast, "agente java")]
    [InlineData("it", "Serve la versione Python 3.9 o successive.", "3.9", Qualifier.AtLeast, "python")]
    [InlineData("ro", "Folosim PostgreSQL 14 și versiunile ulterioare.", "14.0", Qualifier.AtLeast, "postgresql")]
    public void A_release_after_a_name_or_a_version_word_is_a_version(string language, string text, string release, Qualifier qualifier, string? of)
    {
        var version = Packs.Single(language, text, QuantityKind.Version);
        version.Release.ShouldBe(Version.Parse(release));
        version.Qualifier.ShouldBe(qualifier);
        version.VersionOf.ShouldBe(of);
    }

    [Theory]
    [InlineData("it", "Abbiamo 5.200 dipendenti.")]
    [InlineData("ro", "Rețeaua 5G și 100GB de date.")]
    [InlineData("en", "Our controls are certified to ISO 27001 and RFC 9110.")]
    [InlineData("en", "By June 30 we ship the app.")]
    [InlineData("en", "Section 2.3.1 of the terms applies.")]
    [InlineData("en", "We answer within 3.5 hours.")]
    public void Counts_codes_dates_and_numbering_are_no_versions(string language, string text) =>
        Packs.QuantitiesIn(language, text).ShouldNotContain(q => q.Kind == QuantityKind.Version, string.Join("; ", Packs.QuantitiesIn(language, text)));

    [Theory]
    [InlineData("3.10", "3.10")]
    [InlineData("8", "8.0")]
    [InlineData("v1.2.3", "1.2.3")]
    public void A_registry_version_is_read_part_by_part(string written, string release) =>
        FactValue.Parse(QuantityKind.Version, written)!.Release.ShouldBe(Version.Parse(release));

    [Theory]
    [InlineData("3,10")]
    [InlineData("three")]
    [InlineData("1.2.3.4.5")]
    public void A_registry_value_that_is_no_version_is_rejected(string written) =>
        FactValue.Parse(QuantityKind.Version, written).ShouldBeNull();

    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: python-minimum
            statement: The Acme SDK supports Python 3.10 and higher.
            topic: { en: [Python, SDK, supports], it: [Python, SDK, supporta], ro: [Python, SDK, suportă] }
            facts: [ { kind: version, value: "3.10", relation: at-least } ]
        """;

    static bool Contradicts(string text, string language = "en") =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1001");

    [Theory]
    [InlineData("The Acme SDK supports Python 3.9 and higher.", "en", true)]
    [InlineData("The Acme SDK now supports Python 3.8.", "en", true)]
    [InlineData("L'SDK Acme supporta Python 3.9 o successive.", "it", true)]
    [InlineData("SDK-ul Acme suportă Python 3.9 sau mai nouă.", "ro", true)]
    [InlineData("The Acme SDK supports Python 3.12 and higher.", "en", true)]
    [InlineData("L'SDK Acme supporta Python 3.12 o successive.", "it", true)]
    [InlineData("SDK-ul Acme suportă Python 3.12 sau mai nouă.", "ro", true)]
    [InlineData("The Acme SDK runs on Python 3.12 without any change.", "en", false)]
    [InlineData("The demo needs Python 3.12 or later.", "en", false)]
    [InlineData("La demo richiede Python 3.12 o successive.", "it", false)]
    [InlineData("Demo-ul cere Python 3.12 sau mai nouă.", "ro", false)]
    [InlineData("The Acme SDK supports Python 3.10+.", "en", false)]
    [InlineData("Install Python 3 before you start with the SDK.", "en", false)]
    [InlineData("The SDK supports API 1.0 and TLS 1.2 for every request.", "en", false)]
    [InlineData("The SDK supports OpenTelemetry Python 1.40.0 exporters.", "en", false)]
    [InlineData("L'SDK supporta l'API 1.0 per ogni richiesta.", "it", false)]
    [InlineData("L'SDK supporta l'agente Python 2.21+ per ogni richiesta.", "it", false)]
    [InlineData("SDK-ul suportă API 1.0 pentru fiecare cerere.", "ro", false)]
    [InlineData("The SDK supports Python 3.10+ for the agent, however the legacy shim works with Python 3.6.", "en", false)]
    public void A_version_contradicts_only_a_version_of_the_same_name_and_a_tighter_floor_only_beside_a_second_cue(string text, string language, bool contradicts) =>
        Contradicts(text, language).ShouldBe(contradicts);
}
