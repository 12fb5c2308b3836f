using NarrativeLint.LanguageServer.Tests.Server;

namespace NarrativeLint.LanguageServer.Tests.Workspace;

/// <summary>The <c>cache</c> setting: the server's workspace index is written to the cache folder, and a second start reads it from there.</summary>
public sealed class CachedIndexTests : IDisposable
{
    readonly string _root = Directory.CreateTempSubdirectory("narrativelint-lsp-cache-").FullName;

    public CachedIndexTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "rules"));
        Directory.CreateDirectory(Path.Combine(_root, "web"));
        File.WriteAllText(Path.Combine(_root, "rules", "brand.yaml"), "brand: { name: Acme Cloud, languages: [en] }\n");
        File.WriteAllText(Path.Combine(_root, "web", "about.md"), "# About\n\nToday our 120 engineers run 4 data centres.\n");
        File.WriteAllText(Path.Combine(_root, "web", "team.md"), "# Team\n\nOur engineers work from three offices.\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    static async Task<string> IndexedAsync(InProcessServer server)
    {
        for (var waited = 0; waited < 300; waited++)
        {
            var log = server.Log.ToString();
            if (log.Contains("indexed ")) return log;
            await Task.Delay(100);
        }
        throw new TimeoutException("the workspace was not indexed:\n" + server.Log);
    }

    [Fact]
    public async Task A_second_start_indexes_from_the_cache_and_buffers_still_meet_the_workspace()
    {
        var options = new { registry = "rules", cache = ".narrativelint/cache" };
        await using (var first = new InProcessServer(_root))
        {
            await first.InitializeAsync(options: options);
            await first.Rpc.NotifyWithParameterObjectAsync("initialized", new { });
            (await IndexedAsync(first)).ShouldContain("indexed 2 documents, 0 from the cache");
        }
        Directory.EnumerateFiles(Path.Combine(_root, ".narrativelint", "cache"), "*.entry", SearchOption.AllDirectories).Count().ShouldBe(2);

        await using var second = new InProcessServer(_root);
        await second.InitializeAsync(options: options);
        await second.Rpc.NotifyWithParameterObjectAsync("initialized", new { });
        (await IndexedAsync(second)).ShouldContain("indexed 2 documents, 2 from the cache");
        var uri = second.Open("drafts/new.md", "# New\n\nToday our 140 engineers run 4 data centres.\n");
        var diagnostics = await second.DiagnosticsAsync(uri, d => InProcessServer.Codes(d).Contains("NL2001"));
        InProcessServer.Codes(diagnostics).ShouldContain("NL2001");
    }
}
