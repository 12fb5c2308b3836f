using System.Diagnostics;
using System.Text;
using NarrativeLint.Benchmarks;
using NarrativeLint.Channels;
using NarrativeLint.Engine;
using NarrativeLint.Tests.Robustness;
using Xunit.Abstractions;

namespace NarrativeLint.Tests.Speed;

/// <summary>
/// Linear in any shape: doubling a text of one shape (one endless sentence, a paragraph of short sentences, a long
/// table, a long list, one line) at most about doubles the time the whole engine takes on it. Not a timed test
/// against the clock: each size is checked five times, interleaved with the other, and the fastest runs are compared
/// (the run least disturbed by the rest of the machine), with room for a busy machine (a linear step gives 2, a
/// quadratic one 4), in up to three attempts. The tests of this collection run alone, not beside the suite's other tests.
/// </summary>
[Collection(LinearShapeTests.Alone)]
public class LinearShapeTests(ITestOutputHelper output)
{
    public const string Alone = "ratios of times, measured with nothing else running";
    const int Size = 192_000;
    const double MostGrowth = 3.0;
    const int Repeats = 5;

    public static TheoryData<string> ShapeNames => [.. Shapes.Names];

    /// <summary>The benchmark's registry of real public statements: its topics and facts give every rule work on the shapes' words.</summary>
    static readonly Lazy<NarrativeLint.Registry.BrandRegistry> Registry = new(() => NarrativeLint.Registry.RegistryLoader.Load(Repository.PathOf("bench/otel-registry")).Registry);

    [Theory]
    [MemberData(nameof(ShapeNames))]
    public void Doubling_the_text_at_most_about_doubles_the_time(string shape)
    {
        var engine = new NarrativeEngine(Registry.Value, new EngineOptions { MaxFileTime = TimeSpan.Zero });
        var (single, twice) = (File(Shapes.Make(shape, Size)), File(Shapes.Make(shape, 2 * Size)));
        Seconds(engine, single);
        Seconds(engine, twice);

        var (growth, measured) = Growth(() => Seconds(engine, single), () => Seconds(engine, twice));
        measured = $"{shape}: {measured} for {Size:N0} characters and twice as many";
        output.WriteLine(measured);
        growth.ShouldBeLessThan(MostGrowth, measured);
    }

    /// <summary>How many attempts a ratio gets: another process taking the cores for a moment spoils one, not three; a quadratic step fails them all.</summary>
    const int Attempts = 3;

    /// <summary>The smallest growth over a few attempts, each the ratio of the fastest of <see cref="Repeats"/> interleaved runs of each size.</summary>
    static (double Growth, string Measured) Growth(Func<double> single, Func<double> twice)
    {
        var best = (Growth: double.MaxValue, Measured: "");
        for (int attempt = 0; attempt < Attempts && best.Growth >= MostGrowth; attempt++)
        {
            var singleTimes = new List<double>();
            var twiceTimes = new List<double>();
            for (int i = 0; i < Repeats; i++)
            {
                singleTimes.Add(single());
                twiceTimes.Add(twice());
            }
            var growth = Fastest(twiceTimes) / Fastest(singleTimes);
            if (growth < best.Growth) best = (growth, $"{Fastest(singleTimes):0.000} s, then {Fastest(twiceTimes):0.000} s ({growth:0.00}x)");
        }
        return best;
    }

    static readonly (int Band, ulong Hash)[] Alike = [.. NarrativeLint.Text.MinHash.BandsOf(["we reply", "reply within", "within #"])];

    [Fact]
    public void Near_duplicate_statements_of_one_document_cost_one_step_each_not_one_per_pair()
    {
        // Every set alike, so every one of them shares every band bucket: pairwise, doubling them would quadruple the work.
        static double PairsOfOneDocument(int count)
        {
            var clock = Stopwatch.StartNew();
            NarrativeLint.Text.MinHash.CandidatePairs(count, _ => Alike, apart: _ => "page.md").ShouldBeEmpty();
            return clock.Elapsed.TotalSeconds;
        }
        PairsOfOneDocument(1_000);
        var (growth, measured) = Growth(() => PairsOfOneDocument(80_000), () => PairsOfOneDocument(160_000));
        growth.ShouldBeLessThan(MostGrowth, $"{measured} for 80,000 sets and 160,000");
    }

    [Fact]
    public void Statements_of_different_documents_are_still_paired()
    {
        var pairs = NarrativeLint.Text.MinHash.CandidatePairs(4, _ => Alike, apart: i => i < 2 ? "a.md" : "b.md").ToList();

        pairs.ShouldBe([(0, 2), (0, 3), (1, 2), (1, 3)]);
    }

    static ContentFile File(string text) => new("page.md", Encoding.UTF8.GetBytes(text));

    static double Seconds(NarrativeEngine engine, ContentFile file)
    {
        GC.Collect();
        var clock = Stopwatch.StartNew();
        engine.Check([file]).Findings.ShouldNotBeEmpty();
        return clock.Elapsed.TotalSeconds;
    }

    static double Fastest(List<double> times) => times.Min();
}

[CollectionDefinition(LinearShapeTests.Alone, DisableParallelization = true)]
public sealed class TimeRatioCollection;
