using NarrativeLint.Registry;

namespace NarrativeLint.Analyzers;

internal static class ClaimRuleExtensions
{
    /// <summary>Whether the rule applies on <paramref name="channel"/>: rules without a channel list apply everywhere.</summary>
    public static bool AppliesTo(this ClaimRule rule, string? channel) =>
        rule.Channels.IsDefaultOrEmpty || channel is not null && rule.Channels.Contains(channel, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The descriptor the rule reports under. The registry loader rejects ids no analyzer supports; one that still
    /// reaches here is a bug to surface (NL0008), not a reason to report under another rule's id.
    /// </summary>
    public static Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor(this ClaimRule rule) =>
        Descriptors.Find(rule.DiagnosticId) ?? throw new InvalidOperationException($"claim rule '{rule.Id}' names diagnostic {rule.DiagnosticId}, which no rule reports");
}
