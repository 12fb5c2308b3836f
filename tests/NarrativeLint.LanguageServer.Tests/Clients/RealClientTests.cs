using System.Diagnostics;

namespace NarrativeLint.LanguageServer.Tests.Clients;

/// <summary>
/// The server as editors run it: <c>narrativelint lsp</c> from the CLI built next to these tests, driven by a Node
/// client on vscode-jsonrpc (tests/lsp-client) and by headless Neovim's built-in LSP client (tests/lsp-client/nvim).
/// </summary>
public sealed class RealClientTests
{
    static readonly string CliDll = Path.Combine(AppContext.BaseDirectory, "NarrativeLint.Cli.dll");

    static string ClientFolder
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
                if (Directory.Exists(Path.Combine(folder.FullName, "tests", "lsp-client"))) return Path.Combine(folder.FullName, "tests", "lsp-client");
            throw new DirectoryNotFoundException("tests/lsp-client is not above the test output folder");
        }
    }

    [Fact]
    public void Node_client_over_vscode_jsonrpc_passes()
    {
        var (exitCode, output) = Run("node", ["--test", "--test-concurrency=1", "lsp.test.js"], ClientFolder);
        output.ShouldContain("# fail 0", customMessage: output);
        output.ShouldNotContain("# pass 0", customMessage: output);
        exitCode.ShouldBe(0, output);
    }

    [Fact]
    public void Headless_neovim_sees_a_broken_promise_appear_as_it_is_typed()
    {
        var (exitCode, output) = Run("bash", [Path.Combine(ClientFolder, "nvim", "run_nvim_test.sh")], ClientFolder);
        output.ShouldContain("PASS opened: NL1001", customMessage: output);
        output.ShouldContain("PASS typed: NL1003", customMessage: output);
        output.ShouldContain("PASS neovim", customMessage: output);
        exitCode.ShouldBe(0, output);
    }

    static (int ExitCode, string Output) Run(string program, string[] arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["NARRATIVELINT_CLI_DLL"] = CliDll;
        // The server's messages follow the locale when the client sets no uiLanguage: these clients expect English.
        start.Environment.Remove("LC_ALL");
        start.Environment.Remove("LC_MESSAGES");
        start.Environment["LANG"] = "C.UTF-8";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in 5 minutes:\n{stdout.Result}\n{stderr.Result}");
        }
        return (process.ExitCode, stdout.Result + "\n" + stderr.Result);
    }
}
