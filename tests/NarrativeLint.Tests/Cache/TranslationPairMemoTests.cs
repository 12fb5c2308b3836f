using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.Cache;

/// <summary>
/// With <c>--cache</c>, what translation drift (NL2002) found on a pair is remembered by the two files' entry keys: a
/// pair whose files are unchanged gives it back without being aligned again, a pair with an edited file is compared
/// afresh, and the report is always that of a run without the cache.
/// </summary>
public class TranslationPairMemoTests
{
    static CachedProject Pages(string italian)
    {
        var project = new CachedProject();
        project.Write(SourcePath["content/".Length..], Page(Blocks["en"]));
        project.Write(TranslationPath("it")["content/".Length..], italian);
        project.Write(TranslationPath("ro")["content/".Length..], Page(Blocks["ro"]));
        return project;
    }

    [Fact]
    public void Unchanged_pairs_give_back_their_findings_and_an_edited_pair_is_compared_again()
    {
        using var project = Pages(Page(With("it", 1, Blocks["it"][1].Replace("120", "135"))));
        var cold = project.OpenCache();
        var first = project.Check(cold);
        cold.PairsRecalled.ShouldBe(0);
        first.Findings.ShouldContain(f => f.Id == "NL2002" && f.Path == "content/it/about.md");

        var warm = project.OpenCache();
        var again = project.Check(warm);
        warm.PairsRecalled.ShouldBe(2);
        project.Json(again).ShouldBe(project.Json(project.Check()));
        again.Findings.Count(f => f.Id == "NL2002").ShouldBe(first.Findings.Count(f => f.Id == "NL2002"));

        // The Italian page fixed: its pair is compared afresh, the Romanian one is still recalled.
        project.Write(TranslationPath("it")["content/".Length..], Page(Blocks["it"]));
        var edited = project.OpenCache();
        var fixedRun = project.Check(edited);
        edited.PairsRecalled.ShouldBe(1);
        fixedRun.Findings.ShouldNotContain(f => f.Id == "NL2002");
        project.Json(fixedRun).ShouldBe(project.Json(project.Check()));
    }

    [Fact]
    public void An_edited_source_compares_every_pair_it_is_in_again()
    {
        using var project = Pages(Page(Blocks["it"]));
        project.Check(project.OpenCache()).Findings.ShouldNotContain(f => f.Id == "NL2002");
        project.Write(SourcePath["content/".Length..], Page(With("en", 1, Blocks["en"][1].Replace("120", "135"))));

        var cache = project.OpenCache();
        var result = project.Check(cache);
        cache.PairsRecalled.ShouldBe(0);
        result.Findings.Where(f => f.Id == "NL2002").Select(f => f.Path).Distinct().Order().ShouldBe(["content/it/about.md", "content/ro/about.md"]);
        project.Json(result).ShouldBe(project.Json(project.Check()));
    }

    [Fact]
    public void A_broken_memo_is_ignored_and_the_pairs_are_compared_again()
    {
        using var project = Pages(Page(With("it", 1, Blocks["it"][1].Replace("120", "135"))));
        var expected = project.Json(project.Check());
        project.Check(project.OpenCache());
        // Every entry damaged past its header, the memo of pairs among them: each is ignored and written again.
        foreach (var entry in project.Entries)
        {
            var bytes = File.ReadAllBytes(entry);
            bytes[^40] ^= 0xFF;
            File.WriteAllBytes(entry, bytes);
        }

        var cache = project.OpenCache();
        project.Json(project.Check(cache)).ShouldBe(expected);
        (cache.Hits, cache.PairsRecalled).ShouldBe((0, 0));
        var healed = project.OpenCache();
        project.Json(project.Check(healed)).ShouldBe(expected);
        healed.PairsRecalled.ShouldBe(2);
    }
}
