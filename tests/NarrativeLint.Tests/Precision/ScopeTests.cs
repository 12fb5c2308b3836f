using NarrativeLint.Registry;

namespace NarrativeLint.Tests.Precision;

/// <summary>A commitment limited to a product or plan (<c>scope:</c>) is not held to sentences about another one.</summary>
public class ScopeTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: vault-retention
            statement: Acme Vault keeps every backup for at least 35 days.
            scope: { en: [Acme Vault, Vault] }
            topic: { en: [backup, backups, kept, keeps], it: [backup, conserva, conservati], ro: [backup, copii de rezervă, păstrează] }
            facts: [ { kind: duration, value: 35 days, relation: at-least } ]
          - id: cache-eviction
            statement: Acme Cache evicts idle keys on its own.
            scope: { en: [Acme Cache] }
            topic: { en: [evicts, idle keys] }
          - id: no-reading
            statement: On the Business plan we never read customer files.
            scope: { en: [Business plan, Business], it: [piano Business], ro: [planul Business] }
            polarity: never
            topic: { en: [read, customer files, files], it: [leggiamo, file], ro: [citim, fișierele] }
        """;

    static IReadOnlyList<NarrativeLint.Engine.Finding> Findings(string text, string language = "en") =>
        InMemoryRun.PostFindings(Registry, text, language);

    [Theory]
    [InlineData("Acme Vault keeps backups for 14 days.", "en")]
    [InlineData("Acme Vault conserva i backup per 14 giorni.", "it")]
    [InlineData("Acme Vault păstrează copiile de rezervă 14 zile.", "ro")]
    public void A_sentence_naming_the_scope_is_held_to_it_as_an_error(string text, string language) =>
        Findings(text, language).ShouldContain(f => f.Id == "NL1001" && f.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);

    [Theory]
    [InlineData("Acme Cache keeps backups of idle keys for 14 days.", "en")]
    [InlineData("Acme Cache conserva i backup per 14 giorni.", "it")]
    [InlineData("Acme Cache păstrează copiile de rezervă 14 zile.", "ro")]
    public void A_sentence_about_another_product_of_the_registry_is_not_held_to_it(string text, string language) =>
        Findings(text, language).ShouldNotContain(f => f.Id == "NL1001");

    [Fact]
    public void The_heading_or_the_sentence_before_gives_the_scope()
    {
        var post = InMemoryRun.Post("# Acme Cache\n\nOld backups are kept for 14 days and then dropped.\n", "en");
        InMemoryRun.Check(InMemoryRun.Registry(Registry), post).Findings.ShouldNotContain(f => f.Id == "NL1001");
        var vault = InMemoryRun.Post("# Acme Vault\n\nOld backups are kept for 14 days and then dropped.\n", "en");
        InMemoryRun.Check(InMemoryRun.Registry(Registry), vault).Findings.ShouldContain(f => f.Id == "NL1001" && f.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_sentence_naming_no_product_is_only_a_warning()
    {
        var finding = Findings("Backups are kept for 14 days.").ShouldHaveSingleItem();
        finding.Id.ShouldBe("NL1001");
        finding.Severity.ShouldBe(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
    }

    [Theory]
    [InlineData("On the Business plan we may read customer files to fix a fault.", "en", true)]
    [InlineData("Sul piano Business leggiamo i file dei clienti per risolvere un guasto.", "it", true)]
    [InlineData("Pe planul Business citim fișierele clienților pentru a repara o defecțiune.", "ro", true)]
    [InlineData("Acme Cache may read customer files to warm its keys.", "en", false)]
    public void A_never_promise_is_broken_only_in_its_scope(string text, string language, bool contradicts) =>
        Findings(text, language).Any(f => f.Id == "NL1003" && f.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ShouldBe(contradicts);

    [Fact]
    public void The_scope_is_read_per_language_and_validated()
    {
        var registry = InMemoryRun.Registry(Registry);
        registry.Commitment("no-reading")!.ScopeFor("it").ShouldBe(["piano Business"]);
        registry.Commitment("vault-retention")!.ScopeFor("ro").ShouldContain("Acme Vault");
        var broken = RegistryLoader.LoadText("""
            commitments:
              - id: x
                statement: X.
                scope: { english: [Acme Vault] }
            """, "brand.yaml");
        broken.Errors.ShouldContain(e => e.Position.Line == 4 && e.Message.Contains("not a language code"));
    }
}

/// <summary>A promise for everything, held to a sentence about a product of the brand its statement does not name, is a warning.</summary>
public class AnotherProductOfAnUnscopedPromiseTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: chat-reply
            statement: Our pharmacists answer chat questions within 2 hours.
            topic: { en: [chat, answer, pharmacists], it: [chat, rispondono, farmacisti], ro: [chat, răspund, farmaciștii] }
            facts: [ { kind: duration, value: 2 hours, relation: at-most } ]
          - id: fibre-install
            statement: Acme Fibre is installed within 10 working days.
            topic: { en: [installed, install, Acme Fibre], it: [installata, Acme Fibre], ro: [instalată, Acme Fibre] }
            facts: [ { kind: duration, value: 10 working days, relation: at-most } ]
        """;

    static NarrativeLint.Engine.Finding? Fact(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).FirstOrDefault(f => f.Id == "NL1001");

    [Theory]
    [InlineData("On Acme Derma the chat answers within 48 hours.", "en")]
    [InlineData("Su Acme Derma la chat risponde entro 48 ore.", "it")]
    [InlineData("Pe Acme Derma chatul răspunde pe chat în 48 de ore.", "ro")]
    public void Another_product_is_a_warning(string text, string language) =>
        Fact(text, language).ShouldNotBeNull().Severity.ShouldBe(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);

    [Theory]
    [InlineData("Our pharmacists answer chat questions within 48 hours.", "en")]
    [InlineData("Acme Fibre is installed within 15 working days.", "en")]
    public void The_product_the_statement_names_or_none_is_an_error(string text, string language) =>
        Fact(text, language).ShouldNotBeNull().Severity.ShouldBe(Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
}
