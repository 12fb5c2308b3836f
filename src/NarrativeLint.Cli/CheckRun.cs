using System.Collections.Immutable;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using NarrativeLint.Analyzers;
using NarrativeLint.Engine;
using NarrativeLint.Engine.Cache;
using NarrativeLint.Engine.Configuration;
using NarrativeLint.Reporting;
using NarrativeLint.Reporting.History;

namespace NarrativeLint.Cli;

/// <summary>
/// One <c>narrativelint check</c>: open the project, run the engine, keep what changed since a revision, compare with
/// the baseline, report, record the run in the history store if asked, choose the exit code.
/// </summary>
/// <summary>The per-file size and time budgets given on the command line (null: the configuration's, else the engine's default).</summary>
sealed record FileLimits(int? MaxFileMegabytes, int? MaxFileSeconds)
{
    public EngineOptions ApplyTo(EngineOptions options, ProjectConfiguration? configuration)
    {
        var megabytes = MaxFileMegabytes ?? configuration?.MaxFileMegabytes;
        var seconds = MaxFileSeconds ?? configuration?.MaxFileSeconds;
        return options with
        {
            MaxFileBytes = megabytes is { } mb ? Math.Max(1, mb) * 1024L * 1024 : options.MaxFileBytes,
            MaxFileTime = seconds is { } s ? TimeSpan.FromSeconds(Math.Max(0, s)) : options.MaxFileTime,
        };
    }
}

sealed class CheckRun(
    string[] paths,
    string? registryPath,
    string format,
    string? output,
    string? failOn,
    string[] severities,
    bool color,
    FileLimits limits,
    string? history = null,
    string? configPath = null,
    string? baselinePath = null,
    string? writeBaselinePath = null,
    string? changedSince = null,
    bool quiet = false,
    string? uiLanguage = null,
    string? cachePath = null)
{
    public int Execute()
    {
        var started = DateTimeOffset.UtcNow;
        // The files are read and parsed on the other core while this one opens the project; not for a cache, which reads few.
        var filesAhead = cachePath is null ? ReadAhead.Start(paths, Directory.GetCurrentDirectory()) : null;
        if (!TryParseSeverities(out var overrides)) return ExitCodes.Usage;
        // The cache folder's shared files are read on the other core while the packs and the registry load: they are named without them.
        CacheReadAhead? cacheAhead = null;
        if (Project.Open(configPath, registryPath, configured: c => cacheAhead = (cachePath ?? c?.Cache) is { } folder ? CacheReadAhead.Start(folder) : null) is not { } project)
            return ExitCodes.Usage;
        if (UiLanguageChoice.Resolve(uiLanguage, project.Configuration, quiet) is not { } language) return ExitCodes.Usage;

        Baseline? baseline = null;
        if (baselinePath is not null)
        {
            try
            {
                baseline = Baseline.Parse(File.ReadAllText(baselinePath), baselinePath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                Console.Error.WriteLine($"error: baseline {baselinePath}: {e.Message}");
                return ExitCodes.Usage;
            }
        }

        var cwd = Directory.GetCurrentDirectory();
        ChangedLines? changed = null;
        if (changedSince is not null)
        {
            try
            {
                changed = ChangedLines.Since(changedSince, cwd);
            }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                Console.Error.WriteLine($"error: --changed-since {changedSince}: {e.Message}");
                return ExitCodes.Usage;
            }
        }

        // An entry keeps its findings' messages in English; in another language they are formatted afresh, so the cache waits.
        var cacheFolder = MessageLanguage.IsEnglish(language.Culture) ? cachePath ?? project.Configuration?.Cache : null;
        if (cacheFolder is null && (cachePath ?? project.Configuration?.Cache) is not null && !quiet)
            Console.Error.WriteLine($"note: the cache is not used with messages in '{language.Code}': its entries keep messages in English");
        if (cacheFolder is not null) filesAhead?.Stop();
        var options = limits.ApplyTo(new EngineOptions
        {
            WorkingDirectory = cwd, Severities = overrides,
            Cache = cacheFolder is null ? null : new DocumentCache(cacheFolder, project.InputFiles, readAhead: cacheAhead),
            ReadAhead = cacheFolder is null ? filesAhead : null,
        }, project.Configuration);
        var result = Progress.Run(quiet, paths, report => project.Engine(options with { DocumentRead = report }).Check(paths));
        if (!quiet && options.Cache is { } cache)
            Console.Error.WriteLine($"{cache.Hits} of {result.Documents.Length} files read from the cache {cache.Directory} ({cache.Unread} of them not read again: unchanged since they were hashed); {cache.Written} entries written");

        // The baseline describes the whole run as it is, before it is narrowed to what changed.
        if (writeBaselinePath is not null)
        {
            var written = Baseline.Of(result);
            AtomicFile.WriteAllText(writeBaselinePath, written.ToJson());
            if (!quiet) Console.Error.WriteLine($"{written.Count} findings written to the baseline {writeBaselinePath}");
            baseline = written;
        }
        // Cross-document rules saw the whole corpus; only the report is narrowed.
        if (changed is not null) result = result with { Findings = [.. result.Findings.Where(f => changed.Touches(f, cwd))] };
        if (baseline is not null) result = baseline.Apply(result);

        var threshold = failOn ?? project.Configuration?.FailOn ?? "error";
        var store = history ?? project.Configuration?.History;
        var registry = project.Registry.Registry;
        var summary = new RunSummary(result, registry.Files, cwd, Version)
        {
            Time = started, CommandLine = CommandLineText(), FailOn = threshold, Passed = !Fails(result, threshold), Registry = registry, Packs = project.Packs,
            Revision = store is not null || format == "html" ? SourceRevision.Of(cwd) : null,
            BaselineFile = writeBaselinePath ?? baselinePath,
            DocsUrl = project.Configuration?.DocsUrl,
            ChangedSince = changedSince,
            UiLanguage = language,
        };
        if (store is not null)
        {
            if (HistoryCommand.Record(summary, store) is not { } recorded) return ExitCodes.Usage;
            summary = recorded;
        }
        var reporter = Reporter.ForFormat(format, color && output is null && !Console.IsOutputRedirected)!;
        if (output is null)
        {
            reporter.Write(summary, Console.Out);
        }
        else
        {
            // Encoded into the file as it is written: a report of a whole site is megabytes, made once, not copied thrice.
            AtomicFile.Write(output, stream =>
            {
                using var text = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 65536, leaveOpen: true);
                reporter.Write(summary, text);
            });
            if (!quiet) Console.Error.WriteLine($"{result.Active.Count()} findings in {result.Documents.Length} files written to {output}");
        }
        return Fails(result, threshold) ? ExitCodes.Findings : ExitCodes.Clean;
    }

    static bool Fails(AnalysisResult result, string threshold) => threshold switch
    {
        "none" => false,
        "warning" => result.Active.Any(f => f.Severity >= DiagnosticSeverity.Warning),
        _ => result.Active.Any(f => f.Severity == DiagnosticSeverity.Error),
    };

    bool TryParseSeverities(out ImmutableDictionary<string, DiagnosticSeverity?> overrides)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, DiagnosticSeverity?>(StringComparer.OrdinalIgnoreCase);
        overrides = builder.ToImmutable();
        foreach (var setting in severities)
        {
            var parts = setting.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || !SeverityLevels.TryParse(parts[1], out var level))
            {
                Console.Error.WriteLine($"error: --severity '{setting}' should be ID=level, level one of {string.Join(", ", SeverityLevels.Names)}.");
                return false;
            }
            builder[parts[0]] = level;
        }
        overrides = builder.ToImmutable();
        return true;
    }

    /// <summary>The command as the user typed it, for the compliance report: arguments quoted where they need it, passwords masked.</summary>
    static string CommandLineText() => string.Join(' ', ["narrativelint", .. Environment.GetCommandLineArgs().Skip(1)
        .Select(a => Regex.Replace(a, "(?i)\\b(password|pwd)=[^;]*", "$1=***"))
        .Select(a => a.Length > 0 && !a.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'' or '$' or '`') ? a : "'" + a.Replace("'", "'\\''") + "'")]);

    static string Version => typeof(CheckRun).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
