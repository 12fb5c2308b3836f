using NarrativeLint.LanguageServer;
using NarrativeLint.LanguageServer.Server;

namespace NarrativeLint.Cli;

/// <summary><c>narrativelint lsp</c>: the language server on this process's standard input and output.</summary>
static class LanguageServerRun
{
    public static int Execute(string? logFile)
    {
        var output = Console.OpenStandardOutput();
        // Standard output carries the protocol alone: anything else written to the console goes to standard error.
        Console.SetOut(Console.Error);
        using var log = new ServerLog(Console.Error, logFile);
        log.Info("narrativelint lsp started");
        try
        {
            return LanguageServerHost.RunAsync(Console.OpenStandardInput(), output, log).GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            log.Error("the language server stopped", e);
            return 1;
        }
    }
}
