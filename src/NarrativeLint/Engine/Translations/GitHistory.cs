using System.Collections.Concurrent;
using System.Diagnostics;

namespace NarrativeLint.Engine.Translations;

/// <summary>
/// When each file was last committed, for telling that a source changed after its translation. One
/// <c>git log --name-only</c> per work tree and run, newest commit first, read until every file asked about has
/// been seen; files outside a git work tree, a missing git, or a failing one give no dates, never an error.
/// </summary>
sealed class GitHistory
{
    /// <summary>A history read once per work tree, until its index changes (a commit), so the language server does not run git per keystroke.</summary>
    readonly ConcurrentDictionary<string, (DateTime Index, HashSet<string> Asked, Dictionary<string, DateTimeOffset> Dates)> _read = new(StringComparer.Ordinal);

    /// <summary>How long one <c>git log</c> may run before its dates are given up on.</summary>
    static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    /// <summary>The last commit time of each of <paramref name="paths"/> (full paths of files on disk) that git knows; a file's work tree is the nearest folder above it holding <c>.git</c> (a folder, or a file in a linked work tree).</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> LastCommits(IEnumerable<string> paths)
    {
        var dates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        // Files of one folder share its work tree, and folders their parent's: each folder is looked at once, not once per file.
        var treeOf = new Dictionary<string, string>(StringComparer.Ordinal);
        string TreeOf(string? folder)
        {
            if (string.IsNullOrEmpty(folder)) return "";
            if (treeOf.TryGetValue(folder, out var tree)) return tree;
            return treeOf[folder] = Path.Exists(Path.Combine(folder, ".git")) ? folder : TreeOf(Path.GetDirectoryName(folder));
        }
        foreach (var tree in paths.Distinct(StringComparer.Ordinal).GroupBy(p => TreeOf(Path.GetDirectoryName(p)), StringComparer.Ordinal))
        {
            // Outside a work tree nothing is asked of git, nor of the files.
            if (tree.Key.Length == 0) continue;
            var wanted = tree.Where(File.Exists).ToList();
            if (wanted.Count == 0) continue;
            var index = IndexTime(tree.Key);
            if (!_read.TryGetValue(tree.Key, out var known) || known.Index != index || !known.Asked.IsSupersetOf(wanted))
                _read[tree.Key] = known = (index, wanted.ToHashSet(StringComparer.Ordinal), Read(tree.Key, wanted));
            foreach (var path in wanted)
                if (known.Dates.TryGetValue(path, out var date)) dates[path] = date;
        }
        return dates;
    }

    static DateTime IndexTime(string tree)
    {
        var index = Path.Combine(tree, ".git", "index");
        return File.Exists(index) ? File.GetLastWriteTimeUtc(index) : DateTime.MinValue;
    }

    /// <summary>Reads <c>git log</c> under the files' common folder, newest first, until each file has its latest commit.</summary>
    static Dictionary<string, DateTimeOffset> Read(string tree, List<string> paths)
    {
        var dates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var relative = paths.ToDictionary(p => Path.GetRelativePath(tree, p).Replace('\\', '/'), p => p, StringComparer.Ordinal);
        var start = new ProcessStartInfo("git") { WorkingDirectory = tree, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-c", "core.quotePath=false", "log", "--no-renames", "--name-only", "--format=\u0001%cI", "--", CommonFolder(relative.Keys) })
            start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start);
            if (process is null) return dates;
            _ = process.StandardError.ReadToEndAsync();
            var clock = Stopwatch.StartNew();
            DateTimeOffset? commit = null;
            for (var line = process.StandardOutput.ReadLine(); line is not null && dates.Count < relative.Count && clock.Elapsed < Budget; line = process.StandardOutput.ReadLine())
            {
                if (line.StartsWith('\u0001')) commit = DateTimeOffset.TryParse(line[1..], out var at) ? at : null;
                else if (commit is { } at && relative.TryGetValue(line, out var full)) dates.TryAdd(full, at);
            }
            if (!process.HasExited) process.Kill();
            process.WaitForExit();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            // No git on this machine, or it could not run: no dates, and the front matter alone tells what is stale.
        }
        return dates;
    }

    /// <summary>The deepest folder holding all of <paramref name="files"/> ("." for the whole tree), so git walks only their history.</summary>
    static string CommonFolder(IEnumerable<string> files)
    {
        string[]? common = null;
        foreach (var file in files)
        {
            var folders = file.Split('/')[..^1];
            common = common is null ? folders : [.. common.Zip(folders).TakeWhile(p => p.First == p.Second).Select(p => p.First)];
        }
        return common is { Length: > 0 } ? string.Join('/', common) : ".";
    }
}
