using Microsoft.CodeAnalysis;

namespace NarrativeLint.Engine;

/// <summary>A diagnostic as the engine reports it: where it is, on which channel, and whether it is suppressed.</summary>
/// <param name="Path">The file's path as shown to the user.</param>
/// <param name="Channel">The document's channel, carried into every output.</param>
/// <param name="PositionNote">More than line and column where the file needs it ("paragraph 4", "cue 00:00:08.200").</param>
/// <param name="Suppression">The justification of the inline suppression that silences it, if any.</param>
public sealed record Finding(Diagnostic Diagnostic, string Path, string? Channel, string? Language, string? PositionNote, string? Suppression = null)
{
    public string Id => Diagnostic.Id;
    public DiagnosticSeverity Severity => Diagnostic.Severity;
    /// <summary>The message in English, as JSON, SARIF, baselines, fingerprints and the history store keep it.</summary>
    public string Message => Diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
    /// <summary>The message in <paramref name="culture"/>'s language where DiagnosticMessages has a translation, else in English.</summary>
    public string MessageIn(System.Globalization.CultureInfo culture) => Diagnostic.GetMessage(culture);
    public bool IsSuppressed => Suppression is not null;
    /// <summary>False for a finding about the run itself (a rule that failed to start), which has no file to point at.</summary>
    public bool HasLocation => Diagnostic.Location.Kind != LocationKind.None;
    /// <summary>The finding is in the baseline the run was given: reported as unchanged, not counted for the exit code.</summary>
    public bool IsBaselined { get; init; }
    public FileLinePositionSpan LineSpan => Diagnostic.Location.GetLineSpan();
    public string? Property(string key) => Diagnostic.Properties.TryGetValue(key, out var value) ? value : null;

    /// <summary>Deterministic report order: file, position, then ID and message.</summary>
    public static readonly IComparer<Finding> Order = Comparer<Finding>.Create((a, b) =>
    {
        int c = string.CompareOrdinal(a.Path, b.Path);
        if (c != 0) return c;
        var (sa, sb) = (a.LineSpan.StartLinePosition, b.LineSpan.StartLinePosition);
        c = sa.CompareTo(sb);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Id, b.Id);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    });
}
