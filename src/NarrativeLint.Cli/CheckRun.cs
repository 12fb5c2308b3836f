using System.Collections.Immutable;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using NarrativeLint.Analyzers;
using NarrativeLint.Engine;
using NarrativeLint.Registry;
using NarrativeLint.Reporting;
using NarrativeLint.Reporting.History;

namespace NarrativeLint.Cli;

/// <summary>One <c>narrativelint check</c>: load the registry, run the engine, report, choose the exit code.</summary>
sealed class CheckRun(string[] paths, string? registryPath, string format, string? output, string failOn, string[] severities, bool color, int maxFileMegabytes, string? history = null)
{
    public int Execute()
    {
        var started = DateTimeOffset.UtcNow;
        var registryLocation = registryPath ?? "rules";
        if (!File.Exists(registryLocation) && !Directory.Exists(registryLocation))
        {
            Console.Error.WriteLine(registryPath is null
                ? "error: no registry: there is no rules/ folder here. Pass --registry PATH."
                : $"error: registry '{registryLocation}' does not exist.");
            return ExitCodes.Usage;
        }
        if (!TryParseSeverities(out var overrides)) return ExitCodes.Usage;

        var loaded = RegistryLoader.Load(registryLocation, BuiltInAnalyzers.SupportedDiagnosticIds);
        if (!loaded.Succeeded)
        {
            foreach (var error in loaded.Errors)
                Console.Error.WriteLine($"{error.Position}: error NL0001: {error.Message}");
            Console.Error.WriteLine($"{loaded.Errors.Length} registry error(s); nothing was checked.");
            return ExitCodes.Usage;
        }

        var cwd = Directory.GetCurrentDirectory();
        var engine = new NarrativeEngine(loaded.Registry, new EngineOptions { WorkingDirectory = cwd, Severities = overrides, MaxFileBytes = Math.Max(1, maxFileMegabytes) * 1024L * 1024 });
        var result = engine.Check(paths);

        var summary = new RunSummary(result, loaded.Registry.Files, cwd, Version)
        {
            Time = started, CommandLine = CommandLineText(), FailOn = failOn, Passed = !Fails(result), Registry = loaded.Registry,
            Revision = history is not null || format == "html" ? SourceRevision.Of(cwd) : null,
        };
        if (history is not null)
        {
            if (HistoryCommand.Record(summary, history) is not { } recorded) return ExitCodes.Usage;
            summary = recorded;
        }
        var reporter = Reporter.ForFormat(format, color && output is null && !Console.IsOutputRedirected)!;
        if (output is null)
        {
            reporter.Write(summary, Console.Out);
        }
        else
        {
            var text = new StringWriter();
            reporter.Write(summary, text);
            AtomicFile.WriteAllText(output, text.ToString());
            Console.Error.WriteLine($"{result.Active.Count()} findings in {result.Documents.Length} files written to {output}");
        }
        return Fails(result) ? ExitCodes.Findings : ExitCodes.Clean;
    }

    bool Fails(AnalysisResult result) => failOn switch
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
            DiagnosticSeverity? level = parts.Length == 2 ? parts[1].ToLowerInvariant() switch
            {
                "error" => DiagnosticSeverity.Error,
                "warning" => DiagnosticSeverity.Warning,
                "info" => DiagnosticSeverity.Info,
                "hidden" => DiagnosticSeverity.Hidden,
                _ => null,
            } : null;
            if (parts.Length != 2 || parts[0].Length == 0 || level is null && parts[1] != "none")
            {
                Console.Error.WriteLine($"error: --severity '{setting}' should be ID=level, level one of error, warning, info, hidden, none.");
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
