using System.Text;
using NarrativeLint.Engine;
using NarrativeLint.Registry;
using NarrativeLint.Reporting;
using NarrativeLint.Tests.Robustness;

namespace NarrativeLint.Tests.ColdRun7;

/// <summary>
/// Files read and parsed ahead (<see cref="ReadAhead"/>, while a check's process starts) give the report a run that
/// reads every file itself gives, byte for byte: the same bytes go through the same reader.
/// </summary>
public class ReadAheadTests
{
    static string Json(AnalysisResult result, string root, string registry)
    {
        var text = new StringWriter();
        Reporter.ForFormat("json", false)!.Write(new RunSummary(result, [registry], root, "test"), text);
        return text.ToString();
    }

    static (string Without, string With, ReadAhead Ahead) CheckBothWays(string root, string registryPath, string[] paths, EngineOptions? options = null)
    {
        var loaded = RegistryLoader.Load(registryPath);
        var baseOptions = (options ?? new EngineOptions()) with { WorkingDirectory = root };
        var without = new NarrativeEngine(loaded.Registry, baseOptions).Check(paths);
        var ahead = ReadAhead.Start(paths, root);
        // Every file read before the engine starts: the case where the engine reads none itself.
        ahead.Done.Wait(TimeSpan.FromMinutes(2)).ShouldBeTrue();
        var with = new NarrativeEngine(loaded.Registry, baseOptions with { ReadAhead = ahead }).Check(paths);
        return (Json(without, root, registryPath), Json(with, root, registryPath), ahead);
    }

    [Fact]
    public void The_devset_read_ahead_reports_what_it_reports_when_read_by_the_engine()
    {
        var content = Path.Combine(SharedData.Devset, "content");
        var (without, with, ahead) = CheckBothWays(SharedData.Devset, Path.Combine(SharedData.Devset, "registry"), [content]);
        with.ShouldBe(without);
        ahead.DocumentsTaken.ShouldBeGreaterThan(Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).Count() / 2);
    }

    [Fact]
    public void Odd_files_excluded_ones_and_large_ones_read_ahead_report_the_same()
    {
        using var folder = new TempFolder();
        var registry = folder.Write("rules/brand.yaml", Rules.Fixture.RegistryYaml);
        folder.Write("content/page.md", "---\ntitle: A page\nlang: en\n---\n# Refunds\n\nWe refund every order within 30 days.\n");
        folder.Write("content/broken-front-matter.md", "---\ntitle: [unclosed\n---\nWe never sell your data.\n");
        folder.Write("content/binary.md", [(byte)'a', 0, 1, 2, (byte)'b']);
        folder.Write("content/latin1.md", Encoding.Latin1.GetBytes("Caf\u00e9 open 24 hours, we promise.\n"));
        folder.Write("content/notes.txt", "Delivery takes 2 days.\n");
        folder.Write("content/skipped/draft.md", "We always deliver in 1 day.\n");
        folder.Write("content/large.md", string.Concat(Enumerable.Repeat("We refund every order within 30 days. ", 16_000)));
        folder.Write("content/.hidden.md", "Hidden.\n");
        var options = new EngineOptions { Exclude = ["content/skipped/**"] };

        var (without, with, ahead) = CheckBothWays(folder.Root, registry, [folder.PathOf("content")], options);

        with.ShouldBe(without);
        // page, broken front matter, Latin-1 and notes; the binary file is left to the engine, the large one too.
        ahead.DocumentsTaken.ShouldBe(4);
    }

    [Fact]
    public void Reading_stopped_before_it_starts_leaves_every_file_to_the_engine()
    {
        var content = Path.Combine(SharedData.Devset, "content");
        var registry = RegistryLoader.Load(Path.Combine(SharedData.Devset, "registry")).Registry;
        var ahead = ReadAhead.Start([content], SharedData.Devset);
        ahead.Stop();
        ahead.Done.Wait(TimeSpan.FromMinutes(2)).ShouldBeTrue();
        var options = new EngineOptions { WorkingDirectory = SharedData.Devset };
        var without = new NarrativeEngine(registry, options).Check([content]);
        var with = new NarrativeEngine(registry, options with { ReadAhead = ahead }).Check([content]);
        Json(with, SharedData.Devset, "registry").ShouldBe(Json(without, SharedData.Devset, "registry"));
    }
}
