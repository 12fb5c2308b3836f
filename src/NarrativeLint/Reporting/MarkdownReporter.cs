using System.Text;
using Microsoft.CodeAnalysis;
using NarrativeLint.Analyzers;
using NarrativeLint.Engine;

namespace NarrativeLint.Reporting;

/// <summary>
/// A summary for a pull-request comment: totals, counts per rule and per file, then the first findings with the words
/// they quote. Content is untrusted, so every piece of it is escaped for Markdown and HTML.
/// </summary>
public sealed class MarkdownReporter : Reporter
{
    /// <summary>Comments have a size limit and reviewers a patience limit; the rest is in the SARIF and the job log.</summary>
    public const int ListedFindings = 25;

    public override void Write(RunSummary run, TextWriter output)
    {
        var active = run.Result.Active.ToList();
        int errors = active.Count(f => f.Severity == DiagnosticSeverity.Error);
        int warnings = active.Count(f => f.Severity == DiagnosticSeverity.Warning);
        int baselined = run.Result.Findings.Count(f => f.IsBaselined);
        int suppressed = run.Result.Findings.Count(f => f.IsSuppressed);

        output.WriteLine($"### NarrativeLint: {Plural(errors, "error")}, {Plural(warnings, "warning")}, {Plural(active.Count - errors - warnings, "note")}");
        output.WriteLine();
        var scope = run.ChangedSince is { } rev ? $" on lines changed since `{Escape(rev)}`" : "";
        output.WriteLine($"{Plural(run.Result.Documents.Length, "file")} checked{scope}; {baselined} already in the baseline, {suppressed} suppressed inline.");
        if (active.Count == 0) return;

        output.WriteLine();
        output.WriteLine("| rule | title | severity | findings |");
        output.WriteLine("|---|---|---|---:|");
        foreach (var rule in active.GroupBy(f => f.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = rule.First();
            output.WriteLine($"| {RuleLink(run, rule.Key)} | {Escape(run.TitleOf(first.Diagnostic.Descriptor))} | {Level(rule.Max(f => f.Severity))} | {rule.Count()} |");
        }
        output.WriteLine();
        output.WriteLine("| file | errors | warnings | notes |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var file in active.GroupBy(f => f.Path).OrderBy(g => g.Key, StringComparer.Ordinal))
            output.WriteLine($"| {Code(file.Key)} | {file.Count(f => f.Severity == DiagnosticSeverity.Error)} | {file.Count(f => f.Severity == DiagnosticSeverity.Warning)} | {file.Count(f => f.Severity < DiagnosticSeverity.Warning)} |");

        output.WriteLine();
        foreach (var finding in active.Take(ListedFindings))
        {
            var start = finding.LineSpan.StartLinePosition;
            var where = finding.HasLocation ? $"{finding.Path}:{start.Line + 1}:{start.Character + 1}" : "narrativelint";
            output.WriteLine($"- **{Level(finding.Severity)} {RuleLink(run, finding.Id)}** {Code(where)}: {Escape(run.MessageOf(finding))}");
            if (finding.Property(FindingProperties.Quoted) is { Length: > 0 } quoted)
                output.WriteLine($"  > {Escape(FindingProperties.OneLine(quoted))}");
        }
        if (active.Count > ListedFindings)
            output.WriteLine($"- … and {active.Count - ListedFindings} more (see the SARIF report or the job log).");
    }

    static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    static string RuleLink(RunSummary run, string id) => run.DocsUrl is { } docs ? $"[{id}]({docs}{id}.md)" : id;

    /// <summary>Inline code that cannot be closed early: the fence is longer than any run of backticks inside.</summary>
    static string Code(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text) longest = Math.Max(longest, run = c == '`' ? run + 1 : 0);
        var fence = new string('`', longest + 1);
        // A pipe ends a table cell even inside code, unless escaped.
        var body = text.Replace("|", "\\|");
        return $"{fence}{(body.StartsWith('`') || body.EndsWith('`') ? " " + body + " " : body)}{fence}";
    }

    /// <summary>Text safe in a Markdown table cell or list item: HTML is inert, Markdown punctuation is literal, one line.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '&': escaped.Append("&amp;"); break;
                case '\r' or '\n': escaped.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~': escaped.Append('\\').Append(c); break;
                default: escaped.Append(c); break;
            }
        }
        return escaped.ToString();
    }
}
