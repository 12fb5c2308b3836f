using System.Diagnostics;

namespace NarrativeLint.Tests.Cli;

/// <summary>What a finished command printed and returned.</summary>
public sealed record CommandResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}

/// <summary>Runs programs as separate processes, as CI runs them: own working directory, own exit code, own streams.</summary>
static class CliProcess
{
    /// <summary>The built <c>narrativelint</c> command, copied beside the tests by the project reference.</summary>
    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "NarrativeLint.Cli.dll");

    public static CommandResult Narrativelint(string workingDirectory, params string[] args) =>
        Run("dotnet", [CliDll, .. args], workingDirectory);

    /// <summary>The command with these environment variables set (null removes one), such as <c>LANG</c>.</summary>
    public static CommandResult Narrativelint(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        Run("dotnet", [CliDll, .. args], workingDirectory, environment: environment);

    /// <param name="environment">Variables to set on top of the hermetic defaults; the locale is C.UTF-8 (English messages) unless set here.</param>
    public static CommandResult Run(string program, IEnumerable<string> args, string workingDirectory, int timeoutSeconds = 180,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["NO_COLOR"] = "1";
        // Messages follow LC_ALL, LC_MESSAGES and LANG: the tests read English unless they choose otherwise.
        start.Environment.Remove("LC_ALL");
        start.Environment.Remove("LC_MESSAGES");
        start.Environment["LANG"] = "C.UTF-8";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
            if (value is null) start.Environment.Remove(name); else start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in {timeoutSeconds} s");
        }
        process.WaitForExit();
        return new CommandResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
