using System.Text.RegularExpressions;

namespace NarrativeLint.Analyzers;

/// <summary>
/// Matches phrases on the surface text, case-insensitively and as whole words, for wording whose exact form
/// matters (disclosure tags like "#ad", unsubscribe links): stems would blur "#ad" into the Italian "ad".
/// </summary>
internal sealed class SurfacePhrases
{
    readonly string? _pattern;

    /// <summary>
    /// Built on the first text asked about, and interpreted, not compiled: only sponsored posts and marketing mail are
    /// asked about, and compiling the pattern (emitting and JIT-compiling its code) cost every run tens of milliseconds
    /// at start-up, most of them for a site that has neither (bench/results.md, eighth session).
    /// </summary>
    Regex? _regex;

    public SurfacePhrases(IEnumerable<string> phrases)
    {
        var alternatives = phrases.Where(p => p.Trim().Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(p => p.Length).Select(p => Regex.Escape(p.Trim())).ToList();
        if (alternatives.Count > 0)
            _pattern = $@"(?<![\p{{L}}\p{{N}}_])(?:{string.Join("|", alternatives)})(?![\p{{L}}\p{{N}}_])";
    }

    public bool IsEmpty => _pattern is null;

    public bool FoundIn(string text)
    {
        if (_pattern is null) return false;
        // Two threads may both build it for their first texts: either one matches alike.
        var regex = _regex ??= new Regex(_pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return regex.IsMatch(text);
    }
}
