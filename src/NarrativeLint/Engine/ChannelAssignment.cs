using NarrativeLint.Registry;

namespace NarrativeLint.Engine;

/// <summary>
/// Assigns a document to a channel by include globs: the project configuration's channel mapping first, then the
/// registry channels' <c>include</c> (first match wins).
/// </summary>
sealed class ChannelAssignment
{
    readonly List<(string Channel, PathGlobs Globs)> _channels;

    public ChannelAssignment(BrandRegistry registry, IEnumerable<ChannelMapping> configured)
    {
        _channels = configured
            .Select(c => (c.Channel, new PathGlobs(c.Include)))
            .Concat(registry.Channels.Where(c => !c.Include.IsDefaultOrEmpty).Select(c => (c.Id, new PathGlobs(c.Include))))
            .ToList();
    }

    /// <summary>The channel id whose globs match the path (or a tail of it), or null.</summary>
    public string? ChannelOf(string displayPath) =>
        _channels.FirstOrDefault(c => c.Globs.Matches(displayPath)).Channel;
}
