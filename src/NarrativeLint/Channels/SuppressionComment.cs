using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace NarrativeLint.Channels;

/// <summary>
/// Reads the body of a suppression comment, whatever the channel's comment syntax around it:
/// <c>narrativelint-disable-next-line NL1001, NL4: justification</c>. The justification is mandatory;
/// a comment without one is not a suppression (and the engine reports it).
/// </summary>
public static partial class SuppressionComment
{
    [GeneratedRegex(@"narrativelint-disable-next-line\s+(?<ids>[A-Za-z0-9_, ]*?)\s*(?::\s*(?<why>.*?))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>Parses a comment body; <paramref name="commentSpan"/> is the comment's span in the source, whose line decides the next line.</summary>
    public static Suppression? TryParse(string commentBody, TextSpan commentSpan, SourceText source)
    {
        var match = Pattern().Match(commentBody.Trim());
        if (!match.Success) return null;
        var ids = match.Groups["ids"].Value
            .Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(id => id.ToUpperInvariant())
            .ToImmutableArray();
        int endLine = source.Lines.GetLineFromPosition(Math.Max(commentSpan.Start, commentSpan.End - 1)).LineNumber;
        return new Suppression(endLine + 1, ids, match.Groups["why"].Value.Trim(), commentSpan);
    }
}
