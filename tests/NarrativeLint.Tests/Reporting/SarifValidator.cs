using System.Text.Json;
using NarrativeLint.Tests.Cli;
using NarrativeLint.Tests.Robustness;

namespace NarrativeLint.Tests.Reporting;

/// <summary>Microsoft's SARIF validator (<c>@microsoft/sarif-multitool</c>, installed by <c>npm ci</c> in tests/sarif-validator; <c>.ci/run</c> does that).</summary>
static class SarifValidator
{
    static string Tool
    {
        get
        {
            var folder = Repository.PathOf("tests/sarif-validator");
            var tool = Path.Combine(folder, "node_modules", ".bin", OperatingSystem.IsWindows() ? "sarif-multitool.cmd" : "sarif-multitool");
            if (!File.Exists(tool))
                Assert.Fail($"The SARIF validator is not installed: run `npm ci --no-audit --no-fund` in {folder} (.ci/run does this before the tests).");
            return tool;
        }
    }

    /// <summary>The validator's error-level results on <paramref name="sarif"/>, each as rule and message; it writes its verdict into <paramref name="folder"/>.</summary>
    public static (CommandResult Run, IReadOnlyList<string> Errors) Validate(string sarif, TempFolder folder)
    {
        var verdict = folder.PathOf("validation.sarif");
        var run = CliProcess.Run(Tool, ["validate", sarif, "--output", verdict, "--log", "ForceOverwrite"], folder.Root);
        run.ExitCode.ShouldBe(0, run.ToString());
        File.Exists(verdict).ShouldBeTrue(run.ToString());
        using var results = JsonDocument.Parse(File.ReadAllText(verdict));
        var errors = results.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.TryGetProperty("level", out var level) && level.GetString() == "error")
            .Select(r => r.GetProperty("ruleId").GetString() + " " + r.GetProperty("message").GetRawText())
            .ToList();
        return (run, errors);
    }
}
