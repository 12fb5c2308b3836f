namespace NarrativeLint.LanguageServer.Workspace;

/// <summary>
/// Maps the client's document URIs to the paths the engine shows (relative to the workspace root, as the CLI run
/// from the root would show them) and back. Buffers that are not files (<c>untitled:</c>) get a path whose
/// extension comes from their language, so the right channel reader takes them.
/// </summary>
public sealed class WorkspacePaths(string root)
{
    static readonly Dictionary<string, string> ExtensionByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["markdown"] = ".md", ["html"] = ".html", ["plaintext"] = ".txt", ["text"] = ".txt", ["yaml"] = ".yaml", ["json"] = ".json",
        ["srt"] = ".srt", ["subrip"] = ".srt", ["vtt"] = ".vtt", ["webvtt"] = ".vtt", ["eml"] = ".eml", ["mail"] = ".eml",
    };

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The path of a document as findings name it.</summary>
    public string DisplayPathOf(string uri, string? languageId = null)
    {
        if (FileSystemPath(uri) is { } file) return DisplayPathOfFile(file);
        var name = Uri.TryCreate(uri, UriKind.Absolute, out var parsed) ? parsed.Scheme + "/" + parsed.AbsolutePath.Trim('/') : uri;
        return Path.HasExtension(name) || languageId is null || !ExtensionByLanguage.TryGetValue(languageId, out var extension) ? name : name + extension;
    }

    public string DisplayPathOfFile(string fullPath)
    {
        var relative = Path.GetRelativePath(Root, Path.GetFullPath(fullPath));
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFullPath(fullPath) : relative).Replace('\\', '/');
    }

    /// <summary>The file URI of a displayed path (for related locations and workspace-wide checks).</summary>
    public string UriOf(string displayPath) => new Uri(Path.GetFullPath(Path.Combine(Root, displayPath))).AbsoluteUri;

    /// <summary>The local path of a <c>file:</c> URI, or null for other schemes.</summary>
    public static string? FileSystemPath(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : null;

    /// <summary>The workspace root named by the client: its first folder, its root URI, its root path, else the server's folder.</summary>
    public static string RootOf(Protocol.InitializeParams initialize) =>
        initialize.WorkspaceFolders is { Length: > 0 } folders && FileSystemPath(folders[0].Uri) is { } folder ? folder
        : initialize.RootUri is { } rootUri && FileSystemPath(rootUri) is { } fromUri ? fromUri
        : initialize.RootPath is { Length: > 0 } rootPath ? rootPath
        : Directory.GetCurrentDirectory();
}
