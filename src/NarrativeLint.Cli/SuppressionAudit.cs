using NarrativeLint.Engine;
using NarrativeLint.Reporting;

namespace NarrativeLint.Cli;

/// <summary>The <c>suppressions</c> command: runs the check as <c>check</c> would, then lists every inline suppression and its verdict.</summary>
static class SuppressionAudit
{
    public static int List(string[] paths, string? registryPath, string? configPath, string format, TextWriter output)
    {
        if (Project.Open(configPath, registryPath, registryOptional: true) is not { } project) return ExitCodes.Usage;
        var result = project.Engine(new EngineOptions { WorkingDirectory = Directory.GetCurrentDirectory() }).Check(paths);
        var suppressions = SuppressionReport.Of(result);
        if (format == "json") SuppressionReport.WriteJson(suppressions, output);
        else SuppressionReport.WriteText(suppressions, output);
        return ExitCodes.Clean;
    }
}
