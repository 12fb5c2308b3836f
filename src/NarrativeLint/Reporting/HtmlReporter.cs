using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using NarrativeLint.Analyzers;
using NarrativeLint.Engine;
using NarrativeLint.Reporting.Html;
using NarrativeLint.Reporting.History;

namespace NarrativeLint.Reporting;

/// <summary>
/// The compliance report: one self-contained HTML page a reviewer opens offline — the summary and verdict, the
/// findings grouped by commitment, channel, rule and language, every waived finding with its justification, the
/// documents checked, the registry's files with their SHA-256, the catalogues and packs used, and, with a history
/// store, the trends. Every string from content or registry is HTML-escaped, and the page's Content-Security-Policy
/// lets nothing load or run but its own stylesheet and its one script, both pinned by hash.
/// </summary>
public sealed class HtmlReporter : Reporter
{
    static readonly string Stylesheet = ReadAsset("report.css");
    static readonly string Script = ReadAsset("report.js");

    public override void Write(RunSummary run, TextWriter output) => output.Write(new Page(run).Render());

    /// <summary>The page's Content-Security-Policy: nothing from anywhere, except our own inline style and script.</summary>
    public static string ContentSecurityPolicy =>
        $"default-src 'none'; style-src '{Hash(Stylesheet)}'; script-src '{Hash(Script)}'; img-src data:; base-uri 'none'; form-action 'none'";

    static string Hash(string inline) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)));

    static string ReadAsset(string name)
    {
        using var stream = typeof(HtmlReporter).Assembly.GetManifestResourceStream("report/" + name)
                           ?? throw new InvalidOperationException($"the report asset {name} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Escapes text for element content and double-quoted attribute values alike.</summary>
    static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    static string When(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>A link only for web addresses: a registry's <c>javascript:</c> source stays text.</summary>
    static string Link(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? $"<a href=\"{E(uri.AbsoluteUri)}\" rel=\"noreferrer\">{E(url)}</a>"
            : E(url);

    const string None = "none";

    sealed class Page(RunSummary run)
    {
        readonly StringBuilder html = new();
        readonly HashSet<string> anchors = new(StringComparer.Ordinal);
        readonly List<(int Level, string Anchor, string Title)> contents = [];
        readonly Dictionary<Finding, int> numbers = run.Result.Findings.Select((f, i) => (f, i)).ToDictionary<(Finding f, int i), Finding, int>(p => p.f, p => p.i, ReferenceEqualityComparer.Instance);
        List<Finding> active = [];

        public string Render()
        {
            active = [.. run.Result.Findings.Where(f => run.StateOf(f) == FindingState.Active)];
            var body = new StringBuilder();
            Section(body, Summary);
            if (run.History is { Runs.Count: > 0 } history) Section(body, () => Trends(history));
            Section(body, Filters);
            Section(body, () => Grouped("by-commitment", "Findings by commitment", f => f.Property(FindingProperties.CommitmentId), CommitmentHeading));
            Section(body, () => Grouped("by-channel", "Findings by channel", f => f.Channel, key => E(key)));
            Section(body, () => Grouped("by-rule", "Findings by rule", f => f.Id, RuleHeading));
            Section(body, () => Grouped("by-language", "Findings by language", f => f.Language, key => E(key)));
            Section(body, Waived);
            Section(body, Documents);
            Section(body, Registry);
            Section(body, RunDetails);

            var brand = run.Registry.BrandName is { Length: > 0 } name ? $" — {name}" : "";
            html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
            html.Append($"<meta http-equiv=\"Content-Security-Policy\" content=\"{E(ContentSecurityPolicy)}\">\n");
            html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"referrer\" content=\"no-referrer\">\n");
            html.Append($"<title>{E($"NarrativeLint compliance report{brand} — {When(run.Time)}")}</title>\n");
            html.Append("<style>").Append(Stylesheet).Append("</style>\n</head>\n<body>\n");
            html.Append("<header class=\"page\">");
            html.Append($"<h1>Compliance report{E(brand)}</h1>");
            html.Append($"<p>Checked {When(run.Time)} by NarrativeLint {E(run.ToolVersion)} — {Verdict()}</p>");
            html.Append("</header>\n<div class=\"layout\">\n<nav class=\"toc\" aria-label=\"Contents\"><ol>");
            var open = false;
            foreach (var (level, anchor, title) in contents)
            {
                if (level == 1)
                {
                    if (open) html.Append("</ol></li>");
                    html.Append($"<li><a href=\"#{anchor}\">{title}</a><ol>");
                    open = true;
                }
                else html.Append($"<li><a href=\"#{anchor}\">{title}</a></li>");
            }
            if (open) html.Append("</ol></li>");
            html.Append("</ol></nav>\n<main>\n").Append(body).Append("</main>\n</div>\n");
            html.Append("<script>").Append(Script).Append("</script>\n</body>\n</html>\n");
            return html.ToString();
        }

        // Each section writes into the page body; the table of contents is collected on the way.
        void Section(StringBuilder body, Action section)
        {
            section();
            body.Append(html);
            html.Clear();
        }

        string Anchor(string prefix, string? key = null)
        {
            var slug = new StringBuilder(prefix);
            if (key is not null)
            {
                slug.Append('-');
                foreach (var c in key.ToLowerInvariant()) slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
            }
            var anchor = slug.ToString();
            for (var n = 2; !anchors.Add(anchor); n++) anchor = $"{slug}-{n}";
            return anchor;
        }

        void Heading(int level, string anchor, string titleHtml)
        {
            contents.Add((level, anchor, titleHtml));
            html.Append($"<h{level + 1} id=\"{anchor}\">{titleHtml}</h{level + 1}>\n");
        }

        string Verdict() => run.Passed switch
        {
            true => $"<span class=\"verdict pass\" data-verdict=\"pass\">PASS</span> <span class=\"muted\">no open finding at or above {E(run.FailOn)}</span>",
            false => $"<span class=\"verdict fail\" data-verdict=\"fail\">FAIL</span> <span class=\"muted\">open findings at or above {E(run.FailOn)}</span>",
            null => "<span class=\"verdict unjudged\" data-verdict=\"none\">NOT JUDGED</span>",
        };

        void Summary()
        {
            html.Append("<section id=\"summary\">");
            Heading(1, Anchor("summary-title"), "Summary");
            var documents = run.Result.Documents;
            var channels = documents.Select(d => d.Content.Metadata.Channel).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
            var languages = documents.Select(d => d.Content.Metadata.Language).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
            html.Append("<dl class=\"numbers\">");
            Number("files", "files checked", documents.Length);
            Number("channels", "channels", channels.Count);
            Number("languages", "languages", languages.Count);
            Number("findings", "open findings", active.Count);
            Number("error", "errors", active.Count(f => f.Severity == DiagnosticSeverity.Error), "error");
            Number("warning", "warnings", active.Count(f => f.Severity == DiagnosticSeverity.Warning), "warning");
            Number("note", "notes", active.Count(f => f.Severity < DiagnosticSeverity.Warning), "note");
            Number("suppressed", "suppressed", run.Result.Findings.Count(f => run.StateOf(f) == FindingState.Suppressed));
            Number("baselined", "baselined", run.Result.Findings.Count(f => run.StateOf(f) == FindingState.Baselined));
            html.Append("</dl>");
            html.Append($"<p>Result against <code>--fail-on {E(run.FailOn)}</code>: {Verdict()}</p>");
            html.Append($"<p>Channels: {E(channels.Count == 0 ? "none" : string.Join(", ", channels))}. Languages: {E(languages.Count == 0 ? "none" : string.Join(", ", languages))}.</p>");
            html.Append("</section>\n");
        }

        void Number(string key, string label, int value, string? kind = null) =>
            html.Append($"<div><dt>{E(label)}</dt><dd data-summary=\"{key}\"{(kind is null ? "" : $" class=\"{kind}\"")}>{value}</dd></div>");

        void Filters()
        {
            html.Append("<section id=\"filters\" class=\"no-print\">");
            Heading(1, Anchor("filters-title"), "Filters");
            html.Append("<form class=\"filters\">");
            Choices("severity", "Severity", run.Result.Findings.Select(f => Level(f.Severity)));
            Choices("channel", "Channel", run.Result.Findings.Select(f => f.Channel ?? None));
            Choices("language", "Language", run.Result.Findings.Select(f => f.Language ?? None));
            html.Append("</form>");
            html.Append($"<p><span id=\"shown-count\">{active.Count}</span> of {active.Count} open findings shown.</p>");
            html.Append("</section>\n");
        }

        void Choices(string kind, string legend, IEnumerable<string> values)
        {
            html.Append($"<fieldset><legend>{legend}</legend>");
            foreach (var value in values.Distinct().Order(StringComparer.Ordinal))
                html.Append($"<label><input type=\"checkbox\" data-filter=\"{kind}\" value=\"{E(value)}\" checked> {E(value)}</label>");
            html.Append("</fieldset>");
        }

        void Trends(RunHistory history)
        {
            html.Append("<section id=\"trends\">");
            Heading(1, Anchor("trends-title"), "Trends");
            var runs = history.Runs;
            html.Append($"<p>{runs.Count} recorded run{(runs.Count == 1 ? "" : "s")}, from {When(runs[0].Time)} to {When(runs[^1].Time)}.</p>");
            var totals = runs.Select(r => (r.Time, r.Counts.Total)).ToList();
            html.Append($"<div class=\"charts\" data-dimension=\"total\"><figure class=\"trend\" data-key=\"total\"><figcaption>All open findings — now {totals[^1].Total}</figcaption>");
            html.Append(TrendChart.Svg("all open findings", totals)).Append("</figure></div>");
            Charts("trends-commitment", "Open findings per commitment", runs, CountDimension.Commitment);
            Charts("trends-channel", "Open findings per channel", runs, CountDimension.Channel);

            Heading(2, Anchor("trends-changes"), "Since the previous run");
            if (history.SincePrevious is not { } changes)
            {
                html.Append("<p>This is the first recorded run: nothing to compare with.</p>");
            }
            else
            {
                html.Append($"<p><strong data-changes=\"new\">{changes.New.Count}</strong> new, <strong data-changes=\"fixed\">{changes.Fixed.Count}</strong> fixed, " +
                            $"<strong data-changes=\"open\">{changes.StillOpen.Count}</strong> still open.</p>");
                ChangeTable("new", "New", changes.New);
                ChangeTable("fixed", "Fixed", changes.Fixed);
            }
            html.Append("</section>\n");
        }

        void Charts(string anchor, string title, IReadOnlyList<HistoryRun> runs, string dimension)
        {
            Heading(2, Anchor(anchor), E(title));
            var keys = runs.SelectMany(r => r.Counts.Of(dimension).Keys).Distinct().Order(StringComparer.Ordinal).ToList();
            if (keys.Count == 0)
            {
                html.Append("<p>No open findings in any recorded run.</p>");
                return;
            }
            html.Append($"<div class=\"charts\" data-dimension=\"{dimension}\">");
            foreach (var key in keys)
            {
                var points = runs.Select(r => (r.Time, r.Counts.Of(dimension).GetValueOrDefault(key))).ToList();
                html.Append($"<figure class=\"trend\" data-key=\"{E(key)}\"><figcaption>{E(key)} — now {points[^1].Item2}</figcaption>");
                html.Append(TrendChart.Svg(key, points));
                html.Append("</figure>");
            }
            html.Append("</div>");
        }

        void ChangeTable(string kind, string title, IReadOnlyList<HistoryFinding> findings)
        {
            html.Append($"<h4>{title}</h4>");
            if (findings.Count == 0)
            {
                html.Append("<p class=\"muted\">None.</p>");
                return;
            }
            html.Append($"<table data-changes-table=\"{kind}\"><thead><tr><th>Rule</th><th>Where</th><th>Message</th></tr></thead><tbody>");
            foreach (var finding in findings)
                html.Append($"<tr><td><code>{E(finding.Rule)}</code></td><td class=\"where\"><span class=\"path\">{E(finding.Path)}</span>:{finding.Line}</td><td>{E(finding.Message)}</td></tr>");
            html.Append("</tbody></table>");
        }

        void Grouped(string id, string title, Func<Finding, string?> keyOf, Func<string, string> headingOf)
        {
            html.Append($"<section id=\"{id}\">");
            Heading(1, Anchor(id + "-title"), E(title));
            if (active.Count == 0) html.Append("<p>No open findings.</p>");
            var groups = active.GroupBy(f => keyOf(f) ?? "").OrderBy(g => g.Key.Length == 0).ThenBy(g => g.Key, StringComparer.Ordinal);
            foreach (var group in groups)
            {
                var anchor = Anchor(id, group.Key.Length == 0 ? "none" : group.Key);
                html.Append($"<section class=\"group\" data-group=\"{E(group.Key)}\">");
                var heading = group.Key.Length == 0 ? "<span class=\"muted\">(none)</span>" : headingOf(group.Key);
                Heading(2, anchor, $"{heading} <span class=\"muted\">({group.Count()})</span>");
                if (id == "by-commitment" && group.Key.Length > 0) html.Append(RegistryEntry(group.Key));
                FindingTable(group, justification: false);
                html.Append("</section>\n");
            }
            html.Append("</section>\n");
        }

        string CommitmentHeading(string id)
        {
            var kind = run.Registry.Commitment(id) is not null ? "commitment"
                : run.Registry.Values.Any(v => v.Id == id) ? "value"
                : run.Registry.Claims.Any(c => c.Id == id) ? "regulated claim"
                : "registry entry";
            return $"<code>{E(id)}</code> <span class=\"muted\">{kind}</span>";
        }

        string RegistryEntry(string id)
        {
            if (run.Registry.Commitment(id) is { } commitment)
                return $"<p class=\"statement\">“{E(commitment.Statement)}”{(commitment.Source is null ? "" : $" — {Link(commitment.Source)}")} <span class=\"muted\">({E(commitment.Status.ToString().ToLowerInvariant())})</span></p>";
            if (run.Registry.Values.FirstOrDefault(v => v.Id == id) is { } value)
                return $"<p class=\"statement\">“{E(value.Statement)}”</p>";
            if (run.Registry.Claims.FirstOrDefault(c => c.Id == id) is { } claim)
                return $"<p class=\"statement\">{E(claim.Title)} — {Link(claim.LegalSource)}</p>";
            return "";
        }

        string RuleHeading(string id) =>
            Descriptors.Find(id) is { } descriptor ? $"<code>{E(id)}</code> {E(run.TitleOf(descriptor))}" : $"<code>{E(id)}</code>";

        void FindingTable(IEnumerable<Finding> findings, bool justification)
        {
            html.Append("<table class=\"findings\"><thead><tr><th>Severity</th><th>Rule</th><th>Where</th><th>What</th>");
            if (justification) html.Append("<th>State</th><th>Justification</th>");
            html.Append("</tr></thead><tbody>");
            foreach (var finding in findings) FindingRow(finding, justification);
            html.Append("</tbody></table>");
        }

        void FindingRow(Finding finding, bool justification)
        {
            var level = Level(finding.Severity);
            var state = run.StateOf(finding);
            var start = finding.LineSpan.StartLinePosition;
            html.Append($"<tr class=\"finding\" data-finding=\"{numbers[finding]}\" data-severity=\"{level}\" data-channel=\"{E(finding.Channel ?? None)}\" " +
                        $"data-language=\"{E(finding.Language ?? None)}\" data-state=\"{state.ToString().ToLowerInvariant()}\"{(state == FindingState.Active ? " data-active" : "")}>");
            html.Append($"<td><span class=\"severity {level}\">{level}</span></td>");
            html.Append($"<td><code>{E(finding.Id)}</code></td>");
            html.Append($"<td class=\"where\"><span class=\"path\">{E(finding.Path)}</span>:{start.Line + 1}:{start.Character + 1}");
            if (finding.PositionNote is { } note) html.Append($"<br><span class=\"muted\">{E(note)}</span>");
            html.Append($"<br><span class=\"muted\">{E(finding.Channel ?? None)} · {E(finding.Language ?? None)}</span></td>");
            html.Append("<td>");
            if (finding.Property(FindingProperties.Quoted) is { Length: > 0 } quoted) html.Append($"<blockquote class=\"quoted\">{E(quoted)}</blockquote>");
            html.Append($"<span class=\"message\" lang=\"{run.UiLanguage.Code}\">{E(run.MessageOf(finding))}</span>");
            if (finding.Property(FindingProperties.Fix) is { Length: > 0 } fix) html.Append($"<br><span class=\"fix\">Fix: {E(fix)}</span>");
            html.Append("</td>");
            if (justification)
                html.Append($"<td>{state.ToString().ToLowerInvariant()}</td><td class=\"justification\">{E(run.JustificationOf(finding))}</td>");
            html.Append("</tr>");
        }

        void Waived()
        {
            html.Append("<section id=\"waived\">");
            Heading(1, Anchor("waived-title"), "Suppressions and baseline");
            var waived = run.Result.Findings.Where(f => run.StateOf(f) != FindingState.Active).ToList();
            html.Append($"<p>{waived.Count(f => run.StateOf(f) == FindingState.Suppressed)} suppressed in the content, " +
                        $"{waived.Count(f => run.StateOf(f) == FindingState.Baselined)} accepted by a baseline.</p>");
            if (waived.Count > 0)
            {
                html.Append("<section class=\"group\" data-group=\"waived\">");
                FindingTable(waived, justification: true);
                html.Append("</section>");
            }
            html.Append("</section>\n");
        }

        void Documents()
        {
            html.Append("<section id=\"documents\">");
            Heading(1, Anchor("documents-title"), $"Documents checked <span class=\"muted\">({run.Result.Documents.Length})</span>");
            var perFile = active.GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            html.Append("<table><thead><tr><th>Path</th><th>Channel</th><th>Language</th><th>Date</th><th>Sentences</th><th>Open findings</th></tr></thead><tbody>");
            foreach (var document in run.Result.Documents.OrderBy(d => d.Path, StringComparer.Ordinal))
            {
                var metadata = document.Content.Metadata;
                html.Append($"<tr class=\"document\"><td class=\"path\">{E(document.Path)}</td><td>{E(metadata.Channel)}</td><td>{E(metadata.Language)}</td>" +
                            $"<td>{E(metadata.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}</td><td>{document.SentenceCount}</td>" +
                            $"<td>{perFile.GetValueOrDefault(document.Path)}</td></tr>");
            }
            html.Append("</tbody></table></section>\n");
        }

        void Registry()
        {
            html.Append("<section id=\"registry\">");
            Heading(1, Anchor("registry-title"), "Registry");
            html.Append($"<p>Registry hash (SHA-256 over the files' names and contents): <span class=\"hash\" data-registry-hash>{RegistryHash.Of(run.RegistryFiles)}</span></p>");
            html.Append("<table><thead><tr><th>File</th><th>SHA-256</th></tr></thead><tbody>");
            foreach (var file in run.RegistryFiles)
            {
                var shown = Path.IsPathRooted(file) ? Path.GetRelativePath(run.WorkingDirectory, file) : file;
                html.Append($"<tr class=\"registry-file\"><td class=\"path\">{E(shown.Replace('\\', '/'))}</td><td class=\"hash\">{E(RegistryHash.OfFile(file) ?? "unreadable")}</td></tr>");
            }
            html.Append("</tbody></table>");
            html.Append($"<p>{run.Registry.Commitments.Length} commitments, {run.Registry.Values.Length} values, {run.Registry.Terms.Length} terms, {run.Registry.Channels.Length} channel rules.</p>");

            Heading(2, Anchor("catalogues"), "Regulated-claims catalogues");
            if (run.Registry.Catalogues.IsEmpty) html.Append("<p>None in use.</p>");
            else
            {
                html.Append("<table><thead><tr><th>Catalogue</th><th>Title</th><th>Claims</th><th>Source</th></tr></thead><tbody>");
                foreach (var catalogue in run.Registry.Catalogues)
                    html.Append($"<tr class=\"catalogue\"><td><code>{E(catalogue.Id)}</code></td><td>{E(catalogue.Title)}</td><td>{catalogue.Claims.Length}</td><td>{Link(catalogue.Source)}</td></tr>");
                html.Append("</tbody></table>");
            }

            Heading(2, Anchor("packs"), "Language packs");
            var used = run.Result.Documents.GroupBy(d => run.Packs.Get(d.Content.Metadata.Language).Code).ToDictionary(g => g.Key, g => g.Count());
            html.Append("<table><thead><tr><th>Pack</th><th>Documents read with it</th></tr></thead><tbody>");
            foreach (var pack in run.Packs.All.OrderBy(p => p.Code, StringComparer.Ordinal))
                html.Append($"<tr class=\"pack\"><td><code>{E(pack.Code)}</code></td><td>{used.GetValueOrDefault(pack.Code)}</td></tr>");
            html.Append("</tbody></table></section>\n");
        }

        void RunDetails()
        {
            html.Append("<section id=\"run\">");
            Heading(1, Anchor("run-title"), "This run");
            html.Append("<table><tbody>");
            html.Append($"<tr><th>Tool</th><td>NarrativeLint {E(run.ToolVersion)}</td></tr>");
            html.Append($"<tr><th>Time</th><td data-run-time>{When(run.Time)}</td></tr>");
            html.Append($"<tr><th>Command line</th><td><code data-command-line>{E(run.CommandLine ?? "(not recorded)")}</code></td></tr>");
            html.Append($"<tr><th>Working directory</th><td><code>{E(run.WorkingDirectory)}</code></td></tr>");
            html.Append($"<tr><th>Fails on</th><td>{E(run.FailOn)}</td></tr>");
            html.Append($"<tr><th>Revision</th><td><code data-revision>{E(run.Revision ?? "(no git revision)")}</code></td></tr>");
            html.Append("</tbody></table></section>\n");
        }
    }
}
