using System.Text;
using NarrativeLint.Channels;
using NarrativeLint.Engine;
using NarrativeLint.Engine.Cache;
using NarrativeLint.Tests.Robustness;
using NarrativeLint.Tests.Rules;

namespace NarrativeLint.Tests.Cache;

/// <summary>The language server's workspace index with a cache: a second start reads the workspace from it, and buffers are compared with it as with a fresh index.</summary>
public sealed class WorkspaceCacheTests : IDisposable
{
    readonly TempFolder _workspace = new();
    readonly TempFolder _cacheFolder = new();

    public WorkspaceCacheTests()
    {
        _workspace.Write("web/about.md", "# About\n\nToday our 120 engineers run 4 data centres.\n");
        _workspace.Write("web/support.md", "# Support\n\nWe answer every support request within 72 hours.\n");
    }

    public void Dispose()
    {
        _workspace.Dispose();
        _cacheFolder.Dispose();
    }

    NarrativeEngine Engine(DocumentCache? cache) =>
        new(Fixture.Registry, new EngineOptions { WorkingDirectory = _workspace.Root, Cache = cache });

    static ContentFile Buffer(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_second_start_indexes_the_workspace_from_the_cache_and_compares_buffers_with_it_alike()
    {
        var buffer = Buffer("drafts/team.md", "# Team\n\nToday our 140 engineers run 4 data centres.\n");
        var fresh = Engine(null);
        var expected = fresh.Check([buffer], fresh.Analyze([_workspace.Root], maxDegreeOfParallelism: 1)).Findings.Select(f => (f.Path, f.Id, f.Message)).ToList();

        var first = new DocumentCache(_cacheFolder.Root, [], "test build");
        Engine(first).Analyze([_workspace.Root], maxDegreeOfParallelism: 1);
        (first.Hits, first.Written).ShouldBe((0, 2));

        var second = new DocumentCache(_cacheFolder.Root, [], "test build");
        var engine = Engine(second);
        var index = engine.Analyze([_workspace.Root], maxDegreeOfParallelism: 1);
        (second.Hits, second.Written).ShouldBe((2, 0));
        index.Select(d => d.Path).Order().ShouldBe(["web/about.md", "web/support.md"]);
        engine.Check([buffer], index).Findings.Select(f => (f.Path, f.Id, f.Message)).ToList().ShouldBe(expected);
        expected.ShouldContain(f => f.Id == "NL2001");
    }

    [Fact]
    public void A_check_reads_what_the_index_wrote()
    {
        var cache = new DocumentCache(_cacheFolder.Root, [], "test build");
        Engine(cache).Analyze([_workspace.Root], maxDegreeOfParallelism: 1);

        var check = new DocumentCache(_cacheFolder.Root, [], "test build");
        var result = Engine(check).Check([_workspace.Root]);
        check.Hits.ShouldBe(2);
        result.Findings.ShouldContain(f => f.Id == "NL1001" && f.Path == "web/support.md");
    }
}
