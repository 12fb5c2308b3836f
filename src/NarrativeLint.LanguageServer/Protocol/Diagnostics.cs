using System.Text.Json;

namespace NarrativeLint.LanguageServer.Protocol;

public sealed record Diagnostic(
    Range Range,
    int Severity,
    string Code,
    CodeDescription? CodeDescription,
    string Source,
    string Message,
    DiagnosticRelatedInformation[]? RelatedInformation,
    JsonElement? Data);

public sealed record CodeDescription(string Href);

public sealed record DiagnosticRelatedInformation(Location Location, string Message);

public static class DiagnosticSeverity
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Information = 3;
    public const int Hint = 4;
}

public sealed record PublishDiagnosticsParams(string Uri, int? Version, Diagnostic[] Diagnostics);

public sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument, string? PreviousResultId);

/// <summary>A pull answer: <c>kind</c> "full" with the items, or "unchanged" when the client's result id is still current.</summary>
public sealed record DocumentDiagnosticReport(string Kind, string ResultId, Diagnostic[]? Items)
{
    public static DocumentDiagnosticReport Full(string resultId, Diagnostic[] items) => new("full", resultId, items);
    public static DocumentDiagnosticReport Unchanged(string resultId) => new("unchanged", resultId, null);
}
