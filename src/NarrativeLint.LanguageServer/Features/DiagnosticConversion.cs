using System.Globalization;
using System.Text.Json;
using NarrativeLint.Engine;
using NarrativeLint.LanguageServer.Documents;
using NarrativeLint.LanguageServer.Protocol;
using RoslynSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace NarrativeLint.LanguageServer.Features;

/// <summary>Turns the engine's findings into LSP diagnostics: range, severity, code linked to its page, related locations.</summary>
public static class DiagnosticConversion
{
    public const string Source = "narrativelint";

    /// <param name="lines">The buffer's lines when the finding is on an open buffer, whose offsets map exactly; else the finding's line span is used.</param>
    public static Protocol.Diagnostic ToLsp(Finding finding, LineIndex? lines, Func<string, string> uriOf, DocsLocation docs, CultureInfo culture)
    {
        var message = finding.Diagnostic.GetMessage(culture);
        if (finding.PositionNote is { } note) message += $" ({note})";
        var related = finding.Diagnostic.AdditionalLocations
            .Select(l => l.GetLineSpan())
            .Where(s => s.IsValid)
            .Select(s => new DiagnosticRelatedInformation(new Protocol.Location(uriOf(s.Path), RangeOf(s)), EditorMessages.Text("Related_SameFact", culture)))
            .ToArray();
        return new Protocol.Diagnostic(
            RangeOf(finding, lines),
            SeverityOf(finding.Severity),
            finding.Id,
            docs.PageOf(finding.Id) is { } page ? new CodeDescription(page) : null,
            Source,
            message,
            related.Length > 0 ? related : null,
            JsonSerializer.SerializeToElement(finding.Diagnostic.Properties, ProtocolJson.Default.ImmutableDictionaryStringString));
    }

    public static Protocol.Range RangeOf(Finding finding, LineIndex? lines)
    {
        var span = finding.Diagnostic.Location.SourceSpan;
        return lines is not null ? lines.RangeOf(span.Start, span.End) : RangeOf(finding.LineSpan);
    }

    static Protocol.Range RangeOf(Microsoft.CodeAnalysis.FileLinePositionSpan span) => new(
        new Position(span.StartLinePosition.Line, span.StartLinePosition.Character),
        new Position(span.EndLinePosition.Line, span.EndLinePosition.Character));

    public static int SeverityOf(RoslynSeverity severity) => severity switch
    {
        RoslynSeverity.Error => Protocol.DiagnosticSeverity.Error,
        RoslynSeverity.Warning => Protocol.DiagnosticSeverity.Warning,
        RoslynSeverity.Info => Protocol.DiagnosticSeverity.Information,
        _ => Protocol.DiagnosticSeverity.Hint,
    };
}
