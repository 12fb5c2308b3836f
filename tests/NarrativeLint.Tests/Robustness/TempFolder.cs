using System.Text;

namespace NarrativeLint.Tests.Robustness;

/// <summary>A folder under the system temp folder that the test owns and deletes when done.</summary>
sealed class TempFolder : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("narrativelint-").FullName;

    public string PathOf(string relative) => System.IO.Path.Combine(Root, relative);

    public string Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    public string Write(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            if (!OperatingSystem.IsWindows())
                foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
                    File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

/// <summary>Where the repository is: the folder holding NarrativeLint.sln above the test's output folder.</summary>
static class Repository
{
    static readonly Lazy<string> Found = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "NarrativeLint.sln"))) return folder.FullName;
        throw new DirectoryNotFoundException("NarrativeLint.sln was not found above " + AppContext.BaseDirectory);
    });

    public static string Root => Found.Value;

    public static string PathOf(string relative) => System.IO.Path.Combine(Root, relative);
}
