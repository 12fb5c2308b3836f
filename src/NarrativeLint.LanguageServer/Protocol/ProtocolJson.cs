using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using NarrativeLint.LanguageServer.Server;

namespace NarrativeLint.LanguageServer.Protocol;

/// <summary>
/// The JSON contracts of every structure the server reads and writes, generated at build time: an ahead-of-time
/// compiled server (the native publish) has no reflection to serialize them by. Options as <see cref="LanguageServerHost.SerializerOptions"/>.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
// Requests and notifications the client sends.
[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(DidOpenTextDocumentParams))]
[JsonSerializable(typeof(DidChangeTextDocumentParams))]
[JsonSerializable(typeof(DidCloseTextDocumentParams))]
[JsonSerializable(typeof(DocumentDiagnosticParams))]
[JsonSerializable(typeof(TextDocumentPositionParams))]
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(DidChangeWatchedFilesParams))]
[JsonSerializable(typeof(DidChangeConfigurationParams))]
[JsonSerializable(typeof(ExecuteCommandParams))]
// Answers, and what the server sends on its own.
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(DocumentDiagnosticReport))]
[JsonSerializable(typeof(Hover))]
[JsonSerializable(typeof(CodeAction[]))]
[JsonSerializable(typeof(MemoryReport))]
[JsonSerializable(typeof(NarrativeLintServer.WorkspaceCheckSummary))]
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(ShowMessageParams))]
[JsonSerializable(typeof(RegistrationParams))]
// A registration's options are typed object: serialized by what they are.
[JsonSerializable(typeof(DidChangeWatchedFilesRegistrationOptions))]
// Argument and result values of declared type object, and a diagnostic's data.
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(ImmutableDictionary<string, string?>))]
internal sealed partial class ProtocolJson : JsonSerializerContext;
