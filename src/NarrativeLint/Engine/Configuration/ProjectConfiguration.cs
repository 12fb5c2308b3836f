using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace NarrativeLint.Engine.Configuration;

/// <summary>
/// A project's <c>narrativelint.yaml</c>: where its registry and language packs are, which files to check, channel
/// and severity settings, the failure threshold, the UI language, the history store and the docs' base URL.
/// Paths are absolute, resolved against the file's folder; globs are kept as written.
/// </summary>
public sealed record ProjectConfiguration
{
    /// <summary>The configuration file itself.</summary>
    public required string File { get; init; }
    public ImmutableArray<string> Registry { get; init; } = [];
    /// <summary>Built-in regulated-claims catalogues to enable; null leaves the choice to the registry.</summary>
    public ImmutableArray<string>? Catalogues { get; init; }
    /// <summary>Language pack files to load beside the built-in ones.</summary>
    public ImmutableArray<string> Languages { get; init; } = [];
    public ImmutableArray<string> Include { get; init; } = [];
    public ImmutableArray<string> Exclude { get; init; } = [];
    public ImmutableArray<ChannelMapping> Channels { get; init; } = [];
    /// <summary>Severity per ID or ID family for every file, then per path glob, in the order written.</summary>
    public ImmutableArray<SeverityScope> Severities { get; init; } = [];
    /// <summary><c>error</c>, <c>warning</c> or <c>none</c>; null when the file does not say.</summary>
    public string? FailOn { get; init; }
    public string? UiLanguage { get; init; }
    /// <summary>The history store every check records its run in (as <c>--history</c> does).</summary>
    public string? History { get; init; }
    /// <summary>The folder every check keeps its cache of analysed documents in (as <c>--cache</c> does).</summary>
    public string? Cache { get; init; }
    /// <summary>Base URL of the diagnostics' help pages (<c>…/NL1001.md</c> is appended), for SARIF <c>helpUri</c>.</summary>
    public string? DocsUrl { get; init; }
    /// <summary>Files larger than this many MB are reported (NL0005) and not read; <c>--max-file-size</c> wins.</summary>
    public int? MaxFileMegabytes { get; init; }
    /// <summary>Seconds one file may take to read and check (NL0011), 0 for no budget; <c>--max-file-time</c> wins.</summary>
    public int? MaxFileSeconds { get; init; }

    /// <summary>The engine options with this file's file selection, channel mapping and severities.</summary>
    public EngineOptions ApplyTo(EngineOptions options) => options with
    {
        Include = Include,
        Exclude = Exclude,
        Channels = Channels,
        SeverityScopes = Severities,
    };
}
