using System.Diagnostics;

namespace NarrativeLint.Reporting.History;

/// <summary>The commit a run checked: <c>git rev-parse HEAD</c> in its working directory.</summary>
public static class SourceRevision
{
    /// <summary>The commit hash, or null outside a repository or without git.</summary>
    public static string? Of(string workingDirectory)
    {
        try
        {
            var start = new ProcessStartInfo("git", ["rev-parse", "HEAD"])
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var git = Process.Start(start)!;
            var output = git.StandardOutput.ReadToEndAsync();
            git.StandardError.ReadToEndAsync();
            if (!git.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                git.Kill();
                return null;
            }
            var revision = output.Result.Trim();
            return git.ExitCode == 0 && revision.Length > 0 ? revision : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
