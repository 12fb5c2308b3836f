using NarrativeLint.Engine.Cache;
using NarrativeLint.Tests.Cache;
using NarrativeLint.Tests.EntryBundles;

namespace NarrativeLint.Tests.WarmRun;

/// <summary>
/// A cache folder's shared files read ahead on another thread (<see cref="CacheReadAhead"/>) serve the cache opened on
/// that folder exactly as reading them in place would, and never a cache opened on another folder.
/// </summary>
public class ReadAheadTests
{
    /// <summary>The bundle tests' content: enough posts for a cold run to write the bundle.</summary>
    static readonly (string, string)[] Content = EntryBundleTests.Content;

    [Fact]
    public void A_cache_restores_from_its_folder_read_ahead_what_it_restores_reading_it_in_place()
    {
        using var project = new CachedProject(Content);
        var expected = project.Json(project.Check());
        project.Check(project.OpenCache());
        File.Exists(Path.Combine(project.CacheFolder, "entries.bundle")).ShouldBeTrue();
        // Every entry's own file gone: what is restored came from the bundle read ahead.
        foreach (var entry in project.Entries.ToList()) File.Delete(entry);

        var warm = new DocumentCache(project.CacheFolder, [project.RegistryFile], "test build", CacheReadAhead.Start(project.CacheFolder));
        project.Json(project.Check(warm)).ShouldBe(expected);
        (warm.Hits, warm.Written).ShouldBe((Content.Length, 0));
    }

    [Fact]
    public void A_folder_read_ahead_never_serves_a_cache_opened_on_another_folder()
    {
        using var project = new CachedProject(Content);
        var expected = project.Json(project.Check());
        project.Check(project.OpenCache());
        var elsewhere = Path.Combine(project.Root, "other-cache");

        var other = new DocumentCache(elsewhere, [project.RegistryFile], "test build", CacheReadAhead.Start(project.CacheFolder));
        project.Json(project.Check(other)).ShouldBe(expected);
        (other.Hits, other.Written).ShouldBe((0, Content.Length));
    }
}
