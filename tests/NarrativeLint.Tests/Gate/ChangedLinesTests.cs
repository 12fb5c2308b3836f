using Microsoft.CodeAnalysis.Text;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.CodeAnalysis;
using NarrativeLint.Analyzers;
using NarrativeLint.Engine;
using NarrativeLint.Tests.Rules;

namespace NarrativeLint.Tests.Gate;

/// <summary>Which lines a <c>git diff --unified=0</c> says changed.</summary>
public class ChangedLinesTests
{
    const string Root = "/repo";

    [Fact]
    public void Hunks_added_lines_deletions_and_binary_files_are_read()
    {
        var diff = """
            diff --git a/blog/a.md b/blog/a.md
            index 1111111..2222222 100644
            --- a/blog/a.md
            +++ b/blog/a.md
            @@ -3 +3 @@ old
            -We reply within 24 hours.
            +We reply within 72 hours.
            @@ -10,2 +11,3 @@
            +one
            +two
            +three
            @@ -20,4 +22,0 @@
            diff --git a/docs/brochure.docx b/docs/brochure.docx
            index 3333333..4444444 100644
            Binary files a/docs/brochure.docx and b/docs/brochure.docx differ
            diff --git a/gone.md b/gone.md
            deleted file mode 100644
            --- a/gone.md
            +++ /dev/null
            @@ -1,2 +0,0 @@
            """;
        var changed = ChangedLines.Parse(diff, Root);
        var lines = Enumerable.Range(1, 30).Where(line => changed.Touches(FindingOn("blog/a.md", line), Root)).ToList();
        lines.ShouldBe([3, 11, 12, 13, 22, 23]);
        changed.Touches(FindingOn("docs/brochure.docx", 7), Root).ShouldBeTrue();
        changed.Touches(FindingOn("other.md", 3), Root).ShouldBeFalse();
    }

    /// <summary>A finding on a given 1-based line of a file under <see cref="Root"/>.</summary>
    static Finding FindingOn(string path, int line)
    {
        var full = Path.Combine(Root, path);
        var location = Location.Create(full, new TextSpan(0, 1), new LinePositionSpan(new(line - 1, 0), new(line - 1, 1)));
        return new Finding(Diagnostic.Create(Descriptors.AvoidedTerm, location, "a", "b"), full, null, null, null);
    }

    [Fact]
    public void A_finding_whose_related_location_changed_counts_as_changed()
    {
        var result = InMemoryRun.Check(InMemoryRun.Registry(Fixture.RegistryYaml),
            (Path.Combine(Root, "about.md"), "# About\n\nAcme Cloud has 120 engineers in Milan.\n"),
            (Path.Combine(Root, "team.md"), "# Team\n\nAcme Cloud has 140 engineers in Milan.\n"));
        var drift = result.Findings.First(f => f.Id == "NL2001" && f.Path.EndsWith("about.md"));
        drift.Diagnostic.AdditionalLocations.ShouldNotBeEmpty();
        var changed = ChangedLines.Parse("diff --git a/team.md b/team.md\n--- a/team.md\n+++ b/team.md\n@@ -3 +3 @@\n", Root);
        changed.Touches(drift, Root).ShouldBeTrue();
    }

    /// <summary>Hunks of added lines at random places of a file: (gap before, lines added), in order.</summary>
    static readonly Gen<List<(int Gap, int Count)>> Hunks =
        from hunks in Gen.ListOf(from gap in Gen.Choose(0, 30) from count in Gen.Choose(0, 6) select (gap, count))
        select hunks.ToList();

    [Fact]
    public void Every_line_a_diff_adds_is_changed_and_no_other_line_but_those_beside_a_deletion()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Arb.From(Hunks), (List<(int Gap, int Count)> hunks) =>
        {
            var diff = new System.Text.StringBuilder("diff --git a/f.md b/f.md\n--- a/f.md\n+++ b/f.md\n");
            var expected = new HashSet<int>();
            int line = 0;
            foreach (var (gap, count) in hunks)
            {
                line += gap;
                // A deletion (count 0) is written after the line before it; it touches that line and the next.
                diff.Append($"@@ -1,1 +{line + (count == 0 ? 0 : 1)},{count} @@\n");
                if (count == 0) { expected.Add(Math.Max(1, line)); expected.Add(line + 1); }
                for (int i = 1; i <= count; i++) { diff.Append($"+added {line + i}\n"); expected.Add(line + i); }
                line += count;
            }
            var changed = ChangedLines.Parse(diff.ToString(), Root);
            for (int l = 1; l <= line + 2; l++)
                changed.Touches(FindingOn("f.md", l), Root).ShouldBe(expected.Contains(l), $"line {l} of\n{diff}");
        }));
    }
}
