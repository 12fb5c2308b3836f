using System.Text.Json;

namespace NarrativeLint.LanguageServer.Protocol;

public sealed record DidChangeWatchedFilesParams(FileEvent[] Changes);

public sealed record FileEvent(string Uri, int Type);

public static class FileChangeType
{
    public const int Created = 1;
    public const int Changed = 2;
    public const int Deleted = 3;
}

public sealed record DidChangeConfigurationParams(JsonElement? Settings);

public sealed record ExecuteCommandParams(string Command, JsonElement[]? Arguments);
