using System.CommandLine;
using NarrativeLint.Analyzers;
using NarrativeLint.Engine.Configuration;

namespace NarrativeLint.Cli;

/// <summary>
/// <c>--ui-language</c> on the commands that print diagnostics: the option, else the configuration's <c>ui-language</c>,
/// else LC_ALL, LC_MESSAGES or LANG, else English.
/// </summary>
static class UiLanguageChoice
{
    public static Option<string?> Option() => new("--ui-language")
    {
        Description = $"Language of the messages: {string.Join(", ", MessageLanguage.Translated)}. Default: the configuration's ui-language, else LC_ALL, LC_MESSAGES or LANG, else English.",
    };

    /// <summary>The language to print in, or null after printing why the option is not a language (exit code 2).</summary>
    public static MessageLanguageChoice? Resolve(string? option, ProjectConfiguration? configuration, bool quiet)
    {
        if (option is not null && !MessageLanguage.IsLanguage(option.Trim()))
        {
            Console.Error.WriteLine($"error: --ui-language '{option}' is not a language code; expected one such as {string.Join(", ", MessageLanguage.Translated)}.");
            return null;
        }
        var configured = configuration?.UiLanguage is { } ui ? (ui, $"ui-language in {Path.GetFileName(configuration.File)}") : ((string?)null, "");
        var choice = MessageLanguage.Choose((option, "--ui-language"), configured, MessageLanguage.FromEnvironment());
        if (choice.Warning is { } warning && !quiet) Console.Error.WriteLine($"warning: {warning}");
        return choice;
    }

    /// <summary>For commands without a project (explain, rules): the nearest valid configuration is still read for its ui-language.</summary>
    public static MessageLanguageChoice? ResolveWithoutProject(string? option)
    {
        var file = ConfigurationLoader.Find(Directory.GetCurrentDirectory());
        var configuration = file is null ? null : ConfigurationLoader.Load(file).Configuration;
        return Resolve(option, configuration, quiet: false);
    }
}
