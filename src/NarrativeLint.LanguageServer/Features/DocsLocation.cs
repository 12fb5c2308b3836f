namespace NarrativeLint.LanguageServer.Features;

/// <summary>
/// Where the diagnostics' pages are (<c>docs/diagnostics/NL1001.md</c>): the configured base, else the checkout the
/// server was built in, else the workspace's own copy. Editors link each diagnostic's code there.
/// </summary>
public sealed class DocsLocation(string? baseUri)
{
    const string DocsFolder = "docs/diagnostics";

    public string? BaseUri { get; } = baseUri is null ? null : baseUri.TrimEnd('/') + "/";

    public string? PageOf(string id) => BaseUri is null ? null : BaseUri + Uri.EscapeDataString(id) + ".md";

    public static DocsLocation Find(string? configured, string workspaceRoot)
    {
        if (configured is not null) return new DocsLocation(configured);
        foreach (var start in new[] { AppContext.BaseDirectory, workspaceRoot })
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
                if (Directory.Exists(Path.Combine(folder.FullName, DocsFolder)))
                    return new DocsLocation(new Uri(Path.Combine(folder.FullName, DocsFolder) + "/").AbsoluteUri);
        return new DocsLocation(null);
    }
}
