using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace NarrativeLint.Analyzers;

/// <summary>Keys of <see cref="Diagnostic.Properties"/> that reporters carry into JSON and SARIF.</summary>
public static class FindingProperties
{
    /// <summary>The registry entry the finding is about (a commitment, value or claim rule id).</summary>
    public const string CommitmentId = "commitmentId";
    /// <summary>The exact text quoted in the message, as found at the location.</summary>
    public const string Quoted = "quoted";
    /// <summary>Replacement text for the quoted span, where the rule has a safe fix.</summary>
    public const string Fix = "fix";
    /// <summary>The value the text states, as the message describes it ("at most 72 hours").</summary>
    public const string Found = "found";
    /// <summary>The bound the commitment sets, as the message describes it ("at most 24 hours").</summary>
    public const string Bound = "bound";
    /// <summary>What a translation finding (NL2002) found different: number, percentage, money, duration, version, date, link, negation or stale.</summary>
    public const string Difference = "difference";
    /// <summary>How sure the rule is, 0 to 1 (invariant culture), where it weighs its evidence; SARIF turns it into a rank.</summary>
    public const string Confidence = "confidence";

    public static ImmutableDictionary<string, string?> Of(string? commitmentId = null, string? quoted = null, string? fix = null, string? found = null, string? bound = null)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string?>();
        if (commitmentId is not null) builder[CommitmentId] = commitmentId;
        if (quoted is not null) builder[Quoted] = quoted;
        if (fix is not null) builder[Fix] = fix;
        if (found is not null) builder[Found] = found;
        if (bound is not null) builder[Bound] = bound;
        return builder.ToImmutable();
    }

    /// <summary>Creates a diagnostic with the properties every reporter understands.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, string? commitmentId, string? quoted, params object?[] args) =>
        CreateWith(descriptor, location, Of(commitmentId, quoted), args);

    /// <summary>As <see cref="Create"/>, with any set of properties (a fix, the value found and the bound).</summary>
    public static Diagnostic CreateWith(DiagnosticDescriptor descriptor, Location location, ImmutableDictionary<string, string?> properties, params object?[] args) =>
        Diagnostic.Create(descriptor, location, properties, [.. args.Select(a => a is string text ? OneLine(text) : a)]);

    /// <summary>Below this confidence an error-level finding is reported as a warning: weak evidence never makes an error.</summary>
    public const double ErrorConfidence = 0.6;

    /// <summary>
    /// Below this confidence a finding is reported as a note: evidence weakened three times over (a scoped promise with
    /// none of its products named, one cue, far from the value: 0.5 × 0.8 × 0.8) asks a reader to look, it warns of nothing.
    /// </summary>
    public const double NoteConfidence = 0.35;

    /// <summary>
    /// Creates a diagnostic that carries the rule's <paramref name="confidence"/> (0 to 1); an error-level rule whose
    /// evidence is weaker than <see cref="ErrorConfidence"/> reports a warning instead, and any rule's finding weaker
    /// than <see cref="NoteConfidence"/> a note.
    /// </summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, string? commitmentId, string? quoted, double confidence, params object?[] args) =>
        CreateWeighed(descriptor, location, Of(commitmentId, quoted), confidence, args);

    /// <summary>As the <paramref name="confidence"/> overload of <see cref="Create(DiagnosticDescriptor, Location, string?, string?, double, object?[])"/>, with any set of properties.</summary>
    public static Diagnostic CreateWeighed(DiagnosticDescriptor descriptor, Location location, ImmutableDictionary<string, string?> properties, double confidence, params object?[] args)
    {
        var weighed = properties.SetItem(Confidence, confidence.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));
        var severity = descriptor.DefaultSeverity >= DiagnosticSeverity.Warning && confidence < NoteConfidence ? DiagnosticSeverity.Info
            : descriptor.DefaultSeverity == DiagnosticSeverity.Error && confidence < ErrorConfidence ? DiagnosticSeverity.Warning
            : descriptor.DefaultSeverity;
        return Diagnostic.Create(descriptor, location, severity, additionalLocations: null, weighed, [.. args.Select(a => a is string text ? OneLine(text) : a)]);
    }

    /// <summary>Text quoted in a message on one line: a quote that spans lines (a caption cue, a wrapped paragraph) keeps its words, not its breaks.</summary>
    public static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>As <see cref="OneLine(string)"/> for text; words put into a language when the message is (<see cref="LocalizedText"/>) stay as they are.</summary>
    public static object OneLine(object value) => value is string text ? OneLine(text) : value;
}
