namespace NarrativeLint.Tests;

/// <summary>The workplace's shared folder (devset, corpus) that sits beside the repository's clone.</summary>
static class SharedData
{
    static readonly Lazy<string> Root = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "devset");
            if (Directory.Exists(candidate)) return Path.Combine(folder.FullName, "shared");
        }
        throw new DirectoryNotFoundException("shared/devset was not found beside the repository");
    });

    public static string Devset => Path.Combine(Root.Value, "devset");
}
