using System.Text;
using NarrativeLint.Analyzers;
using NarrativeLint.Channels;
using NarrativeLint.Engine;
using static NarrativeLint.Tests.InMemoryRun;

namespace NarrativeLint.Tests.Workspace;

/// <summary>
/// The language server's engine entry points: a workspace analysed once without rules, and buffers checked against
/// it, where cross-document rules see the workspace and findings are reported on the buffers alone.
/// </summary>
public sealed class WorkspaceCheckTests : IDisposable
{
    const string Brand = """
        brand: { name: Acme Cloud, languages: [en] }
        commitments:
          - id: support-response-time
            statement: We answer every support request within 24 hours.
            topic: { en: [support, request, answer] }
            facts: [ { kind: duration, value: 24 hours, relation: at-most } ]
        """;

    readonly string _root = Directory.CreateTempSubdirectory("narrativelint-workspace-").FullName;
    readonly NarrativeEngine _engine;

    public WorkspaceCheckTests()
    {
        _engine = new NarrativeEngine(InMemoryRun.Registry(Brand), new EngineOptions { WorkingDirectory = _root });
        Directory.CreateDirectory(Path.Combine(_root, "web"));
        File.WriteAllText(Path.Combine(_root, "web", "about.md"), "# About\n\nToday our 120 engineers run 4 data centres.\n");
        File.WriteAllText(Path.Combine(_root, "web", "support.md"), "# Support\n\nWe answer every support request within 72 hours.\n");
        File.WriteAllText(Path.Combine(_root, "web", "logo.png"), "not read");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    static ContentFile Buffer(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Analyze_reads_and_annotates_without_rules_and_leaves_out_files_no_channel_reads()
    {
        var documents = _engine.Analyze([_root], maxDegreeOfParallelism: 1);
        documents.Select(d => d.Path).Order().ShouldBe(["web/about.md", "web/support.md"]);
        documents.ShouldAllBe(d => d.Sentences.Length > 0);
    }

    [Fact]
    public void A_buffer_is_compared_with_the_workspace_and_only_its_own_findings_are_reported()
    {
        var workspace = _engine.Analyze([_root], maxDegreeOfParallelism: 1);
        var result = _engine.Check([Buffer("drafts/team.md", "# Team\n\nToday our 140 engineers run 4 data centres.\n")], workspace);
        var drift = result.Findings.ShouldHaveSingleItem();
        drift.Id.ShouldBe("NL2001");
        drift.Path.ShouldBe("drafts/team.md");
        drift.Message.ShouldContain("web/about.md:3 says 120");
        // The workspace's own NL1001 (72 hours) is not this check's to report.
        result.Findings.ShouldNotContain(f => f.Path == "web/support.md");
    }

    [Fact]
    public void A_buffer_stands_in_for_its_file_in_the_workspace()
    {
        var workspace = _engine.Analyze([_root], maxDegreeOfParallelism: 1);
        var result = _engine.Check([Buffer("web/about.md", "# About\n\nToday our 140 engineers run 4 data centres.\n"),
            Buffer("drafts/team.md", "# Team\n\nToday our 140 engineers run 4 data centres.\n")], workspace);
        result.Findings.ShouldBeEmpty();
    }

    [Fact]
    public void Repeated_checks_against_the_same_workspace_agree()
    {
        var workspace = _engine.Analyze([_root], maxDegreeOfParallelism: 1);
        var buffer = Buffer("drafts/team.md", "# Team\n\nToday our 140 engineers run 4 data centres.\n");
        var first = _engine.Check([buffer], workspace).Findings.Select(f => f.Message).ToList();
        var second = _engine.Check([buffer], workspace).Findings.Select(f => f.Message).ToList();
        second.ShouldBe(first);
        first.ShouldHaveSingleItem();
    }

    [Fact]
    public void Derived_facts_are_kept_per_document_and_derived_once()
    {
        var derivations = new DocumentDerivations();
        var document = _engine.Analyze([Path.Combine(_root, "web", "about.md")], maxDegreeOfParallelism: 1).ShouldHaveSingleItem();
        var calls = 0;
        derivations.GetOrAdd(document, "count", d => ++calls + d.Sentences.Length);
        derivations.GetOrAdd(document, "count", d => ++calls + d.Sentences.Length);
        calls.ShouldBe(1);
    }
}
