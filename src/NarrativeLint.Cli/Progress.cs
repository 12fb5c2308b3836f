using NarrativeLint.Engine;
using Spectre.Console;

namespace NarrativeLint.Cli;

/// <summary>A progress bar on standard error while files are read, only when a person is watching it (a terminal) and did not ask for quiet.</summary>
static class Progress
{
    public static T Run<T>(bool quiet, IEnumerable<string> paths, Func<Action?, T> work)
    {
        if (quiet || Console.IsErrorRedirected) return work(null);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var total = FileDiscovery.Expand(paths).Count();
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Checking files", maxValue: Math.Max(1, total));
                var result = work(() => task.Increment(1));
                task.Value = task.MaxValue;
                return result;
            });
    }
}
