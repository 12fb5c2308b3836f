namespace NarrativeLint.LanguageServer.Protocol;

public sealed record Hover(MarkupContent Contents, Range Range);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

public sealed record CodeActionContext(Diagnostic[] Diagnostics, string[]? Only);

public sealed record CodeAction(string Title, string Kind, Diagnostic[]? Diagnostics, bool IsPreferred, WorkspaceEdit Edit);

public static class CodeActionKind
{
    public const string QuickFix = "quickfix";
}
