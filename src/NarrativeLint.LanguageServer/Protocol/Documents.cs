namespace NarrativeLint.LanguageServer.Protocol;

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

/// <summary>A change: with a range, an incremental edit of that range; without, the document's full new text.</summary>
public sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);
