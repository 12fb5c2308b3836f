using Microsoft.Extensions.FileSystemGlobbing;
using NarrativeLint.Registry;

namespace NarrativeLint.Engine;

/// <summary>Assigns a document to a registry channel by the channel's include globs (first match wins).</summary>
sealed class ChannelAssignment
{
    readonly List<(ChannelRule Rule, Matcher Matcher)> _channels;

    public ChannelAssignment(BrandRegistry registry)
    {
        _channels = registry.Channels
            .Where(c => !c.Include.IsDefaultOrEmpty)
            .Select(c =>
            {
                var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
                matcher.AddIncludePatterns(c.Include);
                return (c, matcher);
            })
            .ToList();
    }

    /// <summary>
    /// The channel id whose globs match the path, or null. Globs are tried against the path and each of its tails,
    /// so <c>social/**</c> matches <c>samples/social/x.yaml</c> whichever folder the run was started from.
    /// </summary>
    public string? ChannelOf(string displayPath)
    {
        var relative = displayPath.Replace('\\', '/').TrimStart('.', '/');
        foreach (var (rule, matcher) in _channels)
            for (var tail = relative; tail.Length > 0; tail = tail.IndexOf('/') is var slash and >= 0 ? tail[(slash + 1)..] : "")
                if (matcher.Match(tail).HasMatches) return rule.Id;
        return null;
    }
}
