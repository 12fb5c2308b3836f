using Microsoft.CodeAnalysis;

namespace NarrativeLint.Reporting;

/// <summary>GitHub Actions workflow commands, so findings show as annotations on the pull request's diff.</summary>
public sealed class GitHubReporter : Reporter
{
    public override void Write(RunSummary run, TextWriter output)
    {
        foreach (var finding in run.Result.Active)
        {
            var span = finding.LineSpan;
            var command = finding.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "notice",
            };
            var where = finding.HasLocation
                ? $"file={Property(finding.Path)},line={span.StartLinePosition.Line + 1},col={span.StartLinePosition.Character + 1}," +
                  $"endLine={span.EndLinePosition.Line + 1},endColumn={span.EndLinePosition.Character + 1},"
                : "";
            output.WriteLine($"::{command} {where}title={Property(finding.Id)}::{Data(run.MessageOf(finding))}");
        }
    }

    // Workflow commands need %, CR and LF escaped in data, and also : and , in properties.
    static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
