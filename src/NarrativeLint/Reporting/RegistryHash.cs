using System.Security.Cryptography;
using System.Text;

namespace NarrativeLint.Reporting;

/// <summary>SHA-256 content hashes of the registry's files: what the report shows and the history keys a run on.</summary>
public static class RegistryHash
{
    /// <summary>The hex SHA-256 of one file's bytes, or null when it cannot be read.</summary>
    public static string? OfFile(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>One hash for the whole registry: each file's name and content hash, in path order.</summary>
    public static string Of(IEnumerable<string> files)
    {
        var manifest = new StringBuilder();
        foreach (var file in files.Order(StringComparer.Ordinal))
            manifest.Append(Path.GetFileName(file)).Append(' ').Append(OfFile(file) ?? "unreadable").Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(manifest.ToString())));
    }
}
