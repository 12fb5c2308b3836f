using System.Text.RegularExpressions;

namespace NarrativeLint.Analyzers;

/// <summary>
/// Matches phrases on the surface text, case-insensitively and as whole words, for wording whose exact form
/// matters (disclosure tags like "#ad", unsubscribe links): stems would blur "#ad" into the Italian "ad".
/// </summary>
internal sealed class SurfacePhrases
{
    readonly Regex? _pattern;

    public SurfacePhrases(IEnumerable<string> phrases)
    {
        var alternatives = phrases.Where(p => p.Trim().Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(p => p.Length).Select(p => Regex.Escape(p.Trim())).ToList();
        if (alternatives.Count > 0)
            _pattern = new Regex($@"(?<![\p{{L}}\p{{N}}_])(?:{string.Join("|", alternatives)})(?![\p{{L}}\p{{N}}_])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public bool IsEmpty => _pattern is null;

    public bool FoundIn(string text) => _pattern?.IsMatch(text) ?? false;
}
