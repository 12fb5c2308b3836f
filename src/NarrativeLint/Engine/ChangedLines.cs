using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace NarrativeLint.Engine;

/// <summary>
/// The lines changed since a git revision, from <c>git diff --unified=0 REV</c> (working tree against REV) plus untracked
/// files, which count as changed throughout. Binary files (Word documents) have no lines in a diff: a changed one counts whole.
/// </summary>
public sealed partial class ChangedLines
{
    /// <summary>Changed 1-based line numbers by full path; null means the whole file.</summary>
    readonly Dictionary<string, HashSet<int>?> _files;

    ChangedLines(Dictionary<string, HashSet<int>?> files) => _files = files;

    /// <summary>Asks git, in <paramref name="workingDirectory"/>; fails with the git message when the revision or the repository is wrong.</summary>
    public static ChangedLines Since(string revision, string workingDirectory)
    {
        var root = Git(workingDirectory, "rev-parse", "--show-toplevel").Trim();
        var changed = Parse(Git(workingDirectory, "-c", "core.quotePath=false", "diff", "--unified=0", "--no-color", "--no-ext-diff", revision, "--"), root);
        foreach (var untracked in Git(workingDirectory, "-c", "core.quotePath=false", "ls-files", "--others", "--exclude-standard", "--full-name").Split('\n', StringSplitOptions.RemoveEmptyEntries))
            changed._files[Full(root, untracked)] = null;
        return changed;
    }

    /// <summary>Reads a unified diff whose paths are relative to <paramref name="root"/>.</summary>
    public static ChangedLines Parse(string diff, string root)
    {
        var files = new Dictionary<string, HashSet<int>?>(PathComparer);
        string? current = null;
        foreach (var line in diff.Split('\n'))
        {
            if (line.StartsWith("diff --git ", StringComparison.Ordinal))
            {
                // Until a +++ line names it, the file is the "b/" side of the header (binary and mode-only changes have no +++).
                current = DiffHeader().Match(line) is { Success: true } header ? Full(root, header.Groups["b"].Value) : null;
                if (current is not null) files[current] = [];
            }
            else if (line.StartsWith("+++ ", StringComparison.Ordinal))
            {
                var target = Unquote(line[4..].TrimEnd('\r'));
                current = target == "/dev/null" ? null : Full(root, target.StartsWith("b/", StringComparison.Ordinal) ? target[2..] : target);
                if (current is not null && !files.ContainsKey(current)) files[current] = [];
            }
            else if (line.StartsWith("Binary files ", StringComparison.Ordinal) && current is not null)
                files[current] = null;
            else if (current is not null && files[current] is { } lines && Hunk().Match(line) is { Success: true } hunk)
            {
                int start = int.Parse(hunk.Groups["start"].Value);
                int count = hunk.Groups["count"].Success ? int.Parse(hunk.Groups["count"].Value) : 1;
                // A deletion (count 0) touches the lines on either side of where the text was.
                if (count == 0) { lines.Add(Math.Max(1, start)); lines.Add(start + 1); }
                for (int i = 0; i < count; i++) lines.Add(start + i);
            }
        }
        return new ChangedLines(files);
    }

    /// <summary>
    /// Whether a finding is about changed text: its own location or one of its related locations is on a changed line.
    /// A finding about the run itself (a rule that failed) has no line and always counts.
    /// </summary>
    public bool Touches(Finding finding, string workingDirectory) =>
        !finding.HasLocation || Touches(finding.Diagnostic.Location, workingDirectory) || finding.Diagnostic.AdditionalLocations.Any(l => Touches(l, workingDirectory));

    bool Touches(Location location, string workingDirectory)
    {
        var span = location.GetLineSpan();
        if (!_files.TryGetValue(Path.GetFullPath(span.Path, workingDirectory), out var lines)) return false;
        if (lines is null) return true;
        for (int line = span.StartLinePosition.Line + 1; line <= span.EndLinePosition.Line + 1; line++)
            if (lines.Contains(line)) return true;
        return false;
    }

    static StringComparer PathComparer => OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    static string Full(string root, string relative) => Path.GetFullPath(relative, root);

    /// <summary>git quotes paths with unusual characters ("a\303\251.md"); those are octal-escaped UTF-8 bytes.</summary>
    static string Unquote(string path)
    {
        if (path.Length < 2 || path[0] != '"' || path[^1] != '"') return path;
        var bytes = new List<byte>();
        for (int i = 1; i < path.Length - 1; i++)
        {
            if (path[i] != '\\') { bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(path[i].ToString())); continue; }
            var next = path[++i];
            if (next is >= '0' and <= '7' && i + 2 < path.Length - 1)
            {
                bytes.Add(Convert.ToByte(path.Substring(i, 3), 8));
                i += 2;
            }
            else bytes.Add((byte)(next switch { 'n' => '\n', 't' => '\t', _ => next }));
        }
        return System.Text.Encoding.UTF8.GetString([.. bytes]);
    }

    static string Git(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["GIT_PAGER"] = "cat";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("git could not be started");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {error.Result.Trim()}");
        return output;
    }

    [GeneratedRegex(@"^diff --git a/.*? b/(?<b>.*)$")]
    private static partial Regex DiffHeader();

    [GeneratedRegex(@"^@@ -\d+(?:,\d+)? \+(?<start>\d+)(?:,(?<count>\d+))? @@")]
    private static partial Regex Hunk();
}
