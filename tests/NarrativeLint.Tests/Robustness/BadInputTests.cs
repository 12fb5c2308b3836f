using System.Diagnostics;
using System.Text;
using NarrativeLint.Engine;
using NarrativeLint.Tests.Rules;
using static NarrativeLint.Tests.Robustness.HostileFiles;

namespace NarrativeLint.Tests.Robustness;

/// <summary>
/// "No input stops a run": every unreadable, binary, truncated, huge or malformed file becomes at most one NL0xxx
/// diagnostic on that file, and the other files of the same run are still checked.
/// </summary>
public class BadInputTests
{
    public static TheoryData<string, string> HostileCases => new()
    {
        // file name, the NL0 diagnostic it must produce ("" = none required, at most one allowed)
        { "binary.md", "NL0002" },
        { "empty.md", "NL0007" },
        { "invalid-utf8.md", "NL0003" },
        { "truncated.eml", "NL0003" },
        { "no-boundary.eml", "NL0003" },
        { "unknown-charset.eml", "NL0003" },
        { "not-a-zip.docx", "NL0003" },
        { "bomb.docx", "NL0005" },
        { "broken-timings.srt", "NL0003" },
        { "deep.html", "" },
        { "social/broken.json", "NL0003" },
        { "social/broken.yaml", "NL0003" },
    };

    static void WriteHostile(TempFolder folder, string name)
    {
        switch (name)
        {
            case "binary.md": folder.Write(name, Binary()); break;
            case "empty.md": folder.Write(name, []); break;
            case "invalid-utf8.md": folder.Write(name, InvalidUtf8()); break;
            case "truncated.eml": folder.Write(name, TruncatedEmail()); break;
            case "no-boundary.eml": folder.Write(name, EmailWithoutBoundary()); break;
            case "unknown-charset.eml": folder.Write(name, EmailWithUnknownCharset()); break;
            case "not-a-zip.docx": folder.Write(name, NotAZip()); break;
            case "bomb.docx": folder.Write(name, ZipBomb()); break;
            case "broken-timings.srt": folder.Write(name, BrokenCaptions()); break;
            case "deep.html": folder.Write(name, DeeplyNestedHtml()); break;
            case "social/broken.json": folder.Write(name, MalformedSocialJson()); break;
            case "social/broken.yaml": folder.Write(name, MalformedSocialYaml()); break;
            default: throw new ArgumentException(name);
        }
    }

    static AnalysisResult Run(TempFolder folder, EngineOptions? options = null, params string[] paths) =>
        new NarrativeEngine(Fixture.Registry, (options ?? new EngineOptions()) with { WorkingDirectory = folder.Root })
            .Check(paths.Length == 0 ? [folder.Root] : paths);

    static void KnownFindingIsStillReported(AnalysisResult result) =>
        result.Findings.ShouldContain(f => f.Path == KnownGoodName && f.Id == "NL1001",
            "the well-formed file beside the hostile one must still be checked");

    static Finding[] InfrastructureOn(AnalysisResult result, string path) =>
        result.Findings.Where(f => f.Path == path && f.Id.StartsWith("NL0", StringComparison.Ordinal)).ToArray();

    [Theory]
    [MemberData(nameof(HostileCases))]
    public void A_hostile_file_costs_at_most_one_diagnostic_and_the_run_goes_on(string name, string expectedId)
    {
        using var folder = new TempFolder();
        folder.Write(KnownGoodName, KnownGoodText);
        WriteHostile(folder, name);

        var result = Run(folder);

        KnownFindingIsStillReported(result);
        var infrastructure = InfrastructureOn(result, name);
        infrastructure.Length.ShouldBeLessThanOrEqualTo(1, string.Join("\n", infrastructure.Select(f => f.Id + " " + f.Message)));
        if (expectedId.Length > 0) infrastructure.ShouldHaveSingleItem().Id.ShouldBe(expectedId);
    }

    [Fact]
    public void Every_hostile_file_in_one_run_leaves_the_good_file_checked()
    {
        using var folder = new TempFolder();
        folder.Write(KnownGoodName, KnownGoodText);
        foreach (var row in HostileCases) WriteHostile(folder, (string)row[0]);

        var result = Run(folder, null, folder.Root, folder.PathOf("missing/nowhere.md"));

        KnownFindingIsStillReported(result);
        foreach (var row in HostileCases)
            InfrastructureOn(result, (string)row[0]).Length.ShouldBeLessThanOrEqualTo(1, (string)row[0]);
        InfrastructureOn(result, "missing/nowhere.md").ShouldHaveSingleItem().Id.ShouldBe("NL0002");
    }

    [Fact]
    public void A_path_that_does_not_exist_is_one_NL0002_and_the_other_paths_are_checked()
    {
        using var folder = new TempFolder();
        var good = folder.Write(KnownGoodName, KnownGoodText);

        var result = Run(folder, null, folder.PathOf("drafts/gone.md"), good);

        KnownFindingIsStillReported(result);
        var missing = InfrastructureOn(result, "drafts/gone.md").ShouldHaveSingleItem();
        missing.Id.ShouldBe("NL0002");
        missing.Message.ShouldContain("does not exist");
    }

    [Fact]
    public void A_file_without_read_permission_is_one_NL0002_unless_the_user_can_read_anything()
    {
        using var folder = new TempFolder();
        folder.Write(KnownGoodName, KnownGoodText);
        var locked = folder.Write("locked.md", "We reply to support tickets within 72 hours.\n");
        if (OperatingSystem.IsWindows()) return;
        File.SetUnixFileMode(locked, UnixFileMode.None);
        bool readable;
        try { File.ReadAllBytes(locked); readable = true; }
        catch (UnauthorizedAccessException) { readable = false; }

        var result = Run(folder);

        KnownFindingIsStillReported(result);
        if (readable)
        {
            // root (as in CI containers) reads through mode 000: the file is simply checked.
            InfrastructureOn(result, "locked.md").ShouldBeEmpty();
            result.Findings.ShouldContain(f => f.Path == "locked.md" && f.Id == "NL1001");
        }
        else
        {
            InfrastructureOn(result, "locked.md").ShouldHaveSingleItem().Id.ShouldBe("NL0002");
        }
    }

    [Fact]
    public void A_50_MB_Markdown_file_is_reported_too_large_without_being_read()
    {
        using var folder = new TempFolder();
        folder.Write(KnownGoodName, KnownGoodText);
        WriteLargeMarkdown(folder.PathOf("huge.md"), 50);
        long before = GC.GetTotalMemory(forceFullCollection: true);

        var result = Run(folder);

        KnownFindingIsStillReported(result);
        var tooLarge = InfrastructureOn(result, "huge.md").ShouldHaveSingleItem();
        tooLarge.Id.ShouldBe("NL0005");
        tooLarge.Message.ShouldContain("16 MB");
        result.Findings.Count(f => f.Path == "huge.md").ShouldBe(1);
        (GC.GetTotalMemory(forceFullCollection: true) - before).ShouldBeLessThan(64L * 1024 * 1024);
    }

    [Fact]
    public void A_20_MB_Markdown_file_is_read_when_the_limit_is_raised()
    {
        using var folder = new TempFolder();
        folder.Write(KnownGoodName, KnownGoodText);
        WriteLargeMarkdown(folder.PathOf("large.md"), 20);
        var clock = Stopwatch.StartNew();

        // The size limit is what this test raises; the time budget is off so a loaded machine cannot turn it into an NL0011.
        var result = Run(folder, new EngineOptions { MaxFileBytes = 32L * 1024 * 1024, MaxFileTime = TimeSpan.Zero });

        clock.Stop();
        KnownFindingIsStillReported(result);
        InfrastructureOn(result, "large.md").ShouldBeEmpty();
        // Every 50th paragraph is a 72-hour reply: ~2,800 of them in 20 MB.
        result.Findings.Count(f => f.Path == "large.md" && f.Id == "NL1001").ShouldBeGreaterThan(2000);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromMinutes(3), "a 20 MB page must be checked in reasonable time");
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_inflated()
    {
        using var folder = new TempFolder();
        folder.Write(KnownGoodName, KnownGoodText);
        folder.Write("bomb.docx", ZipBomb(megabytes: 400));
        long before = GC.GetTotalMemory(forceFullCollection: true);

        var result = Run(folder);

        KnownFindingIsStillReported(result);
        InfrastructureOn(result, "bomb.docx").ShouldHaveSingleItem().Id.ShouldBe("NL0005");
        // 400 MB inflated would show; the compressed package is well under a megabyte.
        (GC.GetTotalMemory(forceFullCollection: true) - before).ShouldBeLessThan(64L * 1024 * 1024);
    }

    [Fact]
    public void A_zip_bomb_that_lies_about_its_size_is_not_inflated_past_the_part_limit()
    {
        using var folder = new TempFolder();
        folder.Write(KnownGoodName, KnownGoodText);
        folder.Write("liar.docx", LyingZipBomb());
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();

        var result = Run(folder);

        KnownFindingIsStillReported(result);
        // The directory passed the size check (it lies), so what stops it is the bounded read: a malformed package.
        var refused = InfrastructureOn(result, "liar.docx").ShouldHaveSingleItem();
        refused.Id.ShouldBe("NL0003", refused.Message);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60));
        (GC.GetTotalMemory(forceFullCollection: true) - before).ShouldBeLessThan(64L * 1024 * 1024);
    }

    [Fact]
    public void A_docx_external_entity_is_not_resolved()
    {
        using var folder = new TempFolder();
        folder.Write(KnownGoodName, KnownGoodText);
        var secret = folder.Write("secret.txt", "TOP-SECRET-7d1f Acme Cloud\n");
        folder.Write("entity.docx", DocxWithExternalEntity(secret));

        var result = Run(folder, null, folder.PathOf(KnownGoodName), folder.PathOf("entity.docx"));

        KnownFindingIsStillReported(result);
        InfrastructureOn(result, "entity.docx").Length.ShouldBeLessThanOrEqualTo(1);
        result.Findings.ShouldAllBe(f => !f.Message.Contains("TOP-SECRET"));
        var document = result.Document("entity.docx");
        if (document is not null) document.Content.Source.ToString().ShouldNotContain("TOP-SECRET");
    }

    [Fact]
    public void Deeply_nested_HTML_is_read_without_overflowing_the_stack()
    {
        using var folder = new TempFolder();
        folder.Write(KnownGoodName, KnownGoodText);
        folder.Write("deep.html", DeeplyNestedHtml().Replace("Deep inside.", "Call our helpdesk today."));

        var result = Run(folder);

        KnownFindingIsStillReported(result);
        InfrastructureOn(result, "deep.html").Length.ShouldBeLessThanOrEqualTo(1);
        result.Findings.ShouldContain(f => f.Path == "deep.html" && f.Id == "NL4001");
    }

    [Fact]
    public void Invalid_UTF_8_is_reported_once_and_the_rest_of_the_file_is_still_checked()
    {
        using var folder = new TempFolder();
        folder.Write(KnownGoodName, KnownGoodText);
        folder.Write("invalid-utf8.md", InvalidUtf8());

        var result = Run(folder);

        InfrastructureOn(result, "invalid-utf8.md").ShouldHaveSingleItem().Message.ShouldContain("UTF-8");
        result.Findings.ShouldContain(f => f.Path == "invalid-utf8.md" && f.Id == "NL1001");
    }
}
