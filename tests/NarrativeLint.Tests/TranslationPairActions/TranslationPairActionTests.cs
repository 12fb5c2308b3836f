using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using NarrativeLint.Analyzers;
using NarrativeLint.Channels;
using NarrativeLint.Engine;
using NarrativeLint.Tests.Rules;
using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.TranslationPairActions;

/// <summary>
/// A translation-pair action runs once per pair with a context holding that pair and its two documents only; a pair
/// on which it fails is one NL0008 for the rule, and the other pairs are still compared.
/// </summary>
public class TranslationPairActionTests
{
    static readonly (string Path, string Text)[] Pages =
    [
        (SourcePath, Page(Blocks["en"])),
        (TranslationPath("it"), Page(With("it", 1, Blocks["it"][1].Replace("120", "135")))),
        (TranslationPath("ro"), Page(With("ro", 1, Blocks["ro"][1].Replace("120", "135")))),
    ];

    static AnalysisResult Run(params NarrativeAnalyzer[] analyzers) =>
        new NarrativeEngine(Fixture.Registry, analyzers: () => [.. analyzers])
            .Check(Pages.Select(p => new ContentFile(p.Path, Encoding.UTF8.GetBytes(p.Text))).ToList());

    [Fact]
    public void Each_pair_is_seen_alone_with_its_two_documents()
    {
        var probe = new PairProbe();
        Run(probe);

        probe.Seen.Order(StringComparer.Ordinal).ShouldBe(["content/it/about.md 2", "content/ro/about.md 2"]);
    }

    [Fact]
    public void A_rule_that_fails_on_one_pair_is_one_NL0008_and_the_other_pairs_are_still_compared()
    {
        var result = Run(new TranslationDriftAnalyzer(), new PairProbe(failOn: "content/it/about.md"));

        var failure = result.Findings.Where(f => f.Id == "NL0008").ShouldHaveSingleItem();
        failure.Message.ShouldContain(nameof(PairProbe));
        result.Findings.Where(f => f.Id == "NL2002").Select(f => f.Path).Distinct().Order().ShouldBe(["content/it/about.md", "content/ro/about.md"]);
    }

    /// <summary>Records, per pair it is run on, the translation's path and how many documents its context holds; throws on one translation if asked.</summary>
    sealed class PairProbe(string? failOn = null) : NarrativeAnalyzer
    {
        public List<string> Seen { get; } = [];

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [];

        public override void Initialize(NarrativeAnalysisContext context) => context.RegisterTranslationPairAction(ctx =>
        {
            var pair = ctx.TranslationPairs.ShouldHaveSingleItem();
            lock (Seen) Seen.Add($"{pair.Translation.Path} {ctx.Documents.Length}");
            if (pair.Translation.Path == failOn) throw new InvalidOperationException("rule bug");
        });
    }
}
