using System.Collections.Immutable;

namespace NarrativeLint.Analyzers;

/// <summary>The analyzers every run uses; a new rule family is one more line here.</summary>
public static class BuiltInAnalyzers
{
    /// <summary>Fresh instances: analyzers that compare documents keep per-run state.</summary>
    public static ImmutableArray<NarrativeAnalyzer> Create() =>
    [
        new CommitmentFactAnalyzer(),
        new CommitmentStatusAnalyzer(),
        new PolarityAnalyzer(),
        new OverclaimAnalyzer(),
        new FactDriftAnalyzer(),
        new TranslationDriftAnalyzer(),
        new ValuesAnalyzer(),
        new TerminologyAnalyzer(),
        new EnvironmentalClaimAnalyzer(),
        new HealthClaimAnalyzer(),
        new SponsoredDisclosureAnalyzer(),
        new MarketingEmailAnalyzer(),
        new ChannelRulesAnalyzer(),
    ];

    /// <summary>Every diagnostic id the built-in analyzers report: what a registry's claim rules may name.</summary>
    public static IReadOnlySet<string> SupportedDiagnosticIds { get; } =
        Create().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
}
