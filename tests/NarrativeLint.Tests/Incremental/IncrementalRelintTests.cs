using System.Collections.Concurrent;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NarrativeLint.Analyzers;
using NarrativeLint.Channels;
using NarrativeLint.Engine;
using NarrativeLint.Tests.Rules;
using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.Incremental;

/// <summary>
/// The language server keeps one engine for a session and re-lints a buffer on every keystroke against the workspace
/// it analysed once; what cross-document rules and pairing build from that workspace is kept between keystrokes
/// (<see cref="WorkspaceMemo"/>). Whatever edits came before, a re-lint must report exactly what a fresh engine
/// reports for the final text against a freshly analysed workspace.
/// </summary>
public sealed class IncrementalRelintTests : IDisposable
{
    readonly string _root = Directory.CreateTempSubdirectory("narrativelint-incremental-").FullName;

    /// <summary>A workspace with every kind of cross-document finding a buffer can take part in.</summary>
    public IncrementalRelintTests()
    {
        // Translations paired by path convention (NL2002).
        Write(SourcePath, Page(Blocks["en"]));
        Write(TranslationPath("it"), Page(With("it", 1, "Velocell gestisce 135 negozi in Italia e Romania.")));
        Write(TranslationPath("ro"), Page(Blocks["ro"]));
        // Statements told with two values (NL2001), and a fact keyed by its concept.
        Write("blog/one.md", Fixture.Post("A survey of 2,400 customers found that 92% would recommend Velocell to a friend.", "en").Text);
        Write("blog/two.md", Fixture.Post("A survey of 2,400 customers found that 82% would recommend Velocell to a friend.", "en").Text);
        Write("blog/shops.md", Fixture.Post("Today Velocell runs 140 shops across Romania.", "en").Text);
        // A statement no concept word keys, found only as a near-duplicate sentence.
        Write("kits/first.md", Fixture.Post("Each Zorblat kit ships with 14 brass gears and a printed manual.", "en").Text);
        Write("kits/second.md", Fixture.Post("Each Zorblat kit ships with 16 brass gears and a printed manual.", "en").Text);
        // Pages of sibling language folders with translated names, paired by their anchors within the folder.
        Write("press/en/launch.md", Page(Blocks["en"][1..6]));
        Write("press/it/lancio.md", Page(Blocks["it"][1..6]));
        // A translation declared in front matter.
        Write("notes/price.md", Page([Blocks["en"][7], Blocks["en"][8]], extraFrontMatter: "translationKey: price\n"));
        Write("note/prezzo.md", Page([Blocks["it"][7], Blocks["it"][8]], extraFrontMatter: "translationKey: price\nlang: it\n"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    void Write(string path, string text)
    {
        var full = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    string Read(string path) => File.ReadAllText(Path.Combine(_root, path));

    NarrativeEngine NewEngine() => new(Fixture.Registry, new EngineOptions { WorkingDirectory = _root });

    /// <summary>The server's way: one engine, the workspace analysed once, each buffer's latest analysis put in place of its file.</summary>
    sealed class Session(NarrativeEngine engine, string root)
    {
        readonly ConcurrentDictionary<string, AnalyzedDocument> _index =
            new(engine.Analyze([root], maxDegreeOfParallelism: 1).Select(d => KeyValuePair.Create(d.Path, d)), StringComparer.Ordinal);

        /// <param name="otherBuffers">The other open buffers' paths, which the server tells the engine change often.</param>
        public AnalysisResult Lint(string path, string text, params string[] otherBuffers)
        {
            var result = engine.Check([new ContentFile(path, Encoding.UTF8.GetBytes(text))], _index.Values, otherBuffers.ToHashSet(StringComparer.Ordinal));
            if (result.Document(path) is { } analysed) _index[path] = analysed;
            return result;
        }

        /// <summary>A workspace file changed on disk: analysed again, as the server does on didChangeWatchedFiles.</summary>
        public void Refresh(string path) => _index[path] = engine.Analyze([Path.Combine(root, path)], maxDegreeOfParallelism: 1).Single();
    }

    /// <summary>What <c>narrativelint check</c> of the whole workspace, with the buffers' texts saved, reports on the first buffer's file: no editor path involved.</summary>
    IEnumerable<string> FromScratch(string path, string text, params (string Path, string Text)[] otherBuffers)
    {
        var saved = new[] { (path, text) }.Concat(otherBuffers).Select(b => (b.Item1, File.Exists(Path.Combine(_root, b.Item1)) ? Read(b.Item1) : null)).ToList();
        foreach (var (at, typed) in new[] { (path, text) }.Concat(otherBuffers)) Write(at, typed);
        try
        {
            var result = NewEngine().Check([_root]);
            return Shown(result.Findings.Where(f => f.Path == path)).ToList();
        }
        finally
        {
            foreach (var (at, before) in saved)
                if (before is null) File.Delete(Path.Combine(_root, at));
                else File.WriteAllText(Path.Combine(_root, at), before);
        }
    }

    static IEnumerable<string> Shown(AnalysisResult result) => Shown(result.Findings);

    static IEnumerable<string> Shown(IEnumerable<Finding> findings) => findings.Select(f =>
        $"{f.Id} {f.Severity} {f.Path} {f.Diagnostic.Location.SourceSpan} {f.LineSpan.StartLinePosition} {f.Message} {f.Suppression}"
        + string.Concat(f.Diagnostic.AdditionalLocations.Select(l => $" | {l.GetLineSpan().Path} {l.SourceSpan}")));

    /// <summary>Snippets typed into a buffer: numbers that change a fact, sentences that state one, blocks, and nothing at all.</summary>
    static readonly string[] Typed =
    [
        "1", "35", "82", "140", " ", "\n\n", "%", ".",
        "\n\nVelocell runs 150 shops in Italy and Romania.\n\n",
        "\n\nA survey of 2,400 customers found that 72% would recommend Velocell to a friend.\n\n",
        "\n\n# Prezzi e negozi\n\n",
        "\n\nIl piano VeloFibre costa 35 € al mese.\n\n",
        "\n\nRead the [annual report](https://velocell.example/report-2024) of VeloGroup.\n\n",
    ];

    /// <summary>An edit: where (a fraction of the text), how much to delete there, and what to type in its place.</summary>
    sealed record Edit(double At, int Delete, string Insert)
    {
        public string ApplyTo(string text)
        {
            int start = (int)(At * text.Length), end = Math.Min(text.Length, start + Delete);
            return string.Concat(text.AsSpan(0, start), Insert, text.AsSpan(end));
        }
    }

    static readonly Gen<Edit> Edits =
        from at in Gen.Choose(0, 1000)
        from delete in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(1, 4)), (1, Gen.Choose(5, 60)))
        from typed in Gen.Frequency((1, Gen.Constant("")), (4, Gen.Elements(Typed)))
        select new Edit(at / 1000.0, delete, typed);

    public static TheoryData<string> Buffers => new(TranslationPath("it"), "blog/one.md", "kits/first.md", "press/it/lancio.md", "note/prezzo.md", "drafts/new.md");

    [Theory]
    [MemberData(nameof(Buffers))]
    public void After_any_edits_a_relint_reports_what_a_fresh_engine_reports_for_the_final_text(string path)
    {
        var start = File.Exists(Path.Combine(_root, path)) ? Read(path) : Read("blog/one.md");
        var session = new Session(NewEngine(), _root);
        session.Lint(path, start);
        var sequences = Gen.ListOf(Edits).Select(edits => edits.Take(8).ToArray()).ToArbitrary();
        // Whether the final text's report holds a cross-document finding.
        bool RelintMatches(Edit[] edits)
        {
            var text = start;
            AnalysisResult? last = null;
            foreach (var edit in edits)
            {
                text = edit.ApplyTo(text);
                last = session.Lint(path, text);
            }
            last ??= session.Lint(path, text);
            var expected = FromScratch(path, text).ToList();
            Shown(last).ToList().ShouldBe(expected, $"after {edits.Length} edits the text is\n{text}");
            // The next sequence starts from the file's text again, as a writer undoing their edits.
            session.Lint(path, start);
            return expected.Any(f => f.StartsWith("NL2", StringComparison.Ordinal));
        }
        // Equal results mean little if no cross-document finding is among them: besides the random sequences (which may
        // each miss one), the unedited text and the text with a digit typed into each of its numbers are compared every time.
        int crossDocument = RelintMatches([]) ? 1 : 0;
        for (int i = 0; i < start.Length; i++)
            if (char.IsAsciiDigit(start[i]) && (i == 0 || !char.IsAsciiDigit(start[i - 1])) && RelintMatches([new Edit((i + 0.5) / start.Length, 0, "1")]))
                crossDocument++;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(12), Prop.ForAll(sequences, edits => { RelintMatches(edits); }));
        crossDocument.ShouldBeGreaterThan(0);
    }

    public static TheoryData<string, string> BufferPairs => new() { { "blog/one.md", "blog/two.md" }, { TranslationPath("it"), SourcePath } };

    [Theory]
    [MemberData(nameof(BufferPairs))]
    public void Two_open_buffers_edited_in_turn_each_report_what_a_check_of_both_saved_reports(string first, string second)
    {
        var session = new Session(NewEngine(), _root);
        var starts = new[] { Read(first), Read(second) };
        string[] paths = [first, second];
        var turns = Gen.ListOf(Gen.Zip(Gen.Choose(0, 1), Edits)).Select(t => t.Take(8).ToArray()).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(8), Prop.ForAll(turns, turn =>
        {
            var texts = starts.ToArray();
            foreach (var (which, edit) in turn)
            {
                texts[which] = edit.ApplyTo(texts[which]);
                // As the server does: the edited buffer, then the other one, each told the other changes often.
                session.Lint(paths[which], texts[which], paths[1 - which]);
                session.Lint(paths[1 - which], texts[1 - which], paths[which]);
            }
            for (int which = 0; which < 2; which++)
                Shown(session.Lint(paths[which], texts[which], paths[1 - which])).ToList()
                    .ShouldBe(FromScratch(paths[which], texts[which], (paths[1 - which], texts[1 - which])).ToList(), $"{paths[which]} after {turn.Length} edits");
            for (int which = 0; which < 2; which++) session.Lint(paths[which], starts[which], paths[1 - which]);
        }));
    }

    [Theory]
    [InlineData("blog/one.md", "92%", "82%", "72%", "NL2001")]
    [InlineData("kits/first.md", "14 brass", "16 brass", "18 brass", "NL2001")]
    [InlineData("content/it/about.md", "135 negozi", "120 negozi", "140 negozi", "NL2002")]
    public void A_cross_document_finding_comes_and_goes_with_the_buffer_value(string path, string drifting, string agreeing, string other, string id)
    {
        var session = new Session(NewEngine(), _root);
        var text = Read(path);
        Ids(session.Lint(path, text)).ShouldContain(id);
        Ids(session.Lint(path, text.Replace(drifting, agreeing))).ShouldNotContain(id);
        Ids(session.Lint(path, text.Replace(drifting, other))).ShouldContain(id);
    }

    [Fact]
    public void A_workspace_file_that_changes_changes_the_buffer_findings_it_brings()
    {
        var session = new Session(NewEngine(), _root);
        var text = Read("blog/one.md");
        Ids(session.Lint("blog/one.md", text)).ShouldContain("NL2001");
        Write("blog/two.md", Fixture.Post("A survey of 2,400 customers found that 92% would recommend Velocell to a friend.", "en").Text);
        session.Refresh("blog/two.md");
        Ids(session.Lint("blog/one.md", text)).ShouldNotContain("NL2001");
        Shown(session.Lint("blog/one.md", text)).ShouldBe(FromScratch("blog/one.md", text));
    }

    [Fact]
    public void A_new_buffer_joins_the_workspace_pairs_by_its_path_and_leaves_them_when_renamed_in_its_front_matter()
    {
        var session = new Session(NewEngine(), _root);
        var page = Page(With("it", 1, "Velocell gestisce 135 negozi in Italia e Romania."));
        var paired = session.Lint("content/it/about.md", page);
        paired.TranslationPairs.ShouldHaveSingleItem().Source.Path.ShouldBe(SourcePath);
        var declared = session.Lint("note/prezzo.md", Page([Blocks["it"][7], "Il team VeloCare risponde a ogni richiesta di assistenza entro 48 ore."], extraFrontMatter: "translationKey: price\nlang: it\n"));
        declared.TranslationPairs.ShouldHaveSingleItem().Source.Path.ShouldBe("notes/price.md");
        Ids(declared).ShouldContain("NL2002");
        var undeclared = session.Lint("note/prezzo.md", Page([Blocks["it"][7]], extraFrontMatter: "translationKey: altro\nlang: it\n"));
        undeclared.TranslationPairs.ShouldBeEmpty();
    }

    static List<string> Ids(AnalysisResult result) => [.. result.Findings.Where(f => !f.IsSuppressed).Select(f => f.Id)];
}
