using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace NarrativeLint.Engine;

/// <summary>Severity settings that apply to the files <see cref="Paths"/> match, or to every file when it is empty.</summary>
/// <param name="Severities">Severity per diagnostic ID or ID prefix ("NL4", "NL4001"); <c>null</c> turns the rule off.</param>
public sealed record SeverityScope(ImmutableArray<string> Paths, ImmutableDictionary<string, DiagnosticSeverity?> Severities);

/// <summary>
/// Decides a diagnostic's severity, the most specific setting winning: the command line's <see cref="EngineOptions.Severities"/>
/// over the configuration's path-glob scopes (a later scope over an earlier one) over its scopes for every file; inside one
/// of them, a longer ID prefix over a shorter one.
/// </summary>
sealed class SeverityPolicy
{
    readonly ImmutableDictionary<string, DiagnosticSeverity?> _commandLine;
    readonly List<(PathGlobs? Globs, ImmutableDictionary<string, DiagnosticSeverity?> Severities)> _scopes;

    public SeverityPolicy(EngineOptions options)
    {
        _commandLine = options.Severities;
        // Tried in this order: path scopes, last first, then scopes for every file, last first.
        _scopes = options.SeverityScopes.Reverse()
            .OrderBy(s => s.Paths.IsDefaultOrEmpty)
            .Select(s => (s.Paths.IsDefaultOrEmpty ? null : new PathGlobs(s.Paths), s.Severities))
            .ToList();
    }

    /// <summary>The settings that can apply in one file, most specific layer first.</summary>
    public IReadOnlyList<ImmutableDictionary<string, DiagnosticSeverity?>> LayersFor(string displayPath) =>
        [_commandLine, .. _scopes.Where(s => s.Globs is null || s.Globs.Matches(displayPath)).Select(s => s.Severities)];

    /// <summary>Whether a layer sets the diagnostic's severity, and to what (null: off).</summary>
    public static bool TryResolve(IReadOnlyList<ImmutableDictionary<string, DiagnosticSeverity?>> layers, string id, out DiagnosticSeverity? severity)
    {
        foreach (var layer in layers)
        {
            var key = layer.Keys.Where(k => id.StartsWith(k, StringComparison.OrdinalIgnoreCase)).MaxBy(k => k.Length);
            if (key is null) continue;
            severity = layer[key];
            return true;
        }
        severity = null;
        return false;
    }
}
