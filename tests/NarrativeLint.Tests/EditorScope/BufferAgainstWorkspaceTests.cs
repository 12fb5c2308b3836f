using System.Text;
using NarrativeLint.Channels;
using NarrativeLint.Engine;
using NarrativeLint.Tests.Rules;
using NarrativeLint.Text;
using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.EditorScope;

/// <summary>
/// In the editor, cross-document rules work only on the buffer's share of the workspace (its translation pairs, its
/// statements' candidate pairs), so a keystroke does not redo the whole workspace. That share must find what the
/// CLI finds on the same file when it checks the whole folder.
/// </summary>
public sealed class BufferAgainstWorkspaceTests : IDisposable
{
    readonly string _root = Directory.CreateTempSubdirectory("narrativelint-editor-scope-").FullName;

    public BufferAgainstWorkspaceTests()
    {
        Write(SourcePath, Page(Blocks["en"]));
        Write(TranslationPath("it"), Page(With("it", 1, "Velocell gestisce 135 negozi in Italia e Romania.")));
        Write(TranslationPath("ro"), Page(With("ro", 2, "Un sondaj printre 2.400 de clienți VeloFibre a arătat că 82% ne-ar recomanda.")));
        Write("blog/one.md", Fixture.Post("A survey of 2,400 customers found that 92% would recommend Velocell to a friend.", "en").Text);
        Write("blog/two.md", Fixture.Post("A survey of 2,400 customers found that 82% would recommend Velocell to a friend.", "en").Text);
        Write("blog/three.md", Fixture.Post("Each Zorblat kit ships with 14 brass gears and a printed manual.", "en").Text);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    void Write(string path, string text)
    {
        var full = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    [Theory]
    [InlineData("content/it/about.md")]
    [InlineData("content/ro/about.md")]
    [InlineData("content/en/about.md")]
    [InlineData("blog/one.md")]
    [InlineData("blog/two.md")]
    [InlineData("blog/three.md")]
    public void A_buffer_gets_the_cross_document_findings_the_CLI_reports_on_its_file(string path)
    {
        var engine = new NarrativeEngine(Fixture.Registry, new EngineOptions { WorkingDirectory = _root });
        var cli = engine.Check([_root]).Findings.Where(f => f.Path == path && f.Id.StartsWith("NL2", StringComparison.Ordinal)).Select(Shown).ToList();
        var workspace = engine.Analyze([_root], maxDegreeOfParallelism: 1);
        var buffer = new ContentFile(path, Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(_root, path))));
        var editor = engine.Check([buffer], workspace);
        editor.Findings.Where(f => f.Id.StartsWith("NL2", StringComparison.Ordinal)).Select(Shown).ToList().ShouldBe(cli);
        // Only the buffer's own translation pair is aligned; the workspace's others are not the buffer's to report.
        editor.TranslationPairs.ShouldAllBe(p => p.Translation.Path == path);
    }

    [Fact]
    public void The_workspace_has_findings_of_both_rules_for_the_comparison_to_mean_something()
    {
        var engine = new NarrativeEngine(Fixture.Registry, new EngineOptions { WorkingDirectory = _root });
        var ids = engine.Check([_root]).Findings.Select(f => (f.Id, f.Path)).ToHashSet();
        ids.ShouldContain(("NL2002", "content/it/about.md"));
        ids.ShouldContain(("NL2002", "content/ro/about.md"));
        ids.ShouldContain(("NL2001", "blog/one.md"));
        ids.ShouldContain(("NL2001", "blog/two.md"));
    }

    static string Shown(Finding finding) => $"{finding.Id} {finding.LineSpan.StartLinePosition} {finding.Message}";

    [Fact]
    public void Candidate_pairs_involving_some_sets_are_the_full_candidate_pairs_that_touch_them()
    {
        var random = new Random(12);
        var words = Enumerable.Range(0, 40).Select(i => $"w{i}").ToArray();
        for (int round = 0; round < 50; round++)
        {
            var sets = Enumerable.Range(0, 30).Select(_ => words.OrderBy(_ => random.Next()).Take(random.Next(0, 12)).ToArray()).ToArray();
            var bands = sets.Select(s => s.Length == 0 ? null : MinHash.BandsOf(s).ToArray()).ToArray();
            var partition = sets.Select(_ => random.Next(2) == 0 ? "en" : "it").ToArray();
            var involved = sets.Select(_ => random.Next(5) == 0).ToArray();
            var all = MinHash.CandidatePairs(sets.Length, i => bands[i], i => partition[i]);
            MinHash.CandidatePairs(sets.Length, i => bands[i], i => partition[i], i => involved[i])
                .ShouldBe(all.Where(p => involved[p.First] || involved[p.Second]).ToList());
        }
    }
}
