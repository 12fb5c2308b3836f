using System.Text.Json;

namespace NarrativeLint.LanguageServer.Protocol;

public sealed record WorkspaceFolder(string Uri, string Name);

public sealed record InitializeParams(
    int? ProcessId,
    string? RootUri,
    string? RootPath,
    WorkspaceFolder[]? WorkspaceFolders,
    ClientCapabilities? Capabilities,
    JsonElement? InitializationOptions,
    string? Locale);

/// <summary>The parts of the client's capabilities the server adapts to.</summary>
public sealed record ClientCapabilities(TextDocumentClientCapabilities? TextDocument, WorkspaceClientCapabilities? Workspace);

public sealed record TextDocumentClientCapabilities(JsonElement? Diagnostic);

public sealed record WorkspaceClientCapabilities(DiagnosticWorkspaceClientCapabilities? Diagnostics, DidChangeWatchedFilesClientCapabilities? DidChangeWatchedFiles);

public sealed record DiagnosticWorkspaceClientCapabilities(bool? RefreshSupport);

public sealed record DidChangeWatchedFilesClientCapabilities(bool? DynamicRegistration);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record ServerInfo(string Name, string Version);

public sealed record ServerCapabilities(
    TextDocumentSyncOptions TextDocumentSync,
    bool HoverProvider,
    CodeActionOptions CodeActionProvider,
    ExecuteCommandOptions ExecuteCommandProvider,
    DiagnosticOptions? DiagnosticProvider);

public sealed record TextDocumentSyncOptions(bool OpenClose, int Change);

public static class TextDocumentSyncKind
{
    /// <summary>Changes come as edits of ranges (a change without a range still replaces the whole text).</summary>
    public const int Incremental = 2;
}

public sealed record CodeActionOptions(string[] CodeActionKinds);

public sealed record ExecuteCommandOptions(string[] Commands);

/// <summary>The 3.17 pull model: NarrativeLint's findings depend on other files (NL2001).</summary>
public sealed record DiagnosticOptions(string Identifier, bool InterFileDependencies, bool WorkspaceDiagnostics);

public sealed record Registration(string Id, string Method, object? RegisterOptions);

public sealed record RegistrationParams(Registration[] Registrations);

public sealed record DidChangeWatchedFilesRegistrationOptions(FileSystemWatcher[] Watchers);

public sealed record FileSystemWatcher(string GlobPattern);
