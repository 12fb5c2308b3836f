using NarrativeLint.Registry;

namespace NarrativeLint.Cli;

/// <summary><c>narrativelint languages</c>: the packs a check would use, and where each came from.</summary>
static class LanguageList
{
    public static int Print(string? registryPath, TextWriter output)
    {
        var location = registryPath ?? "rules";
        if (registryPath is not null && !File.Exists(location) && !Directory.Exists(location))
        {
            Console.Error.WriteLine($"error: registry '{location}' does not exist.");
            return ExitCodes.Usage;
        }
        var loaded = File.Exists(location) || Directory.Exists(location) ? LanguagePackLoader.LoadBesideRegistry(location) : LanguagePackLoader.Load([]);
        foreach (var error in loaded.Errors)
            Console.Error.WriteLine($"{error.Position}: error NL0001: {error.Message}");
        foreach (var source in loaded.Sources)
            output.WriteLine($"{source.Code,-6} {source.Name,-12} {source.Origin}");
        return loaded.Succeeded ? ExitCodes.Clean : ExitCodes.Usage;
    }
}
