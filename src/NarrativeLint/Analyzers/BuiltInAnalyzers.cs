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
        new ValuesAnalyzer(),
        new TerminologyAnalyzer(),
        new EnvironmentalClaimAnalyzer(),
        new SponsoredDisclosureAnalyzer(),
        new MarketingEmailAnalyzer(),
        new ChannelRulesAnalyzer(),
    ];
}
