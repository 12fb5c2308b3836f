namespace NarrativeLint.Channels;

/// <summary>What an e-mail's headers say about it, for the marketing-email rules (NL5020, NL5021).</summary>
public sealed record EmailFacts
{
    /// <summary>The From header with its encoded words decoded: <c>Velocell Offers &lt;offers@velocell.example&gt;</c>.</summary>
    public string? Sender { get; init; }

    /// <summary>Whether the mail is marketing (bulk, campaign or List-Unsubscribe) rather than a transactional reply; null when the headers do not say.</summary>
    public bool? Marketing { get; init; }

    /// <summary>Whether the message has a List-Unsubscribe header (RFC 2369), which mail clients show as an unsubscribe button.</summary>
    public bool HasUnsubscribeHeader { get; init; }
}
