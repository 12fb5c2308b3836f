using System.Reflection;
using Microsoft.CodeAnalysis;
using NarrativeLint.Engine;
using NarrativeLint.Registry;

namespace NarrativeLint.Tests.Demo;

/// <summary>
/// The README's main job: <c>narrativelint check samples</c> against <c>rules/</c>. The demo must show every
/// implemented diagnostic, no infrastructure problem, a clean file per channel, one suppression, and exit 1.
/// </summary>
public sealed class DemoTests
{
    /// <summary>Every diagnostic the demo must produce at least once. NL2001 (cross-document drift) is not required yet.</summary>
    public static readonly TheoryData<string> ExpectedIds =
    [
        "NL1001", "NL1002", "NL1003", "NL1004", "NL1005", "NL1006", "NL1007",
        "NL3001", "NL4001",
        "NL5001", "NL5002", "NL5003", "NL5010", "NL5020", "NL5021",
        "NL6001", "NL6002",
    ];

    /// <summary>The findings each French, Spanish, Portuguese and German post is there to show (comma-separated), and no other.</summary>
    public static readonly TheoryData<string, string> NewLanguagePosts = new()
    {
        { "samples/blog/2026-02-03-assistance.fr.md", "NL1001" },   // 72 hours against 24
        { "samples/blog/2026-02-17-privacidad.es.md", "NL1003" },   // "podríamos compartir" against never-sell
        { "samples/blog/2026-03-02-precos.pt.md", "NL1001" },       // €25 against €19
        // 2035 against the 2030 deadline, and a target whose commitment links no plan yet (as the Italian press release's)
        { "samples/blog/2026-03-10-rechenzentren.de.md", "NL1002,NL5003" },
    };

    /// <summary>One file per channel that says everything the way the registry says it.</summary>
    public static readonly TheoryData<string> CleanFiles =
    [
        "samples/blog/2025-12-04-backups.md",                  // blog
        "samples/press/2025-10-14-dublin-region.md",           // press (carries the required disclaimer)
        "samples/text/clean-about.txt",                        // text
        "samples/web/pricing.html",                            // web
        "samples/email/2025-12-03-re-tichet.eml",              // email (transactional reply, Romanian)
        "samples/social/linkedin-2025-12.yaml",                // social
        "samples/captions/2025-11-12-webinar-backup.it.vtt",   // captions (Italian)
        "samples/chatbot/asistent.ro.yaml",                    // chatbot (Romanian)
        "samples/documents/2025-09-15-service-overview.docx",  // Word document
    ];

    static readonly Lazy<string> Root = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "NarrativeLint.sln"))) return folder.FullName;
        throw new DirectoryNotFoundException("NarrativeLint.sln was not found above " + AppContext.BaseDirectory);
    });

    static readonly Lazy<AnalysisResult> Run = new(() =>
    {
        var loaded = RegistryLoader.Load(Path.Combine(Root.Value, "rules"));
        loaded.Errors.ShouldBeEmpty();
        var engine = new NarrativeEngine(loaded.Registry, new EngineOptions { WorkingDirectory = Root.Value });
        return engine.Check([Path.Combine(Root.Value, "samples")]);
    });

    static AnalysisResult Result => Run.Value;

    [Theory]
    [MemberData(nameof(ExpectedIds))]
    public void The_demo_shows_every_implemented_diagnostic(string id) =>
        Result.Active.Select(f => f.Id).ShouldContain(id, $"the demo in samples/ should produce {id}");

    [Fact]
    public void The_demo_has_no_infrastructure_findings() =>
        Result.Findings.Where(f => f.Id.StartsWith("NL0", StringComparison.Ordinal))
            .Select(f => $"{f.Path}:{f.LineSpan.StartLinePosition.Line + 1}: {f.Id} {f.Message}")
            .ShouldBeEmpty();

    [Fact]
    public void The_demo_covers_every_shipped_language_and_every_channel_reader()
    {
        Result.Documents.Select(d => d.Content.Metadata.Language).Distinct().Order()
            .ShouldBe(["de", "en", "es", "fr", "it", "pt", "ro"]);
        Result.Documents.Select(d => d.Content.Metadata.Channel).Distinct().Order()
            .ShouldBe(["blog", "captions", "chatbot", "document", "email", "press", "social", "text", "web"]);
    }

    [Theory]
    [MemberData(nameof(CleanFiles))]
    public void A_clean_file_per_channel_has_no_finding(string path)
    {
        Result.Document(path).ShouldNotBeNull($"{path} should be read by the demo run");
        Result.Findings.Where(f => f.Path == path)
            .Select(f => $"{f.LineSpan.StartLinePosition.Line + 1}: {f.Id} {f.Message}")
            .ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(NewLanguagePosts))]
    public void Each_new_language_post_shows_its_contradiction_and_keeps_its_negations(string path, string ids) =>
        Result.Active.Where(f => f.Path == path).Select(f => f.Id).Order(StringComparer.Ordinal).ShouldBe(ids.Split(','));

    [Fact]
    public void The_quoted_customer_is_suppressed_with_its_justification()
    {
        var suppressed = Result.Findings.Where(f => f.IsSuppressed).ToList();
        var quote = suppressed.ShouldHaveSingleItem();
        quote.Id.ShouldBe("NL4001");
        quote.Path.ShouldBe("samples/blog/2025-09-01-support.md");
        quote.Suppression.ShouldBe("quoting a customer");
        // The same avoided term outside the quote is still reported.
        Result.Active.ShouldContain(f => f.Id == "NL4001" && f.Path == quote.Path && f.Message.Contains("'AcmeCloud'"));
    }

    [Fact]
    public void The_demo_holds_errors_so_the_run_fails() =>
        Result.Active.Count(f => f.Severity == DiagnosticSeverity.Error).ShouldBeGreaterThan(0);

    [Fact]
    public void The_command_line_exits_1_on_the_demo()
    {
        // Runs the real `narrativelint check` (its Main) with explicit paths, writing the report to a file so
        // the test's console is untouched.
        var cli = Assembly.Load("NarrativeLint.Cli").EntryPoint.ShouldNotBeNull();
        var report = Path.Combine(Path.GetTempPath(), $"narrativelint-demo-{Guid.NewGuid():N}.json");
        try
        {
            string[] args = ["check", Path.Combine(Root.Value, "samples"), "--registry", Path.Combine(Root.Value, "rules"),
                "--format", "json", "--output", report, "--no-color"];
            var exit = cli.Invoke(null, [args]);
            exit.ShouldBe(1);
            File.ReadAllText(report).ShouldContain("\"NL1001\"");
        }
        finally
        {
            File.Delete(report);
        }
    }
}
