using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using NarrativeLint.Analyzers;

namespace NarrativeLint.Engine;

/// <summary>Turns an analyzer's diagnostic into a finding: configured severity, channel, position note, inline suppression.</summary>
/// <param name="document">The document the findings are in; null for findings about the run itself (a rule that failed to start).</param>
sealed class FindingSink(AnalyzedDocument? document, EngineOptions options, ConcurrentBag<Finding> findings)
{
    public void Report(Diagnostic diagnostic)
    {
        if (!TryConfigure(diagnostic, out var configured)) return;
        if (document is null)
        {
            findings.Add(new Finding(configured, "", null, null, null));
            return;
        }
        var content = document.Content;
        var span = configured.Location.SourceSpan;
        var line = configured.Location.GetLineSpan().StartLinePosition.Line;
        var suppression = content.Suppressions.FirstOrDefault(s =>
            s.Line == line && s.Justification.Length > 0 && (s.Ids.IsEmpty || s.Ids.Any(id => configured.Id.StartsWith(id, StringComparison.OrdinalIgnoreCase))));
        findings.Add(new Finding(configured, content.Path, content.Metadata.Channel, content.Metadata.Language,
            content.DescribePosition(span.Start), suppression?.Justification));
    }

    bool TryConfigure(Diagnostic diagnostic, out Diagnostic configured)
    {
        configured = diagnostic;
        var key = options.Severities.Keys
            .Where(k => diagnostic.Id.StartsWith(k, StringComparison.OrdinalIgnoreCase))
            .MaxBy(k => k.Length);
        if (key is null) return true;
        if (options.Severities[key] is not { } severity) return false;
        configured = WithSeverity(diagnostic, severity);
        return true;
    }

    /// <summary>The same diagnostic at another severity (Roslyn keeps its own <c>WithSeverity</c> internal).</summary>
    static Diagnostic WithSeverity(Diagnostic d, DiagnosticSeverity severity)
    {
        var descriptor = d.Descriptor;
        return Diagnostic.Create(d.Id, descriptor.Category, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), severity,
            descriptor.DefaultSeverity, descriptor.IsEnabledByDefault, severity == DiagnosticSeverity.Error ? 0 : 1,
            descriptor.Title, descriptor.Description, descriptor.HelpLinkUri, d.Location, d.AdditionalLocations, descriptor.CustomTags, d.Properties);
    }
}
