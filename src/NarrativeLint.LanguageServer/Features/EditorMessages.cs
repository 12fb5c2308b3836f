using System.Globalization;
using System.Resources;

namespace NarrativeLint.LanguageServer.Features;

/// <summary>The words around diagnostics in the editor (hover labels, related information), from EditorMessages.resx in the reader's language.</summary>
static class EditorMessages
{
    static readonly ResourceManager Resources = new("NarrativeLint.LanguageServer.Features.EditorMessages", typeof(EditorMessages).Assembly);

    public static string Text(string name, CultureInfo culture, params object?[] arguments)
    {
        var template = Resources.GetString(name, culture) ?? name;
        return arguments.Length == 0 ? template : string.Format(culture, template, arguments);
    }
}
