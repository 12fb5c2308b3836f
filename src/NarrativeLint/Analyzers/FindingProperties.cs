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
    /// <summary>What a translation finding (NL2002) found different: number, percentage, money, duration, version, date, link, negation or stale.</summary>
    public const string Difference = "difference";

    public static ImmutableDictionary<string, string?> Of(string? commitmentId = null, string? quoted = null, string? fix = null)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string?>();
        if (commitmentId is not null) builder[CommitmentId] = commitmentId;
        if (quoted is not null) builder[Quoted] = quoted;
        if (fix is not null) builder[Fix] = fix;
        return builder.ToImmutable();
    }

    /// <summary>Creates a diagnostic with the properties every reporter understands.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, string? commitmentId, string? quoted, params object?[] args) =>
        Diagnostic.Create(descriptor, location, Of(commitmentId, quoted), [.. args.Select(a => a is string text ? OneLine(text) : a)]);

    /// <summary>Text quoted in a message on one line: a quote that spans lines (a caption cue, a wrapped paragraph) keeps its words, not its breaks.</summary>
    public static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
