using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using NarrativeLint.Analyzers;

namespace NarrativeLint.Engine;

/// <summary>Turns an analyzer's diagnostic into a finding: configured severity, channel, position note, inline suppression.</summary>
/// <param name="document">The document the findings are in; null for findings about the run itself (a rule that failed to start).</param>
sealed class FindingSink(AnalyzedDocument? document, SeverityPolicy severities, InlineSuppressions? suppressions, ConcurrentBag<Finding> findings)
{
    readonly IReadOnlyList<ImmutableDictionary<string, DiagnosticSeverity?>> _layers = severities.LayersFor(document?.Path ?? "");

    public void Report(Diagnostic diagnostic)
    {
        if (!TryConfigure(diagnostic, out var configured)) return;
        if (document is null)
        {
            findings.Add(new Finding(configured, "", null, null, null));
            return;
        }
        var content = document.Content;
        findings.Add(new Finding(configured, content.Path, content.Metadata.Channel, content.Metadata.Language,
            content.DescribePosition(configured.Location.SourceSpan.Start), suppressions?.Justify(configured)));
    }

    bool TryConfigure(Diagnostic diagnostic, out Diagnostic configured)
    {
        configured = diagnostic;
        if (!SeverityPolicy.TryResolve(_layers, diagnostic.Id, out var level)) return true;
        if (level is not { } severity) return false;
        configured = WithSeverity(diagnostic, severity);
        return true;
    }

    /// <summary>The same diagnostic at another severity (Roslyn keeps its own <c>WithSeverity</c> internal), its message still in every language.</summary>
    static Diagnostic WithSeverity(Diagnostic d, DiagnosticSeverity severity)
    {
        var descriptor = d.Descriptor;
        return Diagnostic.Create(d.Id, descriptor.Category, new MessageOf(d), severity,
            descriptor.DefaultSeverity, descriptor.IsEnabledByDefault, severity == DiagnosticSeverity.Error ? 0 : 1,
            descriptor.Title, descriptor.Description, descriptor.HelpLinkUri, d.Location, d.AdditionalLocations, descriptor.CustomTags, d.Properties);
    }

    /// <summary>A diagnostic's message as a localizable string: formatted for whichever culture asks.</summary>
    sealed class MessageOf(Diagnostic diagnostic) : LocalizableString
    {
        protected override string GetText(IFormatProvider? formatProvider) => diagnostic.GetMessage(formatProvider ?? System.Globalization.CultureInfo.InvariantCulture);
        protected override int GetHash() => diagnostic.GetHashCode();
        protected override bool AreEqual(object? other) => other is MessageOf message && message.Diagnostic.Equals(diagnostic);
        Diagnostic Diagnostic => diagnostic;
    }
}
