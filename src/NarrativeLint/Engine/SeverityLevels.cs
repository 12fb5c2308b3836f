using Microsoft.CodeAnalysis;

namespace NarrativeLint.Engine;

/// <summary>The severity words users write in overrides (<c>--severity NL4=error</c>, configuration, editor settings), as Roslyn's <c>.editorconfig</c> does.</summary>
public static class SeverityLevels
{
    public static readonly string[] Names = ["error", "warning", "info", "hidden", "none"];

    /// <summary>
    /// Parses <c>error</c>, <c>warning</c>, <c>info</c>, <c>hidden</c> or <c>none</c> (null: the rule is off).
    /// </summary>
    public static bool TryParse(string text, out DiagnosticSeverity? level)
    {
        level = text.Trim().ToLowerInvariant() switch
        {
            "error" => DiagnosticSeverity.Error,
            "warning" => DiagnosticSeverity.Warning,
            "info" => DiagnosticSeverity.Info,
            "hidden" => DiagnosticSeverity.Hidden,
            _ => null,
        };
        return level is not null || text.Trim().Equals("none", StringComparison.OrdinalIgnoreCase);
    }
}
