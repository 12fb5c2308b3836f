using System.Text.Json;
using NarrativeLint.Tests.Cli;
using NarrativeLint.Tests.Robustness;
using static NarrativeLint.Tests.Cli.CliProcess;

namespace NarrativeLint.Tests.Reporting.Html;

/// <summary>
/// A project checked three times with a history store, the way a team runs it: the demo registry plus a hostile
/// registry file, content in English and Italian on three channels with hostile markup in prose, a file name and a
/// suppression's justification, and one fix before the third run. The last run writes the HTML report.
/// </summary>
public sealed class ReportWorkspace : IDisposable
{
    public const string Justification = "quoting a customer's spelling <b>verbatim</b>";
    public const string ScriptQuote = "<script>window.__pwned='quote'</script>";

    const string SupportPost = """
        ---
        title: "<script>window.__pwned='title'</script>"
        ---
        # Support <img src=x onerror="window.__pwned='heading'">

        We answer every support request within 72 hours.

        We may sell customer data \<script\>window.__pwned='quote'\</script\> \<img src=x onerror=window.__pwned='img'\> to partners.

        <script>window.__pwned='raw'</script>

        <!-- narrativelint-disable-next-line NL4001: quoting a customer's spelling <b>verbatim</b> -->
        Our friends at AcmeCloud helped.

        """;

    readonly TempFolder folder = new();

    public string Root => folder.Root;
    public string ReportPath => folder.PathOf("report.html");
    /// <summary>The same last run as JSON: what the report's numbers must agree with.</summary>
    public JsonElement Json { get; }
    public CommandResult LastRun { get; }
    /// <summary>The commit the workspace's git repository is at.</summary>
    public string Revision { get; }

    public ReportWorkspace()
    {
        folder.Write("rules/brand.yaml", File.ReadAllText(Repository.PathOf("rules/brand.yaml")));
        folder.Write("rules/hostile.yaml", """
            commitments:
              - id: "outage-<script>window.__pwned='id'</script>"
                statement: "We publish every outage report <script>window.__pwned='statement'</script> within 2 days."
                source: "javascript:window.__pwned='source'"
                topic: { en: [outage, report] }
                facts: [ { kind: duration, value: 2 days, relation: at-most } ]
            """);
        folder.Write("content/blog/2025-10-01-support.md", SupportPost);
        folder.Write("content/text/assistenza.it.txt", "Rispondiamo a ogni richiesta di assistenza entro 72 ore.\n");
        folder.Write("content/text/outage.txt", "We publish every outage report within 5 days.\n");
        folder.Write("content/blog/\"><img src=x onerror=window.__pwned='path'>.md", "---\nlang: en\n---\nCall our helpdesk today.\n");

        Git("init", "-q");
        Git("add", ".");
        Git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "content");
        Revision = Git("rev-parse", "HEAD").Stdout.Trim();

        Check("--history").ExitCode.ShouldBe(1);
        Check("--history").ExitCode.ShouldBe(1);
        folder.Write("content/blog/2025-10-01-support.md", SupportPost.Replace("We answer every support request within 72 hours.", "We answer every support request within 24 hours."));
        LastRun = Check("--format", "html", "--output", "report.html", "--history");
        LastRun.ExitCode.ShouldBe(1, LastRun.ToString());
        var json = Check("--format", "json");
        Json = JsonDocument.Parse(json.Stdout).RootElement.Clone();
    }

    CommandResult Git(params string[] args)
    {
        var result = Run("git", args, Root);
        result.ExitCode.ShouldBe(0, result.ToString());
        return result;
    }

    CommandResult Check(params string[] options) => Narrativelint(Root, ["check", "content", "--registry", "rules", .. options]);

    public void Dispose() => folder.Dispose();
}
