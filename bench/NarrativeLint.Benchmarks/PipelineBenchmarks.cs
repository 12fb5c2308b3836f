using System.Text;
using BenchmarkDotNet.Attributes;
using NarrativeLint.Channels;
using NarrativeLint.Channels.Markdown;
using NarrativeLint.Engine;
using NarrativeLint.Language;
using NarrativeLint.Registry;

namespace NarrativeLint.Benchmarks;

/// <summary>
/// Each pipeline stage on the smoke corpus (50 real Markdown pages): reading, language annotation, and the
/// whole engine with the benchmark's terminology registry. Run: dotnet run -c Release --project bench/NarrativeLint.Benchmarks
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    List<ContentFile> _files = [];
    List<string> _prose = [];
    BrandRegistry _registry = new();
    readonly MarkdownReader _reader = new();

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Corpus.Find("opentelemetry-io-smoke");
        _files = Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(path => new ContentFile(path, File.ReadAllBytes(path))).ToList();
        _prose = _files.SelectMany(f => _reader.Read(f).Segments.Select(s => s.Text)).ToList();
        _registry = RegistryLoader.Load(Corpus.Registry()).Registry;
    }

    [Benchmark]
    public int ReadMarkdown() => _files.Sum(f => _reader.Read(f).Segments.Length);

    [Benchmark]
    public int AnnotateEnglish()
    {
        var pack = LanguagePacks.Default.Get("en");
        return _prose.Sum(text => pack.Annotate(text).Length);
    }

    [Benchmark]
    public int CheckWithEngine() => new NarrativeEngine(_registry).Check(_files).Findings.Length;
}

static class Corpus
{
    /// <summary>The shared corpus beside the repository's clone.</summary>
    public static string Find(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "corpus", name);
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException($"shared/corpus/{name} not found beside the repository");
    }

    /// <summary>The devset-like terminology registry the benchmark script generates from the baseline's prh.yml.</summary>
    public static string Registry() => Environment.GetEnvironmentVariable("NARRATIVELINT_BENCH_REGISTRY") ?? "/tmp/narrativelint-bench/registry";
}
