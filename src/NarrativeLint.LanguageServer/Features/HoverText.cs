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

        if (finding.Property(FindingProperties.CommitmentId) is { } id) AppendEntry(text, id, registry);
        if (finding.Property(FindingProperties.Found) is { } found && finding.Property(FindingProperties.Bound) is { } bound)
            text.Append($"Found: {Markdown.Escape(found)} · promised: {Markdown.Escape(bound)}\n\n");
        if (finding.Property(FindingProperties.Confidence) is { } confidence)
            text.Append($"Confidence: {Markdown.Escape(confidence)}\n\n");
        if (finding.Property(FindingProperties.Fix) is { } fix)
            text.Append($"Fix: {Markdown.Escape(fix)}\n\n");
        if (docs.PageOf(finding.Id) is { } page) text.Append(Markdown.Link($"About {finding.Id}", page));
        return text.ToString().TrimEnd();
    }

    static void AppendEntry(StringBuilder text, string id, BrandRegistry registry)
    {
        if (registry.Commitment(id) is { } commitment)
        {
            text.Append($"Commitment **{Markdown.Escape(commitment.Id)}**: {Markdown.Escape(commitment.Statement)}");
            if (commitment.Status != CommitmentStatus.Active) text.Append($" ({commitment.Status.ToString().ToLowerInvariant()})");
            text.Append("\n\n");
            if (commitment.Source is { } source) text.Append("Made public at: ").Append(Markdown.Link(source, source)).Append("\n\n");
        }
        else if (registry.Values.FirstOrDefault(v => v.Id == id) is { } value)
        {
            text.Append($"Value **{Markdown.Escape(value.Id)}**: {Markdown.Escape(value.Statement)}\n\n");
        }
        else if (registry.Claims.FirstOrDefault(c => c.Id == id) is { } claim)
        {
            text.Append($"Rule **{Markdown.Escape(claim.Id)}**: {Markdown.Escape(claim.Title)}\n\nLegal source: {Markdown.Escape(claim.LegalSource)}\n\n");
        }
    }
}
