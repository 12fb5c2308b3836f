using NarrativeLint.Tests.Cache;
using NarrativeLint.Tests.Rules;

namespace NarrativeLint.Tests.WarmStart;

/// <summary>
/// The cache's index of content hashes: a file whose length and times are those recorded is neither read nor hashed
/// again, one written since (or within the racy margin of its hashing) is, a broken index is ignored and rebuilt, and
/// the reports in every format are those of a run without the cache.
/// </summary>
public class FileIndexTests
{
    static readonly (string, string)[] Content = DocumentCacheTests.Content;

    static string IndexFile(CachedProject project) => Path.Combine(project.CacheFolder, "files.index");

    /// <summary>Files last written an hour ago, as a checkout's files are: older than any index that hashes them.</summary>
    static void Age(CachedProject project)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(project.Root, "content"), "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("text")]
    public void Unchanged_files_older_than_the_index_are_not_read_again_and_report_the_same(string format)
    {
        using var project = new CachedProject(Content);
        Age(project);
        var expected = project.Report(project.Check(), format);

        var cold = project.OpenCache();
        project.Report(project.Check(cold), format).ShouldBe(expected);
        (cold.Unread, cold.Written).ShouldBe((0, Content.Length));
        File.Exists(IndexFile(project)).ShouldBeTrue();

        var warm = project.OpenCache();
        project.Report(project.Check(warm), format).ShouldBe(expected);
        (warm.Hits, warm.Unread, warm.Written).ShouldBe((Content.Length, Content.Length, 0));
    }

    [Fact]
    public void A_file_written_since_it_was_hashed_is_read_and_analysed_again()
    {
        using var project = new CachedProject(Content);
        Age(project);
        project.Check(project.OpenCache());
        project.Write("help.md", Fixture.Post("Our helpdesk answers within 72 hours.", "en").Text);

        var cache = project.OpenCache();
        var result = project.Check(cache);
        (cache.Hits, cache.Unread, cache.Written).ShouldBe((Content.Length - 1, Content.Length - 1, 1));
        project.Json(result).ShouldBe(project.Json(project.Check()));
        result.Findings.ShouldContain(f => f.Path == "content/help.md" && f.Id == "NL1001");
    }

    [Fact]
    public void A_file_hashed_within_the_racy_margin_of_its_last_write_is_hashed_again_though_its_stamp_is_unchanged()
    {
        using var project = new CachedProject(Content);
        Age(project);
        const string Edited = "We reply to every support ticket within 72 hours.";
        project.Write("help.md", Fixture.Post("Call our helpdesk any time.".PadRight(Edited.Length), "en").Text);
        // Not older than its hashing, as a file written in the same clock tick (or by a clock ahead) is not.
        var help = Path.Combine(project.Root, "content", "help.md");
        File.SetLastWriteTimeUtc(help, DateTime.UtcNow.AddMinutes(1));
        project.Check(project.OpenCache());
        var (length, written) = (new FileInfo(help).Length, File.GetLastWriteTimeUtc(help));
        File.WriteAllText(help, Fixture.Post(Edited, "en").Text);
        File.SetLastWriteTimeUtc(help, written);
        new FileInfo(help).Length.ShouldBe(length);

        var cache = project.OpenCache();
        var result = project.Check(cache);
        (cache.Unread, cache.Written).ShouldBe((Content.Length - 1, 1));
        project.Json(result).ShouldBe(project.Json(project.Check()));
        result.Findings.ShouldContain(f => f.Path == "content/help.md" && f.Id == "NL1001");
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("flipped")]
    [InlineData("empty")]
    public void A_broken_index_is_ignored_and_written_again(string damage)
    {
        using var project = new CachedProject(Content);
        Age(project);
        var expected = project.Json(project.Check());
        project.Check(project.OpenCache());
        var bytes = File.ReadAllBytes(IndexFile(project));
        File.WriteAllBytes(IndexFile(project), CacheDamage.Apply(bytes, damage));

        var cache = project.OpenCache();
        project.Json(project.Check(cache)).ShouldBe(expected);
        (cache.Hits, cache.Unread, cache.Written).ShouldBe((Content.Length, 0, 0));
        var rebuilt = project.OpenCache();
        project.Json(project.Check(rebuilt)).ShouldBe(expected);
        rebuilt.Unread.ShouldBe(Content.Length);
    }

    [Fact]
    public void A_file_the_index_knows_whose_entry_is_gone_is_read_and_analysed_after_all()
    {
        using var project = new CachedProject(Content);
        Age(project);
        var expected = project.Json(project.Check());
        project.Check(project.OpenCache());
        foreach (var entry in project.Entries) File.Delete(entry);

        var cache = project.OpenCache();
        project.Json(project.Check(cache)).ShouldBe(expected);
        (cache.Hits, cache.Unread, cache.Written).ShouldBe((0, 0, Content.Length));
    }

    [Fact]
    public void Another_run_under_other_settings_finds_its_entries_by_the_same_hashes()
    {
        using var project = new CachedProject(Content);
        Age(project);
        project.Check(project.OpenCache());
        File.AppendAllText(project.RegistryFile, "\n# a comment changes the registry's hash, not the content's\n");

        var cache = project.OpenCache();
        project.Json(project.Check(cache)).ShouldBe(project.Json(project.Check()));
        (cache.Hits, cache.Unread, cache.Written).ShouldBe((0, 0, Content.Length));
        var again = project.OpenCache();
        project.Check(again);
        (again.Hits, again.Unread).ShouldBe((Content.Length, Content.Length));
    }
}
