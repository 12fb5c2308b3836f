using System.Text.Json;

namespace NarrativeLint.LanguageServer.Protocol;

public sealed record DidChangeWatchedFilesParams(FileEvent[] Changes);

/// <summary>A file created, changed or deleted; the server analyses it again (or drops it) whichever it is.</summary>
public sealed record FileEvent(string Uri, int Type);

public sealed record DidChangeConfigurationParams(JsonElement? Settings);

public sealed record ExecuteCommandParams(string Command, JsonElement[]? Arguments);
