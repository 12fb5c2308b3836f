using NarrativeLint.Registry;

namespace NarrativeLint.Analyzers;

public static class ClaimRuleExtensions
{
    /// <summary>Whether the rule applies on <paramref name="channel"/>: rules without a channel list apply everywhere.</summary>
    public static bool AppliesTo(this ClaimRule rule, string? channel) =>
        rule.Channels.IsDefaultOrEmpty || channel is not null && rule.Channels.Contains(channel, StringComparer.OrdinalIgnoreCase);
}
