using System.Diagnostics;
using System.Text;
using NarrativeLint.Channels;
using NarrativeLint.Engine;
using NarrativeLint.Registry;

namespace NarrativeLint.Benchmarks;

/// <summary>
/// <c>shapes REGISTRY [RUNS] [MB]</c>: checks 1 MB of each shape (12 MB for the one line; both times MB) with the whole engine, in this process
/// after a warm-up, and prints the median of <c>runs</c> times beside 1 MB of ordinary prose.
/// </summary>
static class ShapesRun
{
    public static int Run(string registryPath, int runs, double megabytes = 1)
    {
        var engine = new NarrativeEngine(RegistryLoader.Load(registryPath).Registry, new EngineOptions { MaxFileTime = TimeSpan.Zero });
        foreach (var shape in Shapes.Names) Check(engine, Shapes.Make(shape, 20_000)); // JIT every path first
        Console.WriteLine($"median of {runs} runs, one file each, whole engine in one process");
        Console.WriteLine($"{"shape",-16} {"MB",6} {"s",8} {"MB/s",7} {"s per MB / prose",18}");
        double? prosePerMegabyte = null;
        foreach (var shape in Shapes.Names)
        {
            var text = Shapes.Make(shape, (int)(megabytes * (shape == "one-line" ? 12_000_000 : 1_000_000)));
            var seconds = Enumerable.Range(0, runs).Select(_ => Check(engine, text)).Order().ElementAt(runs / 2);
            var size = Encoding.UTF8.GetByteCount(text) / 1e6;
            prosePerMegabyte ??= seconds / size;
            Console.WriteLine($"{shape,-16} {size,6:0.0} {seconds,8:0.00} {size / seconds,7:0.00} {seconds / size / prosePerMegabyte,17:0.0}x");
        }
        return 0;
    }

    static double Check(NarrativeEngine engine, string text)
    {
        var clock = Stopwatch.StartNew();
        engine.Check([new ContentFile("page.md", Encoding.UTF8.GetBytes(text))]);
        return clock.Elapsed.TotalSeconds;
    }
}
