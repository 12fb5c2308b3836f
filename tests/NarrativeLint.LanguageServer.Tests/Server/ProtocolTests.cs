using System.Text;
using System.Text.Json;
using NarrativeLint.LanguageServer.Server;
using StreamJsonRpc;

namespace NarrativeLint.LanguageServer.Tests.Server;

/// <summary>The LSP methods in process: lifecycle, errors, documents, hover and code actions.</summary>
public sealed class ProtocolTests : IDisposable
{
    readonly string _root = NewWorkspace();

    /// <summary>A temporary workspace whose <c>rules/brand.yaml</c> promises 24-hour replies and prefers "support team" to "helpdesk".</summary>
    internal static string NewWorkspace()
    {
        var root = Directory.CreateTempSubdirectory("narrativelint-lsp-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "rules"));
        File.WriteAllText(Path.Combine(root, "rules", "brand.yaml"), """
            brand: { name: Acme Cloud, languages: [en] }
            commitments:
              - id: support-response-time
                statement: We answer every support request within 24 hours.
                source: https://acme.example/trust#support
                topic: { en: [support, request, reply, answer] }
                facts: [ { kind: duration, value: 24 hours, relation: at-most } ]
            terms:
              - preferred: support team
                avoid: [helpdesk]
            """);
        return root;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task A_request_before_initialize_is_refused_with_ServerNotInitialized()
    {
        await using var server = new InProcessServer(_root);
        var error = await Should.ThrowAsync<RemoteInvocationException>(() =>
            server.Rpc.InvokeWithParameterObjectAsync<JsonElement>("textDocument/hover", new { textDocument = new { uri = "file:///x.md" }, position = new { line = 0, character = 0 } }));
        error.ErrorCode.ShouldBe(-32002);
    }

    [Fact]
    public async Task Exit_after_shutdown_ends_with_0_and_without_it_with_1()
    {
        await using (var server = new InProcessServer(_root))
        {
            await server.StartAsync();
            await server.Rpc.InvokeAsync<object?>("shutdown");
            await server.Rpc.NotifyAsync("exit");
            (await server.Exit).ShouldBe(0);
        }
        await using (var server = new InProcessServer(_root))
        {
            await server.StartAsync();
            await server.Rpc.NotifyAsync("exit");
            (await server.Exit).ShouldBe(1);
        }
    }

    [Fact]
    public async Task A_frame_without_Content_Length_or_with_broken_JSON_gets_a_parse_error_and_the_server_goes_on()
    {
        // Raw frames on both sides: StreamJsonRpc as a client would itself hang up on an error that answers no request.
        var (client, serverStream) = Nerdbank.Streams.FullDuplexStream.CreatePair();
        var log = new StringWriter();
        var exit = Task.Run(() => LanguageServerHost.RunAsync(serverStream, serverStream, new ServerLog(TextWriter.Synchronized(log))));
        var rootUri = new Uri(_root + "/").AbsoluteUri;
        await Frame(client, """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":""" + JsonSerializer.Serialize(rootUri) + ""","capabilities":{}}}""");
        await client.WriteAsync(Encoding.ASCII.GetBytes("X-Frame: without a length\r\n\r\n"));
        await Frame(client, "[1, 2");
        await Frame(client, """{"jsonrpc":"2.0","id":2,"method":"shutdown"}""");
        var answers = new List<JsonElement>();
        while (answers.Count == 0 || answers[^1].TryGetProperty("id", out var id) && id.ValueKind != JsonValueKind.Number || answers[^1].GetProperty("id").GetInt32() != 2)
            answers.Add(await ReadFrame(client));
        answers.Count(a => a.TryGetProperty("error", out var e) && e.GetProperty("code").GetInt32() == -32700).ShouldBe(2);
        await Frame(client, """{"jsonrpc":"2.0","method":"exit"}""");
        (await exit).ShouldBe(0);
        log.ToString().ShouldContain("malformed message skipped");
    }

    static async Task Frame(Stream stream, string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        await stream.WriteAsync(body);
        await stream.FlushAsync();
    }

    static async Task<JsonElement> ReadFrame(Stream stream)
    {
        var header = new StringBuilder();
        var one = new byte[1];
        while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one) == 0) throw new EndOfStreamException();
            header.Append((char)one[0]);
        }
        var length = int.Parse(header.ToString().Split("\r\n").First(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))["Content-Length:".Length..].Trim());
        var body = new byte[length];
        await stream.ReadExactlyAsync(body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task A_change_to_a_document_never_opened_is_logged_and_ignored()
    {
        await using var server = new InProcessServer(_root);
        await server.StartAsync();
        await server.Rpc.NotifyWithParameterObjectAsync("textDocument/didChange", new
        {
            textDocument = new { uri = "file:///nowhere.md", version = 2 },
            contentChanges = new[] { new { text = "x" } },
        });
        var uri = server.Open("drafts/b.md", "Ask our helpdesk.\n");
        InProcessServer.Codes(await server.DiagnosticsAsync(uri)).ShouldBe(["NL4001"]);
        server.Log.ToString().ShouldContain("file:///nowhere.md, which is not open, was ignored");
    }

    [Fact]
    public async Task Code_actions_for_an_older_version_are_not_offered()
    {
        await using var server = new InProcessServer(_root);
        await server.InitializeAsync(options: new { debounceMs = 2000 });
        await server.Rpc.NotifyWithParameterObjectAsync("initialized", new { });
        var uri = server.Open("drafts/c.md", "Ask our helpdesk.\n");
        var diagnostics = await server.DiagnosticsAsync(uri);
        var range = diagnostics[0].GetProperty("range");
        var actions = await server.Rpc.InvokeWithParameterObjectAsync<JsonElement>("textDocument/codeAction", new { textDocument = new { uri }, range, context = new { diagnostics } });
        actions.GetArrayLength().ShouldBe(2);
        await server.Rpc.NotifyWithParameterObjectAsync("textDocument/didChange", new
        {
            textDocument = new { uri, version = 2 },
            contentChanges = new[] { new { text = "Today, ask our helpdesk.\n" } },
        });
        // Within the debounce the new version is not linted yet: the old findings' offsets would edit the wrong text.
        var stale = await server.Rpc.InvokeWithParameterObjectAsync<JsonElement>("textDocument/codeAction", new { textDocument = new { uri }, range, context = new { diagnostics } });
        stale.GetArrayLength().ShouldBe(0);
        var linted = await server.DiagnosticsAsync(uri);
        linted[0].GetProperty("range").GetProperty("start").GetProperty("character").GetInt32().ShouldBe(15);
    }

    [Fact]
    public async Task A_buffer_in_a_language_without_a_file_extension_is_read_by_its_language()
    {
        await using var server = new InProcessServer(_root);
        await server.StartAsync();
        const string uri = "untitled:Untitled-1";
        await server.Rpc.NotifyWithParameterObjectAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "markdown", version = 1, text = "# Draft\n\nAsk our helpdesk.\n" } });
        InProcessServer.Codes(await server.DiagnosticsAsync(uri)).ShouldBe(["NL4001"]);
    }

    [Fact]
    public async Task Hover_names_the_commitment_its_source_and_the_value_against_the_bound()
    {
        await using var server = new InProcessServer(_root);
        await server.StartAsync();
        var uri = server.Open("drafts/d.md", "Our *helpdesk* <b>answers</b> every support request within 72 hours.\n");
        var diagnostics = await server.DiagnosticsAsync(uri, d => d.GetArrayLength() == 2);
        var start = diagnostics.EnumerateArray().First(d => d.GetProperty("code").GetString() == "NL1001").GetProperty("range").GetProperty("start");
        var hover = await server.Rpc.InvokeWithParameterObjectAsync<JsonElement>("textDocument/hover", new { textDocument = new { uri }, position = start });
        var text = hover.GetProperty("contents").GetProperty("value").GetString()!;
        text.ShouldStartWith("**NL1001** · error · Quantity contradicts a commitment");
        text.ShouldContain("Commitment **support-response-time**: We answer every support request within 24 hours.");
        text.ShouldContain("Made public at: [https://acme.example/trust\\#support](<https://acme.example/trust#support>)");
        text.ShouldContain("Found: at most 72 hours · promised: at most 24 hours");
    }
}
