using NarrativeLint.Tests.Rules;
using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.Cache;

/// <summary>
/// <c>--cache</c>: an unchanged file is read back from its entry, anything that decides its analysis makes a new
/// entry, a broken entry is rebuilt, and the findings and documents are those of a run without the cache.
/// </summary>
public class DocumentCacheTests
{
    /// <summary>Posts with a commitment's contradiction, a fact told twice, a suppression used and one unused; also what the index tests check.</summary>
    internal static readonly (string, string)[] Content =
    [
        ("support.md", Fixture.Post("We reply to every support ticket within 72 hours.", "en").Text),
        ("help.md", Fixture.Post("Call our helpdesk any time.", "en").Text),
        ("shops.en.md", Fixture.Post("We run 120 shops.", "en").Text),
        ("negozi.it.md", Fixture.Post("Abbiamo 120 negozi.", "it").Text),
        ("quoted.md", Fixture.Post("<!-- narrativelint-disable-next-line NL1001: the 2023 SLA, quoted as history -->\nWe reply to every support ticket within 72 hours.", "en").Text),
        ("unused.md", Fixture.Post("<!-- narrativelint-disable-next-line NL2001: kept apart on purpose -->\nWe run 120 shops.", "en").Text),
    ];

    [Fact]
    public void A_second_run_reads_every_file_from_the_cache_and_reports_the_same()
    {
        using var project = new CachedProject(Content);
        var expected = project.Json(project.Check());

        var cold = project.OpenCache();
        project.Json(project.Check(cold)).ShouldBe(expected);
        (cold.Hits, cold.Written).ShouldBe((0, Content.Length));

        var warm = project.OpenCache();
        project.Json(project.Check(warm)).ShouldBe(expected);
        (warm.Hits, warm.Written).ShouldBe((Content.Length, 0));
    }

    [Fact]
    public void Editing_one_file_reads_and_analyses_only_that_file()
    {
        using var project = new CachedProject(Content);
        project.Check(project.OpenCache());
        project.Write("help.md", Fixture.Post("Our helpdesk answers within 72 hours.", "en").Text);

        var cache = project.OpenCache();
        var result = project.Check(cache);
        (cache.Hits, cache.Written).ShouldBe((Content.Length - 1, 1));
        project.Json(result).ShouldBe(project.Json(project.Check()));
        result.Findings.ShouldContain(f => f.Path == "content/help.md" && f.Id == "NL1001");
    }

    [Fact]
    public void A_changed_registry_makes_every_entry_new()
    {
        using var project = new CachedProject(Content);
        project.Check(project.OpenCache());
        File.AppendAllText(project.RegistryFile, "\n# a comment changes the file, so the registry's hash\n");

        var cache = project.OpenCache();
        project.Json(project.Check(cache)).ShouldBe(project.Json(project.Check()));
        (cache.Hits, cache.Written).ShouldBe((0, Content.Length));
    }

    [Fact]
    public void A_changed_language_pack_file_makes_every_entry_new()
    {
        using var project = new CachedProject(Content);
        var pack = Path.Combine(project.Root, "rules", "languages", "it.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(pack)!);
        File.WriteAllText(pack, "code: it\n");
        project.Check(project.OpenCache("test build", pack));
        File.WriteAllText(pack, "code: it\nextends: it\n");

        var cache = project.OpenCache("test build", pack);
        project.Check(cache);
        (cache.Hits, cache.Written).ShouldBe((0, Content.Length));
    }

    [Fact]
    public void Another_build_of_the_tool_does_not_read_this_builds_entries()
    {
        using var project = new CachedProject(Content);
        project.Check(project.OpenCache("0.1.0"));

        var cache = project.OpenCache("0.2.0");
        project.Check(cache);
        (cache.Hits, cache.Written).ShouldBe((0, Content.Length));
        var again = project.OpenCache("0.1.0");
        project.Check(again);
        again.Hits.ShouldBe(Content.Length);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("flipped")]
    [InlineData("empty")]
    [InlineData("other format")]
    public void A_broken_entry_is_ignored_and_written_again(string damage)
    {
        using var project = new CachedProject(Content);
        var expected = project.Json(project.Check());
        project.Check(project.OpenCache());
        var entry = project.Entries.First();
        var bytes = File.ReadAllBytes(entry);
        File.WriteAllBytes(entry, CacheDamage.Apply(bytes, damage));

        var cache = project.OpenCache();
        project.Json(project.Check(cache)).ShouldBe(expected);
        (cache.Hits, cache.Written).ShouldBe((Content.Length - 1, 1));
        var rebuilt = project.OpenCache();
        project.Check(rebuilt);
        rebuilt.Hits.ShouldBe(Content.Length);
    }

    [Fact]
    public void A_fact_drift_appears_on_a_cached_file_when_only_the_other_file_changed()
    {
        using var project = new CachedProject(("shops.en.md", Fixture.Post("We run 120 shops.", "en").Text), ("negozi.it.md", Fixture.Post("Abbiamo 120 negozi.", "it").Text));
        project.Check(project.OpenCache()).Findings.ShouldNotContain(f => f.Id == "NL2001");
        project.Write("negozi.it.md", Fixture.Post("Abbiamo 140 negozi.", "it").Text);

        var cache = project.OpenCache();
        var result = project.Check(cache);
        cache.Hits.ShouldBe(1);
        result.Findings.Where(f => f.Id == "NL2001").Select(f => f.Path).Order().ShouldBe(["content/negozi.it.md", "content/shops.en.md"]);
        project.Json(result).ShouldBe(project.Json(project.Check()));
    }

    [Fact]
    public void A_translation_drift_appears_on_a_cached_translation_when_only_its_source_changed()
    {
        using var project = new CachedProject();
        project.Write(SourcePath["content/".Length..], Page(Blocks["en"]));
        project.Write(TranslationPath("it")["content/".Length..], Page(Blocks["it"]));
        project.Check(project.OpenCache()).Findings.ShouldNotContain(f => f.Id == "NL2002");
        project.Write(SourcePath["content/".Length..], Page(With("en", 1, Blocks["en"][1].Replace("120", "135"))));

        var cache = project.OpenCache();
        var result = project.Check(cache);
        cache.Hits.ShouldBe(1);
        result.Findings.ShouldContain(f => f.Id == "NL2002" && f.Path == "content/it/about.md");
        result.TranslationOf("content/it/about.md")!.Source.Path.ShouldBe("content/en/about.md");
        project.Json(result).ShouldBe(project.Json(project.Check()));
    }

    [Fact]
    public void A_cached_suppression_that_a_cross_document_finding_no_longer_needs_becomes_unused()
    {
        using var project = new CachedProject(
            ("shops.en.md", Fixture.Post("<!-- narrativelint-disable-next-line NL2001: the Italian page counts franchises too -->\nWe run 120 shops.", "en").Text),
            ("negozi.it.md", Fixture.Post("Abbiamo 140 negozi.", "it").Text));
        var first = project.Check(project.OpenCache());
        first.Findings.ShouldContain(f => f.Id == "NL2001" && f.Path == "content/shops.en.md" && f.IsSuppressed);
        first.Findings.ShouldNotContain(f => f.Id == "NL0009");
        project.Write("negozi.it.md", Fixture.Post("Abbiamo 120 negozi.", "it").Text);

        var cache = project.OpenCache();
        var result = project.Check(cache);
        cache.Hits.ShouldBe(1);
        result.Findings.ShouldContain(f => f.Id == "NL0009" && f.Path == "content/shops.en.md");
        project.Json(result).ShouldBe(project.Json(project.Check()));
    }

    [Fact]
    public void Severities_apply_to_cached_findings_without_a_new_entry()
    {
        using var project = new CachedProject(Content);
        project.Check(project.OpenCache());
        var loaded = NarrativeLint.Registry.RegistryLoader.Load(project.RegistryFile);
        var cache = project.OpenCache();
        var options = new NarrativeLint.Engine.EngineOptions
        {
            WorkingDirectory = project.Root, Cache = cache,
            Severities = System.Collections.Immutable.ImmutableDictionary<string, Microsoft.CodeAnalysis.DiagnosticSeverity?>.Empty.Add("NL1001", null),
        };
        var result = new NarrativeLint.Engine.NarrativeEngine(loaded.Registry, options).Check([Path.Combine(project.Root, "content")]);
        cache.Hits.ShouldBe(Content.Length);
        result.Findings.ShouldNotContain(f => f.Id == "NL1001");
    }
}
