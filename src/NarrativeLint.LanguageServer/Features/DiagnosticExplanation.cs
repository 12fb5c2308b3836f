using System.Globalization;
using NarrativeLint.Analyzers;
using NarrativeLint.Reporting;

namespace NarrativeLint.LanguageServer.Features;

/// <summary>The "explain diagnostic" command's answer: what an ID means, in Markdown.</summary>
public static class DiagnosticExplanation
{
    public static string? Of(string id, DocsLocation docs, CultureInfo culture)
    {
        if (Descriptors.Find(id) is not { } descriptor) return null;
        var page = docs.PageOf(descriptor.Id) is { } uri ? "\n\n" + Markdown.Link(EditorMessages.Text("Explain_FullPage", culture), uri) : "";
        return $"# {descriptor.Id}: {Markdown.Escape(descriptor.Title.ToString(culture))}\n\n"
            + EditorMessages.Text("Explain_Category", culture, Markdown.Escape(descriptor.Category), Reporter.Level(descriptor.DefaultSeverity)) + "\n\n"
            + $"{Markdown.Escape(descriptor.Description.ToString(culture))}\n\n"
            + EditorMessages.Text("Explain_Message", culture, Markdown.Escape(descriptor.MessageFormat.ToString(culture))) + page;
    }
}
