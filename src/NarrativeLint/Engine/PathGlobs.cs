using Microsoft.Extensions.FileSystemGlobbing;

namespace NarrativeLint.Engine;

/// <summary>
/// Globs matched against a displayed path and each of its tails, so <c>social/**</c> matches
/// <c>samples/social/x.yaml</c> whichever folder the run was started from.
/// </summary>
sealed class PathGlobs
{
    readonly Matcher _matcher = new(StringComparison.OrdinalIgnoreCase);

    public PathGlobs(IEnumerable<string> globs) => _matcher.AddIncludePatterns(globs);

    public bool Matches(string displayPath)
    {
        var relative = displayPath.Replace('\\', '/').TrimStart('.', '/');
        for (var tail = relative; tail.Length > 0; tail = tail.IndexOf('/') is var slash and >= 0 ? tail[(slash + 1)..] : "")
            if (_matcher.Match(tail).HasMatches) return true;
        return false;
    }
}
