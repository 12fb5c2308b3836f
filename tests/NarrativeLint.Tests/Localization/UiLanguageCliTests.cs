using System.Text.Json;
using NarrativeLint.Tests.Cli;
using NarrativeLint.Tests.Reporting;
using NarrativeLint.Tests.Robustness;
using static NarrativeLint.Tests.Cli.CliProcess;

namespace NarrativeLint.Tests.Localization;

/// <summary>
/// The messages' language on the command line: <c>--ui-language</c>, the configuration's <c>ui-language</c>, the
/// environment's locale, English as the fallback; JSON and SARIF keep the English message and add the localised one.
/// </summary>
public class UiLanguageCliTests
{
    const string English = "'within 72 hours' says at most 72 hours, but commitment 'support-response-time' promises at most 24 hours";
    const string Italian = "'within 72 hours' indica al massimo 72 ore, ma l'impegno 'support-response-time' promette al massimo 24 ore";
    const string Romanian = "'within 72 hours' spune cel mult 72 ore, dar angajamentul 'support-response-time' promite cel mult 24 ore";

    static TempFolder Project(string? configuration = null) =>
        CliContractTests.Project([("content/support.md", "# Support\n\nWe reply to support tickets within 72 hours. Ask our helpdesk.\n"),
            .. configuration is null ? [] : new[] { ("narrativelint.yaml", configuration) }]);

    static Dictionary<string, string?> Locale(string lang) => new() { ["LANG"] = lang };

    [Fact]
    public void Ui_language_it_prints_the_findings_in_Italian()
    {
        using var project = Project();
        var run = Narrativelint(project.Root, "check", "content", "--ui-language", "it");
        run.ExitCode.ShouldBe(1, run.ToString());
        run.Stdout.ShouldContain($"error NL1001: {Italian} (We answer every support request within 24 hours.); fonte: https://acme.example/trust#support [article]");
        run.Stdout.ShouldContain("warning NL4001: Usa 'Care team' invece di 'helpdesk'");
        run.Stdout.ShouldNotContain(English);
        run.Stderr.ShouldNotContain("warning:");
    }

    [Fact]
    public void Without_a_choice_LANG_decides_and_LC_ALL_overrides_it()
    {
        using var project = Project();
        var romanian = Narrativelint(project.Root, Locale("ro_RO.UTF-8"), "check", "content");
        romanian.Stdout.ShouldContain(Romanian, customMessage: romanian.ToString());

        var overridden = Narrativelint(project.Root, new Dictionary<string, string?> { ["LANG"] = "ro_RO.UTF-8", ["LC_ALL"] = "fr_FR.UTF-8" }, "check", "content");
        overridden.Stdout.ShouldContain("warning NL4001: Utilisez 'Care team' au lieu de 'helpdesk'", customMessage: overridden.ToString());

        var c = Narrativelint(project.Root, Locale("C"), "check", "content");
        c.Stdout.ShouldContain(English, customMessage: c.ToString());
    }

    [Fact]
    public void The_option_wins_over_the_configuration_which_wins_over_the_environment()
    {
        using var project = Project("ui-language: es\n");
        Narrativelint(project.Root, Locale("it_IT.UTF-8"), "check", "content").Stdout.ShouldContain("Use 'Care team' en lugar de 'helpdesk'");
        Narrativelint(project.Root, Locale("it_IT.UTF-8"), "check", "content", "--ui-language", "pt").Stdout.ShouldContain("Use 'Care team' em vez de 'helpdesk'");
    }

    [Fact]
    public void A_language_without_a_translation_falls_back_to_English_with_a_warning_not_a_failure()
    {
        using var project = Project();
        var run = Narrativelint(project.Root, "check", "content", "--ui-language", "ja");
        run.ExitCode.ShouldBe(1, run.ToString());
        run.Stdout.ShouldContain(English);
        run.Stderr.ShouldContain("warning: no translation of the messages into 'ja' (--ui-language 'ja'); they are in English.");

        var fromLang = Narrativelint(project.Root, Locale("ja_JP.UTF-8"), "check", "content");
        fromLang.ExitCode.ShouldBe(1, fromLang.ToString());
        fromLang.Stdout.ShouldContain(English);
        fromLang.Stderr.ShouldContain("warning: no translation of the messages into 'ja' (LANG 'ja_JP.UTF-8')");

        Narrativelint(project.Root, Locale("ja_JP.UTF-8"), "check", "content", "--quiet").Stderr.ShouldNotContain("warning:");
    }

    [Fact]
    public void An_option_that_is_no_language_code_is_a_usage_error()
    {
        using var project = Project();
        var run = Narrativelint(project.Root, "check", "content", "--ui-language", "Italian please");
        run.ExitCode.ShouldBe(2, run.ToString());
        run.Stderr.ShouldContain("error: --ui-language 'Italian please' is not a language code");
    }

    [Fact]
    public void Json_keeps_the_English_message_and_adds_the_localised_one()
    {
        using var project = Project();
        var run = Narrativelint(project.Root, "check", "content", "--format", "json", "--ui-language", "it");
        using var json = JsonDocument.Parse(run.Stdout);
        json.RootElement.GetProperty("uiLanguage").GetString().ShouldBe("it");
        var finding = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "NL1001");
        finding.GetProperty("message").GetString()!.ShouldStartWith(English);
        finding.GetProperty("localizedMessage").GetString()!.ShouldStartWith(Italian);

        var english = Narrativelint(project.Root, "check", "content", "--format", "json");
        using var plain = JsonDocument.Parse(english.Stdout);
        plain.RootElement.GetProperty("uiLanguage").GetString().ShouldBe("en");
        plain.RootElement.GetProperty("findings").EnumerateArray().Any(f => f.TryGetProperty("localizedMessage", out _)).ShouldBeFalse("English needs no second copy");
    }

    [Fact]
    public void Sarif_keeps_the_English_message_adds_the_localised_one_and_stays_valid()
    {
        using var project = Project();
        var run = Narrativelint(project.Root, "check", "content", "--format", "sarif", "--output", "out.sarif", "--ui-language", "de");
        run.ExitCode.ShouldBe(1, run.ToString());
        using var log = JsonDocument.Parse(File.ReadAllText(project.PathOf("out.sarif")));
        var sarifRun = log.RootElement.GetProperty("runs")[0];
        sarifRun.GetProperty("language").GetString().ShouldBe("en");
        sarifRun.GetProperty("properties").GetProperty("uiLanguage").GetString().ShouldBe("de");
        var result = sarifRun.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "NL4001");
        result.GetProperty("message").GetProperty("text").GetString().ShouldBe("Use 'Care team' instead of 'helpdesk'");
        result.GetProperty("properties").GetProperty("localizedMessage").GetString().ShouldBe("Verwenden Sie 'Care team' statt 'helpdesk'");

        var (validation, errors) = SarifValidator.Validate(project.PathOf("out.sarif"), project);
        errors.ShouldBeEmpty(validation.Stdout);
    }

    [Fact]
    public void The_configuration_key_is_read_and_a_configured_severity_keeps_the_translation()
    {
        using var project = Project("ui-language: de\nseverity:\n  NL4001: error\n");
        var run = Narrativelint(project.Root, "check", "content");
        run.Stdout.ShouldContain("error NL4001: Verwenden Sie 'Care team' statt 'helpdesk'", customMessage: run.ToString());
        run.Stdout.ShouldContain("'within 72 hours' nennt höchstens 72 Stunden, aber die Zusage 'support-response-time' verspricht höchstens 24 Stunden");
    }

    [Theory]
    [InlineData("ui-language: English\n", "narrativelint.yaml:1:14: error: ui-language 'English' is not a language code")]
    [InlineData("fail-on: warning\nui-language: [it, ro]\n", "narrativelint.yaml:2:14: error: ui-language must be text")]
    public void A_bad_configured_value_is_reported_with_line_and_column(string configuration, string error)
    {
        using var project = Project(configuration);
        var run = Narrativelint(project.Root, "check", "content");
        run.ExitCode.ShouldBe(2, run.ToString());
        run.Stderr.ShouldContain(error);
    }

    [Fact]
    public void A_configured_language_without_a_translation_warns_and_checks_in_English()
    {
        using var project = Project("ui-language: ja\n");
        var run = Narrativelint(project.Root, "check", "content");
        run.ExitCode.ShouldBe(1, run.ToString());
        run.Stdout.ShouldContain(English);
        run.Stderr.ShouldContain("warning: no translation of the messages into 'ja' (ui-language in narrativelint.yaml 'ja')");
    }

    [Fact]
    public void Explain_and_rules_speak_the_chosen_language()
    {
        using var project = Project();
        var explain = Narrativelint(project.Root, "explain", "NL1001", "--ui-language", "fr");
        explain.Stdout.ShouldStartWith("NL1001: Une quantité contredit un engagement");
        explain.Stdout.ShouldContain("message: '{0}' indique {1}, mais l'engagement '{2}' promet {3} ({4}) ; source : {5}");
        Narrativelint(project.Root, Locale("es_ES.UTF-8"), "rules").Stdout.ShouldContain("NL4001  warning  Use el término preferido");
    }
}
