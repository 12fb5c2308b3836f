using Microsoft.CodeAnalysis;
using NarrativeLint.Analyzers;
using NarrativeLint.Channels;

namespace NarrativeLint.Engine;

/// <summary>
/// The inline suppressions of one document as line ranges: a next-line comment covers one line, a
/// <c>narrativelint-disable</c> block runs to the first later <c>narrativelint-enable</c> that names one of its IDs
/// (or names none), else to the end of the file. Remembers which suppressions silenced something, so one that
/// suppresses nothing can be reported (NL0009).
/// </summary>
sealed class InlineSuppressions
{
    /// <summary>Findings about suppression comments themselves cannot be silenced by them.</summary>
    static readonly HashSet<string> Unsuppressible = [Descriptors.SuppressionWithoutJustification.Id, Descriptors.SuppressionSuppressesNothing.Id];

    readonly List<(Suppression Comment, int FirstLine, int EndLine)> _scopes = [];
    readonly bool[] _used;

    public InlineSuppressions(IReadOnlyList<Suppression> comments)
    {
        foreach (var comment in comments.Where(c => c.Kind != SuppressionKind.Enable && c.Justification.Length > 0))
            _scopes.Add((comment, comment.Line, EndLine(comment, comments)));
        _used = new bool[_scopes.Count];
    }

    /// <summary>The 0-based line after the last one a suppression covers; <see cref="int.MaxValue"/> for a block never enabled again.</summary>
    public static int EndLine(Suppression comment, IReadOnlyList<Suppression> comments) => comment.Kind == SuppressionKind.NextLine
        ? comment.Line + 1
        : comments.Where(e => e.Kind == SuppressionKind.Enable && e.Line >= comment.Line && (e.Ids.IsEmpty || e.Ids.Any(comment.Ids.Contains)))
            .Select(e => e.Line).DefaultIfEmpty(int.MaxValue).Min();

    /// <summary>The justification of the suppression that covers the diagnostic's first line, marking it used; null when none does.</summary>
    public string? Justify(Diagnostic diagnostic)
    {
        if (Unsuppressible.Contains(diagnostic.Id)) return null;
        var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
        for (int i = 0; i < _scopes.Count; i++)
        {
            var (comment, first, end) = _scopes[i];
            if (line < first || line >= end || !Covers(comment, diagnostic.Id)) continue;
            Volatile.Write(ref _used[i], true);
            return comment.Justification;
        }
        return null;
    }

    /// <summary>Justified suppressions that silenced no finding of the run.</summary>
    public IEnumerable<Suppression> Unused => _scopes.Where((_, i) => !Volatile.Read(ref _used[i])).Select(s => s.Comment);

    static bool Covers(Suppression comment, string id) =>
        comment.Ids.IsEmpty || comment.Ids.Any(prefix => id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
