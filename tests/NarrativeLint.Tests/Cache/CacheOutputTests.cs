using System.Text.RegularExpressions;
using NarrativeLint.Tests.Robustness;
using static NarrativeLint.Tests.Cli.CliProcess;

namespace NarrativeLint.Tests.Cache;

/// <summary>
/// The command as CI runs it, on the demo and the development set: the report of a run with <c>--cache</c>, cold
/// and warm, is byte for byte the report of a run without it, in every format that does not print the time.
/// </summary>
public class CacheOutputTests
{
    static readonly Lazy<string> Root = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "NarrativeLint.sln"))) return folder.FullName;
        throw new DirectoryNotFoundException("NarrativeLint.sln was not found above " + AppContext.BaseDirectory);
    });

    public static TheoryData<string, string, string> Corpora => new()
    {
        { "samples", "rules", "json" },
        { "samples", "rules", "text" },
        { "devset", "devset", "json" },
        { "devset", "devset", "markdown" },
    };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Reports_with_a_cold_and_a_warm_cache_are_those_without(string corpus, string registry, string format)
    {
        var (content, rules) = corpus == "samples"
            ? (Path.Combine(Root.Value, "samples"), Path.Combine(Root.Value, "rules"))
            : (Path.Combine(SharedData.Devset, "content"), Path.Combine(SharedData.Devset, "registry"));
        using var cache = new TempFolder();
        string[] check = ["check", content, "--registry", rules, "--format", format, "--no-color", "--fail-on", "none"];

        var without = Narrativelint(Root.Value, [.. check, "--quiet"]);
        var cold = Narrativelint(Root.Value, [.. check, "--cache", cache.Root]);
        var warm = Narrativelint(Root.Value, [.. check, "--cache", cache.Root]);

        without.ExitCode.ShouldBe(0, without.ToString());
        cold.Stdout.ShouldBe(without.Stdout, registry);
        warm.Stdout.ShouldBe(without.Stdout, registry);
        Regex.Match(cold.Stderr, @"(\d+) of (\d+) files read from the cache").Groups[1].Value.ShouldBe("0", cold.Stderr);
        // Markdown, text and HTML files come from the cache; e-mail, social, chatbot, captions and Word files are always read.
        int.Parse(Regex.Match(warm.Stderr, @"(\d+) of (\d+) files read from the cache").Groups[1].Value).ShouldBeGreaterThan(0, warm.Stderr);
    }
}
