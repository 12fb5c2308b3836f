using System.Globalization;
using NarrativeLint.Analyzers;
using NarrativeLint.Reporting;

namespace NarrativeLint.Cli;

/// <summary>The <c>explain</c> and <c>rules</c> commands: the catalogue of diagnostics, in words.</summary>
static class Explanation
{
    public static int Explain(string id, CultureInfo culture, TextWriter output)
    {
        var descriptor = Descriptors.Find(id);
        if (descriptor is null)
        {
            Console.Error.WriteLine($"error: no diagnostic '{id}'. Run 'narrativelint rules' to list them.");
            return ExitCodes.Usage;
        }
        output.WriteLine($"{descriptor.Id}: {descriptor.Title.ToString(culture)}");
        output.WriteLine($"  category: {descriptor.Category}");
        output.WriteLine($"  default severity: {Reporter.Level(descriptor.DefaultSeverity)}");
        output.WriteLine();
        output.WriteLine($"  {descriptor.Description.ToString(culture)}");
        output.WriteLine();
        output.WriteLine($"  message: {descriptor.MessageFormat.ToString(culture)}");
        output.WriteLine($"  help: {descriptor.HelpLinkUri}");
        return ExitCodes.Clean;
    }

    public static int List(CultureInfo culture, TextWriter output)
    {
        foreach (var descriptor in Descriptors.All)
            output.WriteLine($"{descriptor.Id}  {Reporter.Level(descriptor.DefaultSeverity),-7}  {descriptor.Title.ToString(culture)}");
        return ExitCodes.Clean;
    }
}
