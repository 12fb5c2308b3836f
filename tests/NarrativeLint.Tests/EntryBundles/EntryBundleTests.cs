using NarrativeLint.Engine.Cache;
using NarrativeLint.Tests.Cache;
using NarrativeLint.Tests.Rules;

namespace NarrativeLint.Tests.EntryBundles;

/// <summary>
/// The cache's bundle of entries (<c>entries.bundle</c>): a warm run restores its documents from that one file,
/// a few entries from elsewhere do not rewrite it, and a broken bundle is ignored (the entries' own files serve)
/// and written again; the report is always the one without the cache.
/// </summary>
public class EntryBundleTests
{
    /// <summary>More posts than the bundle tolerates from elsewhere, so a cold run writes it.</summary>
    internal static readonly (string, string)[] Content =
    [
        .. DocumentCacheTests.Content,
        .. Enumerable.Range(1, EntryBundle.Tolerated + 4).Select(i => ($"posts/post-{i}.md", Fixture.Post($"We opened shop number {i} this spring.", "en").Text)),
    ];

    static string BundleOf(CachedProject project) => Path.Combine(project.CacheFolder, "entries.bundle");

    static void DeleteEntryFiles(CachedProject project)
    {
        foreach (var entry in project.Entries.ToList()) File.Delete(entry);
    }

    [Fact]
    public void A_warm_run_restores_every_document_from_the_bundle_alone()
    {
        using var project = new CachedProject(Content);
        var expected = project.Json(project.Check());
        project.Check(project.OpenCache());
        File.Exists(BundleOf(project)).ShouldBeTrue();
        DeleteEntryFiles(project);

        var warm = project.OpenCache();
        project.Json(project.Check(warm)).ShouldBe(expected);
        (warm.Hits, warm.Written).ShouldBe((Content.Length, 0));
    }

    [Fact]
    public void An_edited_file_is_read_from_its_own_entry_and_leaves_the_bundle_as_it_was()
    {
        using var project = new CachedProject(Content);
        project.Check(project.OpenCache());
        var bundle = File.ReadAllBytes(BundleOf(project));
        project.Write("help.md", Fixture.Post("Our helpdesk answers within 72 hours.", "en").Text);

        var edited = project.OpenCache();
        project.Json(project.Check(edited)).ShouldBe(project.Json(project.Check()));
        (edited.Hits, edited.Written).ShouldBe((Content.Length - 1, 1));
        File.ReadAllBytes(BundleOf(project)).ShouldBe(bundle);

        var again = project.OpenCache();
        project.Json(project.Check(again)).ShouldBe(project.Json(project.Check()));
        (again.Hits, again.Written).ShouldBe((Content.Length, 0));
    }

    [Fact]
    public void Entries_from_elsewhere_beyond_the_tolerance_write_the_bundle_again_with_the_runs_entries()
    {
        using var project = new CachedProject(Content);
        project.Check(project.OpenCache());
        File.AppendAllText(project.RegistryFile, "\n# a comment changes the registry's hash, so every entry's key\n");

        var changed = project.OpenCache();
        project.Json(project.Check(changed)).ShouldBe(project.Json(project.Check()));
        (changed.Hits, changed.Written).ShouldBe((0, Content.Length));
        DeleteEntryFiles(project);

        var warm = project.OpenCache();
        project.Json(project.Check(warm)).ShouldBe(project.Json(project.Check()));
        (warm.Hits, warm.Written).ShouldBe((Content.Length, 0));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("flipped")]
    [InlineData("empty")]
    [InlineData("other format")]
    public void A_broken_bundle_is_ignored_and_written_again(string damage)
    {
        using var project = new CachedProject(Content);
        var expected = project.Json(project.Check());
        project.Check(project.OpenCache());
        var bytes = File.ReadAllBytes(BundleOf(project));
        File.WriteAllBytes(BundleOf(project), CacheDamage.Apply(bytes, damage));

        var damaged = project.OpenCache();
        project.Json(project.Check(damaged)).ShouldBe(expected);
        (damaged.Hits, damaged.Written).ShouldBe((Content.Length, 0));
        File.ReadAllBytes(BundleOf(project)).ShouldBe(bytes);
        DeleteEntryFiles(project);

        var rebuilt = project.OpenCache();
        project.Json(project.Check(rebuilt)).ShouldBe(expected);
        rebuilt.Hits.ShouldBe(Content.Length);
    }
}
