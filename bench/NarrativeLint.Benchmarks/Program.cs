using System.Diagnostics;
using BenchmarkDotNet.Running;
using NarrativeLint.Benchmarks;
using NarrativeLint.Channels;
using NarrativeLint.Engine;
using NarrativeLint.Language;
using NarrativeLint.Registry;

// "startup REGISTRY": what a check pays before it reads a file (packs, registry, engine, an empty check, one small file), in CPU and wall ms since the process started.
if (args is ["startup", var startupRegistry])
{
    static void Mark(string stage)
    {
        var process = Process.GetCurrentProcess();
        Console.WriteLine($"{stage,-9} {process.TotalProcessorTime.TotalMilliseconds,6:0} CPU ms {(DateTime.Now - process.StartTime).TotalMilliseconds,6:0} wall ms");
    }
    Mark("main");
    var packsLoaded = LanguagePackLoader.Load(LanguagePackLoader.FilesBeside(startupRegistry));
    Mark("packs");
    var registryLoaded = RegistryLoader.Load([startupRegistry], null, NarrativeLint.Analyzers.BuiltInAnalyzers.SupportedDiagnosticIds, packsLoaded.Packs);
    Mark("registry");
    var startupEngine = new NarrativeEngine(registryLoaded.Registry, packs: packsLoaded.Packs);
    Mark("engine");
    startupEngine.Check(Array.Empty<string>());
    Mark("empty");
    startupEngine.Check([new ContentFile("a.md", "We answer every request within 24 hours."u8.ToArray())]);
    Mark("one file");
    return 0;
}

// "floor CORPUS": the least work of any Markdown linter with exact locations (bench/run.sh times it as a process).
if (args is ["floor", var floorCorpus]) return Floor.Run(floorCorpus);

// "shapes REGISTRY [RUNS] [MB]": 1 MB of each text shape beside 1 MB of prose (linear in any shape).
if (args is ["shapes", var shapesRegistry, .. var rest])
    return ShapesRun.Run(shapesRegistry, rest.Length > 0 ? int.Parse(rest[0]) : 3, rest.Length > 1 ? double.Parse(rest[1], System.Globalization.CultureInfo.InvariantCulture) : 1);

// "stages CORPUS REGISTRY": one timed pass per stage over a whole corpus, to see where a run spends its time.
if (args is ["stages", var corpus, var registryPath])
{
    var files = Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories)
        .Select(p => new ContentFile(p, File.ReadAllBytes(p))).ToList();
    var registry = RegistryLoader.Load(registryPath).Registry;
    var clock = Stopwatch.StartNew();
    var documents = files.Select(f => ChannelReaders.Default.First(r => r.CanRead(f)).Read(f)).ToList();
    Console.WriteLine($"read      {clock.Elapsed.TotalSeconds,6:0.00} s  {files.Count} files");
    clock.Restart();
    var pack = LanguagePacks.Default.Get("en");
    int sentences = documents.Sum(d => d.Segments.Sum(s => pack.Annotate(s.Text).Length));
    Console.WriteLine($"annotate  {clock.Elapsed.TotalSeconds,6:0.00} s  {sentences} sentences (one thread)");
    clock.Restart();
    var result = new NarrativeEngine(registry, analyzers: () => []).Check(files);
    Console.WriteLine($"engine    {clock.Elapsed.TotalSeconds,6:0.00} s  no analyzers (all cores)");
    foreach (var analyzer in NarrativeLint.Analyzers.BuiltInAnalyzers.Create())
    {
        clock.Restart();
        result = new NarrativeEngine(registry, analyzers: () => [analyzer]).Check(files);
        Console.WriteLine($"+ {analyzer.GetType().Name,-30} {clock.Elapsed.TotalSeconds,6:0.00} s  {result.Findings.Length} findings");
    }
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args);
return 0;
