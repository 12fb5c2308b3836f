using System.Globalization;
using System.Resources;

namespace NarrativeLint.Analyzers;

/// <summary>
/// Words a message takes as an argument ("at most 24 hours"), put into words only when the message is formatted for a
/// culture: Roslyn's <c>Diagnostic.GetMessage(culture)</c> hands the culture to every <see cref="IFormattable"/>
/// argument, so one diagnostic reads in English for JSON, SARIF and fingerprints and in the reader's language on screen.
/// Text given as a plain string (a statement, a date) stays as written in every culture.
/// </summary>
public sealed class LocalizedText : IFormattable
{
    readonly Func<CultureInfo, string> _template;
    readonly object?[] _arguments;

    LocalizedText(Func<CultureInfo, string> template, object?[] arguments) => (_template, _arguments) = (template, arguments);

    /// <summary>A resource's text in each culture, formatted with <paramref name="arguments"/> (which may be localized in turn).</summary>
    internal static LocalizedText FromResource(ResourceManager resources, string name, params object?[] arguments) =>
        new(culture => resources.GetString(name, culture) ?? name, arguments);

    /// <summary>Parts joined by a format that is the same in every language ("{0} {1}" of a number and its unit).</summary>
    internal static LocalizedText Composed(string format, params object?[] arguments) => new(_ => format, arguments);

    public static implicit operator LocalizedText(string text) => new(_ => text, []);

    public string ToString(CultureInfo culture)
    {
        var template = _template(culture);
        return _arguments.Length == 0 ? template : string.Format(culture, template, _arguments);
    }

    /// <summary>No culture given (string interpolation, <c>ToString()</c>): English, as every machine-read output has it.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString(formatProvider as CultureInfo ?? CultureInfo.InvariantCulture);

    public override string ToString() => ToString(CultureInfo.InvariantCulture);
}
