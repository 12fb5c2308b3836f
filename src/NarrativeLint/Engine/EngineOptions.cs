using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace NarrativeLint.Engine;

/// <summary>How a run is configured; the CLI, the language server and tests all build one of these.</summary>
public sealed record EngineOptions
{
    /// <summary>Files larger than this are reported (NL0005) and not read, so one file cannot exhaust memory.</summary>
    public long MaxFileBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>
    /// The time one file may take to read and check; a file over it is reported (NL0011) instead of its findings, and
    /// the run goes on. Generous, so that on a working machine no file comes near it and output stays the same
    /// run after run; <see cref="TimeSpan.Zero"/> turns it off.
    /// </summary>
    public TimeSpan MaxFileTime { get; init; } = DefaultMaxFileTime;

    public static readonly TimeSpan DefaultMaxFileTime = TimeSpan.FromSeconds(60);

    /// <summary>Severity per diagnostic ID or ID prefix ("NL4" or "NL4001"); <c>null</c> turns the rule off.</summary>
    public ImmutableDictionary<string, DiagnosticSeverity?> Severities { get; init; } = ImmutableDictionary<string, DiagnosticSeverity?>.Empty;

    /// <summary>Severity settings of the project configuration, per path glob or for every file; <see cref="Severities"/> win over them.</summary>
    public ImmutableArray<SeverityScope> SeverityScopes { get; init; } = [];

    /// <summary>Channels by path glob from the project configuration, tried before the registry's channel globs.</summary>
    public ImmutableArray<ChannelMapping> Channels { get; init; } = [];

    /// <summary>Only files whose displayed path matches one of these globs are checked; empty means every file.</summary>
    public ImmutableArray<string> Include { get; init; } = [];

    /// <summary>Files whose displayed path matches one of these globs are not checked, even when named on the command line.</summary>
    public ImmutableArray<string> Exclude { get; init; } = [];

    /// <summary>Working directory that displayed paths are relative to.</summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>The language translations are made from: in a pair of translations, its document is the source. Unset, the registry's first language is.</summary>
    public string? DefaultLanguage { get; init; }

    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Where analysed documents are kept between runs (<c>--cache</c>): a file whose entry is there is not read or
    /// analysed again. Used by checks of files on disk and by <see cref="NarrativeEngine.Analyze"/>; never changes a result.
    /// </summary>
    public Cache.DocumentCache? Cache { get; init; }

    /// <summary>
    /// Keep every document's segments and sentences in the result (<c>annotate</c> shows them). Otherwise a check of
    /// files on disk keeps of each document, once analysed, what the rest of the run needs: its source text, metadata,
    /// suppressions and what corpus-end rules derived from it, so memory grows with the facts, not with the text.
    /// </summary>
    public bool KeepSentences { get; init; }

    /// <summary>
    /// Files read and parsed while the run started (<see cref="Engine.ReadAhead"/>): the engine takes them instead of
    /// reading them again. Ignored with a <see cref="Cache"/>.
    /// </summary>
    public ReadAhead? ReadAhead { get; init; }

    /// <summary>Called once per document read, from any thread, so a front end can show progress.</summary>
    public Action? DocumentRead { get; init; }
}

/// <summary>Documents whose path matches <see cref="Include"/> are on <see cref="Channel"/>.</summary>
public sealed record ChannelMapping(string Channel, ImmutableArray<string> Include);
