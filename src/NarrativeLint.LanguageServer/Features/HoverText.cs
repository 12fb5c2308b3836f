using System.Globalization;
using System.Text;
using NarrativeLint.Analyzers;
using NarrativeLint.Engine;
using NarrativeLint.Registry;
using NarrativeLint.Reporting;

namespace NarrativeLint.LanguageServer.Features;

/// <summary>
/// What a hover over a finding says: the diagnostic, the registry entry it is about (a commitment's statement,
/// id and public source; a value's statement; a regulated claim's legal source), the value found against the bound,
/// and how sure the rule is where it weighs its evidence.
/// </summary>
public static class HoverText
{
    public static string Of(Finding finding, BrandRegistry registry, DocsLocation docs, CultureInfo culture)
    {
        var text = new StringBuilder();
        var descriptor = finding.Diagnostic.Descriptor;
        text.Append($"**{finding.Id}** · {Reporter.Level(finding.Severity)} · {Markdown.Escape(descriptor.Title.ToString(culture))}\n\n");
        text.Append(Markdown.Escape(finding.Diagnostic.GetMessage(culture))).Append("\n\n");

        if (finding.Property(FindingProperties.CommitmentId) is { } id) AppendEntry(text, id, registry, culture);
        // The found and promised values are kept in English in the properties; in another language the message already says both.
        if (finding.Property(FindingProperties.Found) is { } found && finding.Property(FindingProperties.Bound) is { } bound && MessageLanguage.IsEnglish(culture))
            text.Append(Label("Hover_Found", culture, Markdown.Escape(found), Markdown.Escape(bound)));
        if (finding.Property(FindingProperties.Confidence) is { } confidence)
            text.Append(Label("Hover_Confidence", culture, Markdown.Escape(confidence)));
        if (finding.Property(FindingProperties.Fix) is { } fix)
            text.Append(Label("Hover_Fix", culture, Markdown.Escape(fix)));
        if (docs.PageOf(finding.Id) is { } page) text.Append(Markdown.Link(EditorMessages.Text("Hover_About", culture, finding.Id), page));
        return text.ToString().TrimEnd();
    }

    static string Label(string name, CultureInfo culture, params object?[] arguments) => EditorMessages.Text(name, culture, arguments) + "\n\n";

    static void AppendEntry(StringBuilder text, string id, BrandRegistry registry, CultureInfo culture)
    {
        if (registry.Commitment(id) is { } commitment)
        {
            text.Append(EditorMessages.Text("Hover_Commitment", culture, Markdown.Escape(commitment.Id), Markdown.Escape(commitment.Statement)));
            if (commitment.Status != CommitmentStatus.Active) text.Append($" ({EditorMessages.Text("Status_" + commitment.Status, culture)})");
            text.Append("\n\n");
            if (commitment.Source is { } source) text.Append(Label("Hover_MadePublicAt", culture, Markdown.Link(source, source)));
        }
        else if (registry.Values.FirstOrDefault(v => v.Id == id) is { } value)
        {
            text.Append(Label("Hover_Value", culture, Markdown.Escape(value.Id), Markdown.Escape(value.Statement)));
        }
        else if (registry.Claims.FirstOrDefault(c => c.Id == id) is { } claim)
        {
            text.Append(Label("Hover_Rule", culture, Markdown.Escape(claim.Id), Markdown.Escape(claim.Title)));
            text.Append(Label("Hover_LegalSource", culture, Markdown.Escape(claim.LegalSource)));
        }
    }
}
