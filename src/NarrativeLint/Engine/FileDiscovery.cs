namespace NarrativeLint.Engine;

/// <summary>Expands the paths a user gave into the files to check, in a stable order.</summary>
internal static class FileDiscovery
{
    static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "node_modules", "bin", "obj" };

    /// <summary>Files under each path (folders recursively, skipping hidden and build folders); explicit files are kept as given.</summary>
    public static IEnumerable<(string Path, bool Explicit)> Expand(IEnumerable<string> paths)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path))) yield return (path, true);
                continue;
            }
            if (!Directory.Exists(path))
            {
                yield return (path, true);
                continue;
            }
            foreach (var file in Walk(path).Order(StringComparer.Ordinal))
                if (seen.Add(Path.GetFullPath(file))) yield return (file, false);
        }
    }

    static IEnumerable<string> Walk(string root)
    {
        var pending = new Stack<string>([root]);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            IEnumerable<string> files, folders;
            try
            {
                files = Directory.EnumerateFiles(folder).ToList();
                folders = Directory.EnumerateDirectories(folder).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            foreach (var file in files)
                if (!Path.GetFileName(file).StartsWith('.')) yield return file;
            foreach (var sub in folders)
            {
                var name = Path.GetFileName(sub);
                if (!name.StartsWith('.') && !SkippedFolders.Contains(name)) pending.Push(sub);
            }
        }
    }
}
