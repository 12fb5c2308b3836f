using NarrativeLint.Engine;
using NarrativeLint.Reporting;

namespace NarrativeLint.Tests.Reporting;

/// <summary>The parallel engine reports the same bytes every time, so CI diffs and baselines are stable.</summary>
public class DeterministicOutputTests
{
    static string Report(string format, string root, int parallelism)
    {
        var rules = ReportFixtures.Rules.Value;
        var options = new EngineOptions { WorkingDirectory = root, MaxDegreeOfParallelism = parallelism };
        var result = new NarrativeEngine(rules.Registry, options).Check([Path.Combine(root, "content")]);
        var output = new StringWriter();
        Reporter.ForFormat(format)!.Write(new RunSummary(result, rules.Registry.Files, root, "0.1.0"), output);
        return output.ToString();
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("text")]
    [InlineData("github")]
    public void Two_parallel_runs_write_byte_identical_reports(string format)
    {
        using var folder = ReportFixtures.ContentFolder();

        var first = Report(format, folder.Root, Environment.ProcessorCount * 2);
        var second = Report(format, folder.Root, Environment.ProcessorCount * 2);
        var sequential = Report(format, folder.Root, 1);

        first.Length.ShouldBeGreaterThan(500);
        second.ShouldBe(first);
        sequential.ShouldBe(first, "a sequential run must report exactly what a parallel one does");
    }
}
