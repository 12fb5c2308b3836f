using System.CommandLine;
using NarrativeLint.Reporting;
using NarrativeLint.Reporting.History;

namespace NarrativeLint.Cli;

/// <summary>The <c>narrativelint</c> command tree: check, explain, rules, annotate, init, suppressions, lsp.</summary>
static class CommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("NarrativeLint checks a company's communications against the registry of what it has promised in public.");
        root.Add(CheckCommand());
        root.Add(ExplainCommand());
        root.Add(RulesCommand());
        root.Add(AnnotateCommand());
        root.Add(LanguagesCommand());
        root.Add(HistoryCommandTree());
        root.Add(InitCommand());
        root.Add(SuppressionsCommand());
        root.Add(LanguageServerCommand());
        return root;
    }

    static Command CheckCommand()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders to check (folders are searched recursively). Default: the current folder.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var registry = new Option<string>("--registry", "-r")
        {
            Description = "Registry: a YAML file or a folder of them. Default: the configuration's registry, else rules/ in the current folder.",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text, json, sarif, github (workflow annotations), html (the compliance report) or markdown (a pull-request comment).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong(Reporter.Formats);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the report to this file (atomically) instead of standard output.",
        };
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "Exit with 1 when a finding is at or above this severity: error (default, or the configuration's fail-on), warning or none.",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "none");
        var severity = new Option<string[]>("--severity")
        {
            Description = "Override a rule's severity: ID=level, where ID is a diagnostic ID or prefix (NL4, NL4001) and level is error, warning, info, hidden or none. Repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        var noColor = new Option<bool>("--no-color") { Description = "Do not colour the text output." };
        var maxFileSize = new Option<int?>("--max-file-size")
        {
            Description = "Files larger than this many MB are reported (NL0005) and not read. Default: the configuration's max-file-size, else 16.",
        };
        var maxFileTime = new Option<int?>("--max-file-time")
        {
            Description = "Seconds one file may take to read and check; a file over it is reported (NL0011) instead of its findings. 0: no budget. Default: the configuration's max-file-time, else 60.",
        };
        var config = ConfigOption();
        var baseline = new Option<string?>("--baseline") { Description = "Accept the findings in this baseline file: they are reported as unchanged and do not fail the run." };
        var writeBaseline = new Option<string?>("--write-baseline") { Description = "Write every finding of this run to a baseline file (atomically), to adopt the gate on existing content." };
        var changedSince = new Option<string?>("--changed-since") { Description = "Report only findings on lines changed since this git revision (untracked files count as changed)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no messages on standard error besides errors." };
        var uiLanguage = UiLanguageChoice.Option();
        var cache = new Option<string?>("--cache") { Description = "Keep analysed documents in this folder between runs: unchanged files are not read or analysed again. Never changes the findings." };

        var history = new Option<string?>("--history")
        {
            Description = $"Record this run in a history store: a SQLite file (default {HistoryStores.DefaultPath}) or a PostgreSQL connection string (Host=…;Database=…). Put it after the paths, or write --history=TARGET.",
            Arity = ArgumentArity.ZeroOrOne,
        };

        var command = new Command("check", "Check content against the registry and report every contradiction.")
        {
            paths, registry, format, output, failOn, severity, noColor, maxFileSize, maxFileTime, history,
            config,
            baseline,
            writeBaseline,
            changedSince,
            quiet,
            uiLanguage,
            cache,
        };
        command.SetAction(result => new CheckRun(
            result.GetValue(paths) is { Length: > 0 } given ? given : ["."],
            result.GetValue(registry),
            result.GetValue(format)!,
            result.GetValue(output),
            result.GetValue(failOn),
            result.GetValue(severity) ?? [],
            !result.GetValue(noColor),
            new FileLimits(result.GetValue(maxFileSize), result.GetValue(maxFileTime)),
            result.GetResult(history) is null ? null : result.GetValue(history) ?? HistoryStores.DefaultPath,
            result.GetValue(config),
            result.GetValue(baseline),
            result.GetValue(writeBaseline),
            result.GetValue(changedSince),
            result.GetValue(quiet),
            result.GetValue(uiLanguage),
            result.GetValue(cache)).Execute());
        return command;
    }

    static Command HistoryCommandTree()
    {
        var history = new Option<string?>("--history")
        {
            Description = $"The history store: a SQLite file (default {HistoryStores.DefaultPath}) or a PostgreSQL connection string.",
        };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var since = new Option<string?>("--since") { Description = "Only runs recorded on or after this date (2026-11-30, or a time in ISO 8601)." };
        var command = new Command("history", "Show the recorded runs, each commitment's trend, and the findings new, fixed and still open since the run before the last.")
        {
            history, format, since,
        };
        command.SetAction(result => HistoryCommand.Show(result.GetValue(history), result.GetValue(format)!, result.GetValue(since)));
        return command;
    }

    static Option<string?> ConfigOption() => new("--config", "-c")
    {
        Description = $"Project configuration file. Default: the nearest {Engine.Configuration.ConfigurationLoader.FileName} in this folder or above.",
    };
    static Command LanguageServerCommand()
    {
        var log = new Option<string?>("--log") { Description = "Also append the server's log to this file (it always goes to standard error)." };
        var command = new Command("lsp", "Run the language server: LSP over standard input and output, for editors.") { log };
        // Editors add their own flags (--stdio, --clientProcessId=…); standard input and output is the only transport.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(result => LanguageServerRun.Execute(result.GetValue(log)));
        return command;
    }

    static Command ExplainCommand()
    {
        var id = new Argument<string>("id") { Description = "A diagnostic ID, such as NL1001." };
        var uiLanguage = UiLanguageChoice.Option();
        var command = new Command("explain", "Explain a diagnostic: what it means, its default severity and its help page.") { id, uiLanguage };
        command.SetAction(result => UiLanguageChoice.ResolveWithoutProject(result.GetValue(uiLanguage)) is { } language
            ? Explanation.Explain(result.GetValue(id)!, language.Culture, Console.Out) : ExitCodes.Usage);
        return command;
    }

    static Command AnnotateCommand()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to annotate.", Arity = ArgumentArity.OneOrMore };
        var registry = new Option<string>("--registry", "-r") { Description = "Registry whose phrases to show matches of. Default: rules/ if present." };
        var command = new Command("annotate", "Show the sentences, quantities, cues and registry phrases NarrativeLint sees in files.") { paths, registry };
        command.SetAction(result => Annotation.Annotate(result.GetValue(paths)!, result.GetValue(registry), Console.Out));
        return command;
    }

    static Command LanguagesCommand()
    {
        var registry = new Option<string>("--registry", "-r") { Description = "Registry whose languages/ folder adds or changes packs. Default: rules/ if present." };
        var command = new Command("languages", "List the language packs in use and where each came from.") { registry };
        command.SetAction(result => LanguageList.Print(result.GetValue(registry), Console.Out));
        return command;
    }

    static Command InitCommand()
    {
        var force = new Option<bool>("--force") { Description = "Replace the files init writes if they exist." };
        var command = new Command("init", "Write a commented narrativelint.yaml and an example registry in the current folder.") { force };
        command.SetAction(result => Initialisation.Init(Directory.GetCurrentDirectory(), result.GetValue(force), Console.Out));
        return command;
    }

    static Command SuppressionsCommand()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders whose suppressions to list. Default: the current folder.", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var registry = new Option<string>("--registry", "-r") { Description = "Registry to check against, to tell which suppressions silence something. Default: as for check." };
        var config = ConfigOption();
        var command = new Command("suppressions", "List every inline suppression with its file, line, IDs, justification and whether it silences a finding.")
        {
            paths, format, registry, config,
        };
        command.SetAction(result => SuppressionAudit.List(
            result.GetValue(paths) is { Length: > 0 } given ? given : ["."],
            result.GetValue(registry),
            result.GetValue(config),
            result.GetValue(format)!,
            Console.Out));
        return command;
    }

    static Command RulesCommand()
    {
        var uiLanguage = UiLanguageChoice.Option();
        var command = new Command("rules", "List every diagnostic NarrativeLint can report.") { uiLanguage };
        command.SetAction(result => UiLanguageChoice.ResolveWithoutProject(result.GetValue(uiLanguage)) is { } language
            ? Explanation.List(language.Culture, Console.Out) : ExitCodes.Usage);
        return command;
    }
}
