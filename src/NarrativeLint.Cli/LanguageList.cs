namespace NarrativeLint.Cli;

/// <summary><c>narrativelint languages</c>: the packs a check would use, and where each came from.</summary>
static class LanguageList
{
    public static int Print(string? registryPath, TextWriter output)
    {
        if (Project.Open(null, registryPath, registryOptional: true) is not { } project) return ExitCodes.Usage;
        foreach (var source in project.PackSources)
            output.WriteLine($"{source.Code,-6} {source.Name,-12} {source.Origin}");
        return ExitCodes.Clean;
    }
}
