using System.Globalization;
using System.Text.RegularExpressions;

namespace NarrativeLint.Analyzers;

/// <summary>The language diagnostics are shown in, chosen by one setting, and where that choice came from.</summary>
/// <param name="Culture">The culture to format messages in: <see cref="CultureInfo.InvariantCulture"/> for English.</param>
/// <param name="Warning">Why the messages fall back to English (no translation into the language asked for), or null.</param>
public sealed record MessageLanguageChoice(CultureInfo Culture, string? Warning = null)
{
    /// <summary>The code reports name: <c>en</c>, <c>it</c>, … (the culture's name; the CLI runs with invariant globalization, whose cultures know no ISO codes).</summary>
    public string Code => MessageLanguage.IsEnglish(Culture) ? "en" : Culture.Name;
}

/// <summary>
/// Chooses the messages' language: <c>--ui-language</c>, then the configuration's <c>ui-language</c>, then the
/// environment as POSIX orders it for messages (<c>LC_ALL</c>, <c>LC_MESSAGES</c>, <c>LANG</c>; "it_IT.UTF-8" is
/// Italian, "C" and "POSIX" English), then English. A language without a translation falls back to English with a warning.
/// </summary>
public static partial class MessageLanguage
{
    /// <summary>The languages DiagnosticMessages.resx is translated into; English is the resource file itself.</summary>
    public static IReadOnlyList<string> Translated { get; } = ["en", "it", "ro", "fr", "es", "pt", "de"];

    /// <summary>The environment variables that name the messages' locale, the first one set winning.</summary>
    public static IReadOnlyList<string> EnvironmentVariables { get; } = ["LC_ALL", "LC_MESSAGES", "LANG"];

    public static MessageLanguageChoice English { get; } = new(CultureInfo.InvariantCulture);

    public static bool IsEnglish(CultureInfo culture) => culture.Name.Length == 0 || culture.Name == "en" || culture.Name.StartsWith("en-", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="setting"/> names a language: a code such as <c>it</c>, <c>pt-BR</c>, or a POSIX locale such as <c>it_IT.UTF-8</c>, <c>C</c>.</summary>
    public static bool IsLanguage(string setting) => LanguageOf(setting) is not null;

    /// <summary>
    /// The first of <paramref name="settings"/> that is set, each a (value, where it came from) pair, as a choice of
    /// language; none set is English.
    /// </summary>
    public static MessageLanguageChoice Choose(params (string? Value, string Source)[] settings)
    {
        foreach (var (value, source) in settings)
            if (!string.IsNullOrWhiteSpace(value)) return Of(value.Trim(), source);
        return English;
    }

    /// <summary>The environment's choice: <c>LC_ALL</c>, else <c>LC_MESSAGES</c>, else <c>LANG</c> (empty variables count as unset).</summary>
    public static (string? Value, string Source) FromEnvironment(Func<string, string?>? variable = null)
    {
        variable ??= Environment.GetEnvironmentVariable;
        foreach (var name in EnvironmentVariables)
            if (variable(name) is { Length: > 0 } value) return (value, name);
        return (null, "the environment");
    }

    static MessageLanguageChoice Of(string value, string source)
    {
        if (LanguageOf(value) is not { } language)
            return English with { Warning = $"{source} '{value}' is not a language code; messages are in English" };
        if (language == "en") return English;
        if (!Translated.Contains(language))
            return English with { Warning = $"no translation of the messages into '{language}' ({source} '{value}'); they are in English. Translated: {string.Join(", ", Translated)}" };
        return new MessageLanguageChoice(CultureInfo.GetCultureInfo(language));
    }

    /// <summary>The language part of a code or locale, lower case: "it_IT.UTF-8@euro" → "it"; "C" and "POSIX" → "en".</summary>
    static string? LanguageOf(string setting)
    {
        if (setting is "C" or "POSIX" || setting.StartsWith("C.", StringComparison.Ordinal)) return "en";
        var match = LocalePattern().Match(setting);
        return match.Success ? match.Groups["language"].Value.ToLowerInvariant() : null;
    }

    [GeneratedRegex(@"^(?<language>[A-Za-z]{2,3})([-_][A-Za-z0-9]{2,8})*(\.[A-Za-z0-9-]+)?(@[A-Za-z0-9]+)?$")]
    private static partial Regex LocalePattern();
}
