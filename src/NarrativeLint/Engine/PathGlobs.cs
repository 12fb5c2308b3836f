using Microsoft.Extensions.FileSystemGlobbing;

namespace NarrativeLint.Engine;

/// <summary>
/// Globs matched against a displayed path and each of its tails, so <c>social/**</c> matches
/// <c>samples/social/x.yaml</c> whichever folder the run was started from.
/// </summary>
sealed class PathGlobs
{
    readonly Matcher _matcher = new(StringComparison.OrdinalIgnoreCase);

    // Per glob, the literal pieces every path it matches contains (null: no such piece can be named, always ask
    // the matcher). Asking the matcher costs about 20 µs per tail and channel, and most paths match no glob.
    readonly string[]?[] _requiredPieces;

    public PathGlobs(IEnumerable<string> globs)
    {
        var list = globs.ToList();
        _matcher.AddIncludePatterns(list);
        _requiredPieces = list.Select(RequiredPieces).ToArray();
    }

    public bool Matches(string displayPath)
    {
        var relative = displayPath.Replace('\\', '/').TrimStart('.', '/');
        if (!MayMatch(relative)) return false;
        for (var tail = relative; tail.Length > 0; tail = tail.IndexOf('/') is var slash and >= 0 ? tail[(slash + 1)..] : "")
            if (_matcher.Match(tail).HasMatches) return true;
        return false;
    }

    bool MayMatch(string relative)
    {
        foreach (var pieces in _requiredPieces)
            if (pieces is null || pieces.All(piece => relative.Contains(piece, StringComparison.OrdinalIgnoreCase)))
                return true;
        return false;
    }

    /// <summary>
    /// The text between separators and wildcards: a literal segment or a wildcard segment's literal parts match
    /// only names that contain them. Null when the glob walks up or has no literal text.
    /// </summary>
    static string[]? RequiredPieces(string glob)
    {
        var segments = glob.Split('/', '\\');
        if (segments.Any(s => s is "." or "..")) return null;
        var pieces = segments.SelectMany(s => s.Split('*', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        return pieces.Length == 0 ? null : pieces;
    }
}
