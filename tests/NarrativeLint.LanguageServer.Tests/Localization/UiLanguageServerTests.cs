using System.Text.Json;
using NarrativeLint.LanguageServer.Tests.Server;

namespace NarrativeLint.LanguageServer.Tests.Localization;

/// <summary>The <c>uiLanguage</c> setting: diagnostics, hovers and explanations in the reader's language, changed without a restart.</summary>
public sealed class UiLanguageServerTests : IDisposable
{
    readonly string _root = ProtocolTests.NewWorkspace();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    const string Draft = "Our helpdesk answers every support request within 72 hours.\n";

    async Task<InProcessServer> StartedIn(string uiLanguage)
    {
        var server = new InProcessServer(_root);
        await server.InitializeAsync(options: new { uiLanguage });
        await server.Rpc.NotifyWithParameterObjectAsync("initialized", new { });
        return server;
    }

    static string MessageOf(JsonElement diagnostics, string code) =>
        diagnostics.EnumerateArray().First(d => d.GetProperty("code").GetString() == code).GetProperty("message").GetString()!;

    [Fact]
    public async Task Diagnostics_and_hovers_are_in_the_initialization_options_language()
    {
        await using var server = await StartedIn("it");
        var uri = server.Open("drafts/d.md", Draft);
        var diagnostics = await server.DiagnosticsAsync(uri, d => d.GetArrayLength() == 2);

        MessageOf(diagnostics, "NL4001").ShouldBe("Usa 'support team' invece di 'helpdesk'");
        MessageOf(diagnostics, "NL1001").ShouldStartWith("'within 72 hours' indica al massimo 72 ore, ma l'impegno 'support-response-time' promette al massimo 24 ore");

        var start = diagnostics.EnumerateArray().First(d => d.GetProperty("code").GetString() == "NL1001").GetProperty("range").GetProperty("start");
        var hover = await server.Rpc.InvokeWithParameterObjectAsync<JsonElement>("textDocument/hover", new { textDocument = new { uri }, position = start });
        var text = hover.GetProperty("contents").GetProperty("value").GetString()!;
        text.ShouldStartWith("**NL1001** · error · La quantità contraddice un impegno");
        text.ShouldContain("Impegno **support-response-time**: We answer every support request within 24 hours.");
        text.ShouldContain("Reso pubblico su: [https://acme.example/trust\\#support]");
        text.ShouldContain("Affidabilità: ");
        text.ShouldNotContain("Found:");
    }

    [Fact]
    public async Task A_changed_setting_republishes_in_the_new_language_and_an_unknown_one_is_English()
    {
        await using var server = await StartedIn("ro");
        var uri = server.Open("drafts/d.md", Draft);
        MessageOf(await server.DiagnosticsAsync(uri, d => d.GetArrayLength() == 2), "NL4001").ShouldBe("Folosiți 'support team' în loc de 'helpdesk'");

        await server.Rpc.NotifyWithParameterObjectAsync("workspace/didChangeConfiguration", new { settings = new { narrativelint = new { uiLanguage = "es" } } });
        await server.DiagnosticsAsync(uri, d => d.GetArrayLength() == 2 && MessageOf(d, "NL4001") == "Use 'support team' en lugar de 'helpdesk'");

        await server.Rpc.NotifyWithParameterObjectAsync("workspace/didChangeConfiguration", new { settings = new { narrativelint = new { uiLanguage = "ja" } } });
        await server.DiagnosticsAsync(uri, d => d.GetArrayLength() == 2 && MessageOf(d, "NL4001") == "Use 'support team' instead of 'helpdesk'");
        server.Log.ToString().ShouldContain("no translation of the messages into 'ja'");
    }

    [Fact]
    public async Task Without_the_setting_the_client_locale_decides_and_an_emptied_setting_returns_to_it()
    {
        await using var server = new InProcessServer(_root);
        await server.Rpc.InvokeWithParameterObjectAsync<JsonElement>("initialize", new
        {
            processId = Environment.ProcessId,
            rootUri = new Uri(_root + "/").AbsoluteUri,
            capabilities = new { },
            initializationOptions = new { uiLanguage = "" },
            locale = "pt-br",
        });
        await server.Rpc.NotifyWithParameterObjectAsync("initialized", new { });
        var uri = server.Open("drafts/d.md", Draft);
        MessageOf(await server.DiagnosticsAsync(uri, d => d.GetArrayLength() == 2), "NL4001").ShouldBe("Use 'support team' em vez de 'helpdesk'");

        await server.Rpc.NotifyWithParameterObjectAsync("workspace/didChangeConfiguration", new { settings = new { narrativelint = new { uiLanguage = "fr" } } });
        await server.DiagnosticsAsync(uri, d => d.GetArrayLength() == 2 && MessageOf(d, "NL4001") == "Utilisez 'support team' au lieu de 'helpdesk'");
        await server.Rpc.NotifyWithParameterObjectAsync("workspace/didChangeConfiguration", new { settings = new { narrativelint = new { uiLanguage = "" } } });
        await server.DiagnosticsAsync(uri, d => d.GetArrayLength() == 2 && MessageOf(d, "NL4001") == "Use 'support team' em vez de 'helpdesk'");
    }

    [Fact]
    public async Task The_explain_command_answers_in_the_chosen_language()
    {
        await using var server = await StartedIn("de");
        var answer = await server.Rpc.InvokeWithParameterObjectAsync<JsonElement>("workspace/executeCommand", new { command = "narrativelint.lsp.explain", arguments = new[] { "NL4001" } });
        var text = answer.ValueKind == JsonValueKind.String ? answer.GetString()! : answer.GetRawText();
        text.ShouldStartWith("# NL4001: Verwenden Sie den bevorzugten Begriff");
        text.ShouldContain("Kategorie: Terminology · Standardschweregrad: warning");
    }
}
