using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace NarrativeLint.Channels;

/// <summary>
/// Reads the body of a suppression comment, whatever the channel's comment syntax around it:
/// <c>narrativelint-disable-next-line NL1001, NL4: justification</c> for the next line, or a block from
/// <c>narrativelint-disable NL1001: justification</c> to <c>narrativelint-enable</c>. The justification is
/// mandatory; a comment without one suppresses nothing (and the engine reports it).
/// </summary>
public static partial class SuppressionComment
{
    [GeneratedRegex(@"narrativelint-(?<kind>disable-next-line|disable|enable)(?:\s+(?<ids>[A-Za-z0-9_, ]*?))?\s*(?::\s*(?<why>.*?))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>Parses a comment body; <paramref name="commentSpan"/> is the comment's span in the source, whose lines decide where it applies.</summary>
    public static Suppression? TryParse(string commentBody, TextSpan commentSpan, SourceText source)
    {
        var match = Pattern().Match(commentBody.Trim());
        if (!match.Success) return null;
        var ids = match.Groups["ids"].Value
            .Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(id => id.ToUpperInvariant())
            .ToImmutableArray();
        int startLine = source.Lines.GetLineFromPosition(commentSpan.Start).LineNumber;
        int endLine = source.Lines.GetLineFromPosition(Math.Max(commentSpan.Start, commentSpan.End - 1)).LineNumber;
        var (kind, line) = match.Groups["kind"].Value switch
        {
            "disable" => (SuppressionKind.Disable, endLine + 1),
            "enable" => (SuppressionKind.Enable, startLine),
            _ => (SuppressionKind.NextLine, endLine + 1),
        };
        return new Suppression(line, ids, match.Groups["why"].Value.Trim(), commentSpan, kind);
    }
}
