using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace NarrativeLint.Engine;

/// <summary>How a run is configured; the CLI, the language server and tests all build one of these.</summary>
public sealed record EngineOptions
{
    /// <summary>Files larger than this are reported (NL0005) and not read, so one file cannot exhaust memory.</summary>
    public long MaxFileBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Severity per diagnostic ID or ID prefix ("NL4" or "NL4001"); <c>null</c> turns the rule off.</summary>
    public ImmutableDictionary<string, DiagnosticSeverity?> Severities { get; init; } = ImmutableDictionary<string, DiagnosticSeverity?>.Empty;

    /// <summary>Working directory that displayed paths are relative to.</summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>The language translations are made from: in a pair of translations, its document is the source. Unset, the registry's first language is.</summary>
    public string? DefaultLanguage { get; init; }

    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}
