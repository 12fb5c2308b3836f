using Microsoft.CodeAnalysis;
using NarrativeLint.Engine;

namespace NarrativeLint.Reporting;

/// <summary>Human output for a terminal: <c>file:line:col: severity ID: message</c>, the quoted line, a summary.</summary>
public sealed class TextReporter(bool color) : Reporter
{
    public override void Write(RunSummary run, TextWriter output)
    {
        var active = run.Result.Active.ToList();
        foreach (var finding in active)
        {
            var start = finding.LineSpan.StartLinePosition;
            var where = finding.HasLocation ? $"{finding.Path}:{start.Line + 1}:{start.Character + 1}" : "narrativelint";
            var note = finding.PositionNote is { } n ? $" ({n})" : "";
            var severity = Paint(Label(finding.Severity), finding.Severity);
            output.WriteLine($"{where}{note}: {severity} {finding.Id}: {run.MessageOf(finding)}{(finding.Channel is { } channel ? $" [{channel}]" : "")}");
            if (SourceLine(run, finding) is { } line) output.WriteLine($"    {line}");
        }
        int errors = active.Count(f => f.Severity == DiagnosticSeverity.Error);
        int warnings = active.Count(f => f.Severity == DiagnosticSeverity.Warning);
        int infos = active.Count - errors - warnings;
        int suppressed = run.Result.Findings.Count(f => f.IsSuppressed);
        int baselined = run.Result.Findings.Count(f => f.IsBaselined);
        output.WriteLine();
        output.WriteLine($"{run.Result.Documents.Length} files checked: {errors} errors, {warnings} warnings, {infos} notes" +
                         (suppressed > 0 ? $", {suppressed} suppressed" : "") + (baselined > 0 ? $", {baselined} in the baseline" : ""));
    }

    static string Label(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };

    string Paint(string text, DiagnosticSeverity severity)
    {
        if (!color) return text;
        var code = severity switch { DiagnosticSeverity.Error => "31", DiagnosticSeverity.Warning => "33", _ => "36" };
        return $"\u001b[{code};1m{text}\u001b[0m";
    }

    /// <summary>The source line of the finding, trimmed, so the reader sees the wording without opening the file.</summary>
    static string? SourceLine(RunSummary run, Finding finding)
    {
        var document = run.Result.Document(finding.Path);
        if (document is null || document.Content.Source.Length == 0) return null;
        var lines = document.Content.Source.Lines;
        int index = finding.LineSpan.StartLinePosition.Line;
        if (index >= lines.Count) return null;
        var text = lines[index].ToString().Trim();
        return text.Length == 0 ? null : text.Length > 160 ? text[..157] + "..." : text;
    }
}
