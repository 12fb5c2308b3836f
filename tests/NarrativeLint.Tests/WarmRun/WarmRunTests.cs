using System.Text.Json;
using System.Text.RegularExpressions;
using NarrativeLint.Tests.Cache;
using NarrativeLint.Tests.Cli;
using NarrativeLint.Tests.Robustness;
using static NarrativeLint.Tests.Cli.CliProcess;

namespace NarrativeLint.Tests.WarmRun;

/// <summary>
/// <c>check --cache</c> as CI runs it, on a copy of the development set (every channel, three languages, translations,
/// facts told in several files): after an edit, an addition and a deletion, each warm report is byte for byte the
/// report of a run without the cache, cross-document findings included; and the cache's shared files, read ahead
/// while the registry loads, are ignored and written again when they are broken.
/// </summary>
public class WarmRunTests
{
    sealed class Site : IDisposable
    {
        readonly TempFolder _folder = new();
        readonly TempFolder _cache = new();

        public Site()
        {
            var content = Path.Combine(SharedData.Devset, "content");
            foreach (var file in Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories))
                _folder.Write(Path.Combine("content", Path.GetRelativePath(content, file)), File.ReadAllBytes(file));
        }

        public string Root => _folder.Root;
        public string CacheFolder => _cache.Root;
        public string PathOf(string relative) => _folder.PathOf(relative);

        public CommandResult Check(string format, bool cached) => Narrativelint(Root, [
            "check", "content", "--registry", Path.Combine(SharedData.Devset, "registry"), "--format", format, "--fail-on", "none", "--no-color",
            .. cached ? new[] { "--cache", CacheFolder } : ["--quiet"]]);

        /// <summary>The warm report in <paramref name="format"/>, checked against the report without the cache; how many files came from the cache.</summary>
        public (string Report, int FromCache) WarmEqualsUncached(string format)
        {
            var warm = Check(format, cached: true);
            var without = Check(format, cached: false);
            without.ExitCode.ShouldBe(0, without.ToString());
            warm.Stdout.ShouldBe(without.Stdout);
            return (warm.Stdout, int.Parse(Regex.Match(warm.Stderr, @"(\d+) of \d+ files read from the cache").Groups[1].Value));
        }

        public void Dispose()
        {
            _folder.Dispose();
            _cache.Dispose();
        }
    }

    static IEnumerable<(string Id, string Path)> Findings(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("id").GetString()!, f.GetProperty("path").GetString()!));

    static bool CrossDocument(string id) => id is "NL2001" or "NL2002";

    [Fact]
    public void After_an_edit_an_addition_and_a_deletion_each_warm_report_is_the_one_without_the_cache()
    {
        using var site = new Site();
        var (cold, fromCache) = site.WarmEqualsUncached("json");
        fromCache.ShouldBe(0);
        // A Markdown page with a cross-document finding: editing it changes what other, cached, files are compared with.
        var page = Findings(cold).First(f => CrossDocument(f.Id) && f.Path.EndsWith(".md", StringComparison.Ordinal)).Path;
        var text = File.ReadAllText(site.PathOf(page));

        File.AppendAllText(site.PathOf(page), "\n\nWe answered 4,200 support requests within 3 hours last month.\n");
        var (edited, afterEdit) = site.WarmEqualsUncached("json");
        afterEdit.ShouldBeGreaterThan(0);
        Findings(edited).ShouldContain(f => CrossDocument(f.Id));

        // A copy of the page with its figures changed: the same statements told with other values, against a cached page.
        File.WriteAllText(site.PathOf("content/blog/copied-page.md"), Regex.Replace(text, "[0-9]", d => ((d.Value[0] - '0' + 3) % 10).ToString()));
        var (added, afterAddition) = site.WarmEqualsUncached("json");
        afterAddition.ShouldBeGreaterThan(0);
        Findings(added).ShouldContain(f => f.Path == "content/blog/copied-page.md");

        File.Delete(site.PathOf("content/blog/copied-page.md"));
        File.Delete(site.PathOf(page));
        var (deleted, afterDeletion) = site.WarmEqualsUncached("json");
        afterDeletion.ShouldBeGreaterThan(0);
        Findings(deleted).ShouldNotContain(f => f.Path == page || f.Path == "content/blog/copied-page.md");
        site.WarmEqualsUncached("sarif");
    }

    [Theory]
    [InlineData("entries.bundle", "truncated")]
    [InlineData("entries.bundle", "flipped")]
    [InlineData("entries.bundle", "other format")]
    [InlineData("files.index", "empty")]
    [InlineData("files.index", "flipped")]
    public void A_broken_bundle_or_index_read_ahead_is_ignored_and_written_again(string file, string damage)
    {
        using var site = new Site();
        site.WarmEqualsUncached("json");
        var shared = Path.Combine(site.CacheFolder, file);
        File.Exists(shared).ShouldBeTrue();
        var broken = CacheDamage.Apply(File.ReadAllBytes(shared), damage);
        File.WriteAllBytes(shared, broken);

        site.WarmEqualsUncached("json").FromCache.ShouldBeGreaterThan(0);
        File.ReadAllBytes(shared).ShouldNotBe(broken);
        site.WarmEqualsUncached("json").FromCache.ShouldBeGreaterThan(0);
    }
}
