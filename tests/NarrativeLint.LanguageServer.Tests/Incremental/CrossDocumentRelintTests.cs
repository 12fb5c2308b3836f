using System.Text.Json;
using NarrativeLint.LanguageServer.Tests.Server;

namespace NarrativeLint.LanguageServer.Tests.Incremental;

/// <summary>
/// Through the protocol: the server prepares the workspace's facts once and compares each keystroke's buffer with
/// them, so a cross-document finding (NL2001) must come and go with the buffer's edits and with a workspace file's change,
/// and the server must keep no memory per edit.
/// </summary>
/// <remarks>Alone: the memory test reads the process's managed heap, which tests running beside it would fill.</remarks>
[Collection(CrossDocumentRelintTests.Alone)]
public sealed class CrossDocumentRelintTests : IDisposable
{
    public const string Alone = "the process's memory, measured with nothing else running";

    readonly string _root = ProtocolTests.NewWorkspace();

    const string Statement = "Each Zorblat kit ships with {0} brass gears and a printed manual.\n";

    public CrossDocumentRelintTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "kits"));
        File.WriteAllText(Path.Combine(_root, "kits", "second.md"), string.Format(Statement, 16));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>A server with a short debounce, so that many edits take little time.</summary>
    static async Task<InProcessServer> StartedServerAsync(string root)
    {
        var server = new InProcessServer(root);
        await server.InitializeAsync(options: new { debounceMs = 10 });
        await server.Rpc.NotifyWithParameterObjectAsync("initialized", new { });
        return server;
    }

    /// <summary>Opens <c>kits/first.md</c> saying 14 gears where the workspace's other kit says 16, and waits for the drift, which comes once the workspace is indexed.</summary>
    static async Task<string> OpenDriftingAsync(InProcessServer server)
    {
        var uri = server.Open("kits/first.md", string.Format(Statement, 14));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!server.Log.ToString().Contains("indexed ")) await Task.Delay(50, timeout.Token);
        await server.DiagnosticsAsync(uri, d => InProcessServer.Codes(d).Contains("NL2001"));
        return uri;
    }

    static Task Change(InProcessServer server, string uri, int version, string text) =>
        server.Rpc.NotifyWithParameterObjectAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new[] { new { text } } });

    [Fact]
    public async Task A_fact_drift_comes_and_goes_with_the_buffer_and_with_the_other_file()
    {
        await using var server = await StartedServerAsync(_root);
        var uri = await OpenDriftingAsync(server);

        await Change(server, uri, 2, string.Format(Statement, 16));
        InProcessServer.Codes(await server.DiagnosticsAsync(uri, 2)).ShouldNotContain("NL2001");
        await Change(server, uri, 3, string.Format(Statement, 18));
        var drift = (await server.DiagnosticsAsync(uri, 3)).EnumerateArray().Single(d => d.GetProperty("code").GetString() == "NL2001");
        drift.GetProperty("message").GetString()!.ShouldContain("kits/second.md");

        // The other file now says 18 too: the watched-file change re-indexes it, and the drift is gone.
        File.WriteAllText(Path.Combine(_root, "kits", "second.md"), string.Format(Statement, 18));
        await server.Rpc.NotifyWithParameterObjectAsync("workspace/didChangeWatchedFiles", new
        {
            changes = new[] { new { uri = new Uri(Path.Combine(_root, "kits", "second.md")).AbsoluteUri, type = 2 } },
        });
        await server.DiagnosticsAsync(uri, d => !InProcessServer.Codes(d).Contains("NL2001"));
    }

    [Fact]
    public async Task Memory_kept_after_500_edits_is_what_it_was_after_the_first_100()
    {
        await using var server = await StartedServerAsync(_root);
        var uri = await OpenDriftingAsync(server);
        // Each version is over 2 KB of text, its numbers among ten: what a version leaves behind shows, new words do not.
        var filler = string.Concat(Enumerable.Repeat("The manual explains every step of the assembly in plain words. ", 36));
        async Task EditAsync(int from, int count)
        {
            for (int version = from; version < from + count; version++)
            {
                await Change(server, uri, version, string.Format(Statement, 100 + version % 10) + "\n" + filler + new string('x', version % 5) + "\n");
                if (version % 10 == 0) await server.DiagnosticsAsync(uri, version);
            }
            await server.DiagnosticsAsync(uri, from + count - 1);
        }
        await EditAsync(2, 100);
        var warm = await server.Rpc.InvokeWithParameterObjectAsync<JsonElement>("narrativelint/memory", new { });
        await EditAsync(102, 500);
        var after = await server.Rpc.InvokeWithParameterObjectAsync<JsonElement>("narrativelint/memory", new { });
        // A generous margin: what matters is that 500 edits do not leave 500 versions (over 1 MB) behind.
        var grown = after.GetProperty("managedBytes").GetInt64() - warm.GetProperty("managedBytes").GetInt64();
        grown.ShouldBeLessThan(512 * 1024, $"the managed heap grew by {grown} bytes over 500 edits");
    }
}

[CollectionDefinition(CrossDocumentRelintTests.Alone, DisableParallelization = true)]
public sealed class ProcessMemoryCollection;
