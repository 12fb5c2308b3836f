using NarrativeLint.Engine;
using NarrativeLint.Engine.Cache;
using NarrativeLint.Registry;
using NarrativeLint.Reporting;
using NarrativeLint.Tests.Robustness;
using NarrativeLint.Tests.Rules;

namespace NarrativeLint.Tests.Cache;

/// <summary>A project on disk (the rule fixtures' registry, content under <c>content/</c>) checked with and without a cache folder.</summary>
sealed class CachedProject : IDisposable
{
    readonly TempFolder _folder = new();

    public CachedProject(params (string Path, string Text)[] content)
    {
        RegistryFile = _folder.Write("rules/brand.yaml", Fixture.RegistryYaml);
        foreach (var (path, text) in content) Write(path, text);
    }

    public string Root => _folder.Root;
    public string RegistryFile { get; }
    public string CacheFolder => _folder.PathOf(".cache");

    public void Write(string path, string text) => _folder.Write(Path.Combine("content", path), text);

    /// <summary>The cache as a run opens it; <paramref name="toolVersion"/> stands for another build of the tool.</summary>
    public DocumentCache OpenCache(string? toolVersion = "test build", params string[] moreInputs) =>
        new(CacheFolder, [RegistryFile, .. moreInputs], toolVersion);

    /// <summary>Checks <c>content/</c> from the project's root, as <c>check content</c> would.</summary>
    public AnalysisResult Check(DocumentCache? cache = null)
    {
        var loaded = RegistryLoader.Load(RegistryFile);
        loaded.Errors.ShouldBeEmpty();
        var engine = new NarrativeEngine(loaded.Registry, new EngineOptions { WorkingDirectory = Root, Cache = cache });
        return engine.Check([Path.Combine(Root, "content")]);
    }

    /// <summary>The run's JSON report: findings, documents and summary, which must not depend on the cache.</summary>
    public string Json(AnalysisResult result) => Report(result, "json");

    /// <summary>The run's report in <paramref name="format"/> (json, sarif, text, …).</summary>
    public string Report(AnalysisResult result, string format)
    {
        var text = new StringWriter();
        Reporter.ForFormat(format, false)!.Write(new RunSummary(result, [RegistryFile], Root, "test"), text);
        return text.ToString();
    }

    public IEnumerable<string> Entries => Directory.Exists(CacheFolder) ? Directory.EnumerateFiles(CacheFolder, "*.entry", SearchOption.AllDirectories) : [];

    public void Dispose() => _folder.Dispose();
}
