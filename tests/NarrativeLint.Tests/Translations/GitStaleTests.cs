using System.Diagnostics;
using NarrativeLint.Analyzers;
using NarrativeLint.Engine;
using NarrativeLint.Tests.Robustness;
using NarrativeLint.Tests.Rules;
using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.Translations;

/// <summary>A translation that git last committed before its source changed is stale, reported once, with both dates; without git, nothing.</summary>
public class GitStaleTests
{
    /// <summary>Runs git in <paramref name="folder"/>, its commits dated <paramref name="date"/>.</summary>
    static void Git(TempFolder folder, string date, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder.Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false" }.Concat(args)) start.ArgumentList.Add(arg);
        start.Environment["GIT_AUTHOR_DATE"] = start.Environment["GIT_COMMITTER_DATE"] = date + "T12:00:00+00:00";
        using var git = Process.Start(start)!;
        var error = git.StandardError.ReadToEndAsync();
        git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        git.ExitCode.ShouldBe(0, error.Result);
    }

    /// <summary>A repository whose English page and Italian translation (no front-matter date: only git can tell) were committed on <paramref name="translated"/>, the English page changed again on <paramref name="changed"/> if given.</summary>
    static TempFolder Repository(string translated, string? changed)
    {
        var folder = new TempFolder();
        static string Page(IEnumerable<string> blocks) => "---\ntitle: Velocell\n---\n\n" + string.Join("\n\n", blocks) + "\n";
        folder.Write(SourcePath, Page(Blocks["en"]));
        folder.Write(TranslationPath("it"), Page(Blocks["it"]));
        Git(folder, translated, "init", "-q", "-b", "main");
        Git(folder, translated, "add", "-A");
        Git(folder, translated, "commit", "-q", "-m", "English page and its translation");
        if (changed is not null)
        {
            folder.Write(SourcePath, Page(Blocks["en"].Append("VeloCloud now has a status page.")));
            Git(folder, changed, "commit", "-q", "-am", "The English page changes");
        }
        return folder;
    }

    static List<Finding> Drift(TempFolder folder) =>
        [.. new NarrativeEngine(Fixture.Registry).Check([folder.Root]).Active.Where(f => f.Id == "NL2002")];

    [Fact]
    public void A_source_committed_after_its_translation_makes_the_translation_stale_once()
    {
        using var folder = Repository("2025-05-12", changed: "2026-03-03");
        var finding = Drift(folder).ShouldHaveSingleItem();
        finding.Path.ShouldEndWith(TranslationPath("it"));
        finding.Property(FindingProperties.Difference).ShouldBe("stale");
        finding.Message.ShouldStartWith("The translation is older than its source: 'last committed 2025-05-12' here, 'last committed 2026-03-03' in ");
        finding.Diagnostic.AdditionalLocations.ShouldHaveSingleItem().GetLineSpan().Path.ShouldEndWith(SourcePath);
    }

    [Fact]
    public void Pages_committed_together_are_not_stale()
    {
        using var folder = Repository("2025-05-12", changed: null);
        Drift(folder).ShouldBeEmpty();
    }

    [Fact]
    public void Without_a_git_work_tree_only_the_front_matter_tells()
    {
        using var folder = new TempFolder();
        folder.Write(SourcePath, Page(Blocks["en"]));
        folder.Write(TranslationPath("it"), Page(Blocks["it"]));
        Drift(folder).ShouldBeEmpty();
        folder.Write(TranslationPath("it"), Page(Blocks["it"], extraFrontMatter: "drifted_from_default: true\n"));
        Drift(folder).ShouldHaveSingleItem().Message.ShouldContain("'drifted_from_default: true, 2026-03-03' here, '2026-03-03' in ");
    }
}
