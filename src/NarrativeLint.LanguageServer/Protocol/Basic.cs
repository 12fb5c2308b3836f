// The few LSP 3.17 structures this server reads and writes; names and shapes follow the specification.
namespace NarrativeLint.LanguageServer.Protocol;

/// <summary>A position in a document: 0-based line and UTF-16 code unit offset in that line.</summary>
public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public sealed record TextEdit(Range Range, string NewText);

public sealed record WorkspaceEdit(Dictionary<string, TextEdit[]> Changes);

public sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}

/// <summary>Codes of JSON-RPC and LSP errors this server answers with.</summary>
public static class ErrorCodes
{
    public const int InvalidRequest = -32600;
    public const int ServerNotInitialized = -32002;
}

/// <summary>The <c>params</c> of a request that only names a document and a position (hover).</summary>
public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record ShowMessageParams(int Type, string Message);

public static class MessageType
{
    public const int Warning = 2;
}
