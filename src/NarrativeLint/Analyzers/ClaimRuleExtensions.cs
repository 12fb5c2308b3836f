using NarrativeLint.Language;
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

    /// <summary>
    /// The sentence's phrases that are claims of <paramref name="rules"/>, with their rule: the longest at a position
    /// first, since it is the claim ("eco-friendly", not its "eco"; "boosts your immune system", not a word inside it);
    /// one phrase claimed by several rules in the order of their checks in <paramref name="checksInOrder"/>, when given.
    /// </summary>
    public static IEnumerable<(PhraseMatch Match, ClaimRule Rule)> ClaimsOf(this AnalyzedSentence sentence, IReadOnlyDictionary<string, ClaimRule> rules,
        ClaimCheck[]? checksInOrder = null)
    {
        var claims = new List<(PhraseMatch Match, ClaimRule Rule)>();
        foreach (var match in sentence.Phrases)
            if (match.Phrase.Role == PhraseRole.Claim && rules.TryGetValue(match.Phrase.OwnerId, out var rule) && Inflects(sentence, match))
                claims.Add((match, rule));
        return claims.OrderBy(c => c.Match.Tokens.Start.Value).ThenByDescending(c => c.Match.Tokens.End.Value)
            .ThenBy(c => checksInOrder is null ? 0 : Array.IndexOf(checksInOrder, c.Rule.Check));
    }

    /// <summary>
    /// A one-word claim found through its stem is the same word inflected ("sustentáveis" for "sustentável"), not
    /// another word a stemmer cuts the same ("sustentam", they support): the two share all but the phrase's last two letters.
    /// </summary>
    static bool Inflects(AnalyzedSentence sentence, PhraseMatch match)
    {
        var phrase = match.Phrase.Text;
        if (match.TokenCount(sentence.Sentence.Tokens.Length) != 1 || phrase.Contains(' ')) return true;
        // Accents folded: "détox" is the catalogue's "detox".
        var word = Text.LatinAccents.Fold(sentence.Sentence.Tokens[match.Tokens.Start.Value].Text);
        var folded = Text.LatinAccents.Fold(phrase);
        int shared = Math.Max(1, folded.Length - 2);
        return word.Length >= shared && string.Compare(word, 0, folded, 0, shared, StringComparison.OrdinalIgnoreCase) == 0;
    }

    /// <summary>
    /// Whether a context word of the rule is what the claim's verb acts on: it starts within <see cref="ObjectReach"/>
    /// words after the phrase, with only words between (an elided article's apostrophe or a hyphen aside; "supports a healthy heart", "potenzia le tue difese naturali").
    /// </summary>
    public static bool HasContextAfter(this AnalyzedSentence sentence, PhraseMatch claim, string ruleId)
    {
        var tokens = sentence.Sentence.Tokens;
        int end = claim.Tokens.End.GetOffset(tokens.Length);
        foreach (var match in sentence.Phrases)
        {
            if (match.Phrase.Role != PhraseRole.ClaimContext || match.Phrase.OwnerId != ruleId) continue;
            int start = match.Tokens.Start.GetOffset(tokens.Length), words = 0;
            if (start < end) continue;
            for (int i = end; i < start && words <= ObjectReach; i++)
                words += tokens[i].Kind == TokenKind.Word ? 1 : tokens[i].Text is "'" or "’" or "-" ? 0 : ObjectReach + 1;
            if (words <= ObjectReach) return true;
        }
        return false;
    }

    /// <summary>How many words may stand between a claim's verb and what it acts on: a determiner and an adjective or two.</summary>
    const int ObjectReach = 3;

    /// <summary>Whether any sentence of the document holds a claim phrase of <paramref name="rules"/>: most documents hold none.</summary>
    public static bool HasClaimOf(this AnalyzedDocument document, IReadOnlyDictionary<string, ClaimRule> rules) =>
        document.Sentences.Any(s => s.Phrases.Any(p => p.Phrase.Role == PhraseRole.Claim && rules.ContainsKey(p.Phrase.OwnerId)));

    /// <summary>
    /// Reports the rule's finding on the claim phrase, quoting it as the file shows it, with the rule's legal source;
    /// with a <paramref name="confidence"/> when the rule weighed weak evidence (an error then reports as a warning).
    /// </summary>
    public static void ReportClaim(this DocumentAnalysisContext ctx, AnalyzedSentence sentence, PhraseMatch match, ClaimRule rule, double? confidence = null)
    {
        var document = ctx.Document;
        var span = sentence.SpanOf(match.Tokens);
        var quoted = document.Quote(sentence.Segment, span);
        var location = document.LocationOf(sentence.Segment, span);
        ctx.ReportDiagnostic(confidence is { } weight
            ? FindingProperties.Create(rule.Descriptor(), location, rule.Id, quoted, weight, quoted, rule.LegalSource)
            : FindingProperties.Create(rule.Descriptor(), location, rule.Id, quoted, quoted, rule.LegalSource));
    }
}
