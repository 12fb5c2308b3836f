using System.Collections.Concurrent;
using System.Text.Json;
using NarrativeLint.LanguageServer.Server;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace NarrativeLint.LanguageServer.Tests.Server;

/// <summary>The server on an in-memory duplex stream, with a StreamJsonRpc client on the other end.</summary>
sealed class InProcessServer : IAsyncDisposable
{
    readonly Stream _clientStream;
    readonly ConcurrentQueue<JsonElement> _published = new();
    readonly SemaphoreSlim _publishedSignal = new(0);

    public InProcessServer(string root)
    {
        Root = root;
        var (client, server) = FullDuplexStream.CreatePair();
        _clientStream = client;
        Log = new SharedLog();
        Exit = Task.Run(() => LanguageServerHost.RunAsync(server, server, new ServerLog(Log)));
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = LanguageServerHost.SerializerOptions };
        Rpc = new JsonRpc(new HeaderDelimitedMessageHandler(client, client, formatter));
        Rpc.AddLocalRpcTarget(new ClientMethods(this), new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        Rpc.StartListening();
    }

    /// <summary>What the server sends the client unasked.</summary>
    sealed class ClientMethods(InProcessServer client)
    {
        [JsonRpcMethod("textDocument/publishDiagnostics")]
        public void PublishDiagnostics(JsonElement published)
        {
            client._published.Enqueue(published);
            client._publishedSignal.Release();
        }

        [JsonRpcMethod("window/showMessage")]
        public void ShowMessage(JsonElement message) { }
    }

    public string Root { get; }
    public JsonRpc Rpc { get; }
    public SharedLog Log { get; }
    public Task<int> Exit { get; }

    public Stream RawClientStream => _clientStream;

    public Task<JsonElement> InitializeAsync(object? capabilities = null, object? options = null) =>
        Rpc.InvokeWithParameterObjectAsync<JsonElement>("initialize", new
        {
            processId = Environment.ProcessId,
            rootUri = new Uri(Root + "/").AbsoluteUri,
            capabilities = capabilities ?? new { },
            initializationOptions = options ?? new { },
        });

    public async Task<JsonElement> StartAsync()
    {
        var result = await InitializeAsync();
        await Rpc.NotifyWithParameterObjectAsync("initialized", new { });
        return result;
    }

    public string Open(string relativePath, string text, string languageId = "markdown", int version = 1)
    {
        var uri = new Uri(Path.Combine(Root, relativePath)).AbsoluteUri;
        Rpc.NotifyWithParameterObjectAsync("textDocument/didOpen", new { textDocument = new { uri, languageId, version, text } }).GetAwaiter().GetResult();
        return uri;
    }

    /// <summary>The next diagnostics published for <paramref name="uri"/> that satisfy <paramref name="accept"/>.</summary>
    public Task<JsonElement> DiagnosticsAsync(string uri, Func<JsonElement, bool>? accept = null) =>
        PublishedAsync(uri, published => accept is null || accept(published.GetProperty("diagnostics")));

    /// <summary>The next diagnostics published for <paramref name="version"/> of <paramref name="uri"/>.</summary>
    public Task<JsonElement> DiagnosticsAsync(string uri, int version) =>
        PublishedAsync(uri, published => published.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number && v.GetInt32() == version);

    async Task<JsonElement> PublishedAsync(string uri, Func<JsonElement, bool> accept)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            await _publishedSignal.WaitAsync(timeout.Token);
            while (_published.TryDequeue(out var published))
                if (published.GetProperty("uri").GetString() == uri && accept(published))
                    return published.GetProperty("diagnostics");
        }
    }

    public static IEnumerable<string> Codes(JsonElement diagnostics) => diagnostics.EnumerateArray().Select(d => d.GetProperty("code").GetString()!);

    public async ValueTask DisposeAsync()
    {
        Rpc.Dispose();
        _clientStream.Dispose();
        await Task.WhenAny(Exit, Task.Delay(TimeSpan.FromSeconds(10)));
    }
}
