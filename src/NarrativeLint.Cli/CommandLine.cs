using System.CommandLine;
using NarrativeLint.Reporting;
using NarrativeLint.Reporting.History;

namespace NarrativeLint.Cli;

/// <summary>The <c>narrativelint</c> command tree: check, explain, rules.</summary>
static class CommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("NarrativeLint checks a company's communications against the registry of what it has promised in public.");
        root.Add(CheckCommand());
        root.Add(ExplainCommand());
        root.Add(RulesCommand());
        root.Add(AnnotateCommand());
        root.Add(HistoryCommandTree());
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
            Description = "Registry: a YAML file or a folder of them. Default: rules/ in the current folder.",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text, json, sarif, github (workflow annotations) or html (the compliance report).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong(Reporter.Formats);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the report to this file (atomically) instead of standard output.",
        };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with 1 when a finding is at or above this severity: error, warning or none.",
            DefaultValueFactory = _ => "error",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "none");
        var severity = new Option<string[]>("--severity")
        {
            Description = "Override a rule's severity: ID=level, where ID is a diagnostic ID or prefix (NL4, NL4001) and level is error, warning, info, hidden or none. Repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        var noColor = new Option<bool>("--no-color") { Description = "Do not colour the text output." };
        var maxFileSize = new Option<int>("--max-file-size")
        {
            Description = "Files larger than this many MB are reported (NL0005) and not read.",
            DefaultValueFactory = _ => 16,
        };

        var history = new Option<string?>("--history")
        {
            Description = $"Record this run in a history store: a SQLite file (default {HistoryStores.DefaultPath}) or a PostgreSQL connection string (Host=…;Database=…). Put it after the paths, or write --history=TARGET.",
            Arity = ArgumentArity.ZeroOrOne,
        };

        var command = new Command("check", "Check content against the registry and report every contradiction.")
        {
            paths, registry, format, output, failOn, severity, noColor, maxFileSize, history,
        };
        command.SetAction(result => new CheckRun(
            result.GetValue(paths) is { Length: > 0 } given ? given : ["."],
            result.GetValue(registry),
            result.GetValue(format)!,
            result.GetValue(output),
            result.GetValue(failOn)!,
            result.GetValue(severity) ?? [],
            !result.GetValue(noColor),
            result.GetValue(maxFileSize),
            result.GetResult(history) is null ? null : result.GetValue(history) ?? HistoryStores.DefaultPath).Execute());
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

    static Command ExplainCommand()
    {
        var id = new Argument<string>("id") { Description = "A diagnostic ID, such as NL1001." };
        var command = new Command("explain", "Explain a diagnostic: what it means, its default severity and its help page.") { id };
        command.SetAction(result => Explanation.Explain(result.GetValue(id)!, Console.Out));
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

    static Command RulesCommand()
    {
        var command = new Command("rules", "List every diagnostic NarrativeLint can report.");
        command.SetAction(_ => Explanation.List(Console.Out));
        return command;
    }
}
