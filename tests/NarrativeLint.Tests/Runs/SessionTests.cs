using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using NarrativeLint.Analyzers;
using NarrativeLint.Channels;
using NarrativeLint.Engine;
using NarrativeLint.Language;
using NarrativeLint.Registry;

namespace NarrativeLint.Tests.Runs;

/// <summary>The run session: built once, reached by every rule; a failing rule is a finding, not the end of the run.</summary>
public class SessionTests
{
    const string Registry = """
        brand: { name: Acme Cloud, languages: [en] }
        commitments:
          - id: support-response-time
            statement: We answer every support request within 24 hours.
            topic: { en: [support, reply, answer] }
            facts: [ { kind: duration, value: 24 hours, relation: at-most } ]
        catalogues: []
        """;

    static AnalysisResult Run(Func<ImmutableArray<NarrativeAnalyzer>> analyzers, params (string Path, string Text)[] files) =>
        new NarrativeEngine(InMemoryRun.Registry(Registry), analyzers: analyzers)
            .Check(files.Select(f => new ContentFile(f.Path, Encoding.UTF8.GetBytes(f.Text))).ToList());

    static ImmutableArray<NarrativeAnalyzer> WithBuiltIns(params NarrativeAnalyzer[] extra) => [.. BuiltInAnalyzers.Create(), .. extra];

    [Fact]
    public void A_rule_that_throws_on_a_sentence_is_one_NL0008_on_that_file_and_every_other_rule_still_runs()
    {
        var result = Run(() => WithBuiltIns(new Throwing(ThrowIn.Sentence)),
            ("a.md", "We reply within 72 hours.\n\nWe answer within 96 hours.\n"), ("b.md", "We reply within 48 hours.\n"));

        var failures = result.Findings.Where(f => f.Id == "NL0008").ToList();
        failures.Select(f => f.Path).ShouldBe(["a.md", "b.md"]);
        failures[0].Message.ShouldContain(nameof(Throwing));
        failures[0].Message.ShouldContain("rule bug");
        failures[0].Severity.ShouldBe(DiagnosticSeverity.Error);
        result.Findings.Count(f => f.Id == "NL1001").ShouldBe(3);
    }

    [Fact]
    public void A_rule_that_throws_on_a_document_or_at_corpus_end_or_on_start_does_not_end_the_run()
    {
        foreach (var where in new[] { ThrowIn.Document, ThrowIn.CorpusEnd, ThrowIn.Initialize })
        {
            var result = Run(() => WithBuiltIns(new Throwing(where)), ("a.md", "We reply within 72 hours.\n"));
            result.Findings.Count(f => f.Id == "NL0008").ShouldBe(1, where.ToString());
            result.Findings.Count(f => f.Id == "NL1001").ShouldBe(1, where.ToString());
            result.Findings.Single(f => f.Id == "NL0008").HasLocation.ShouldBe(where == ThrowIn.Document, where.ToString());
        }
    }

    [Fact]
    public void Every_rule_sees_one_session_and_each_sentence_its_pack()
    {
        var probe = new SessionProbe();
        var packs = new LanguagePacks();
        var result = new NarrativeEngine(InMemoryRun.Registry(Registry), analyzers: () => [probe, new SessionProbe(probe)], packs: packs)
            .Check([new ContentFile("a.it.md", Encoding.UTF8.GetBytes("Rispondiamo entro 24 ore a ogni richiesta di assistenza.\n"))]);

        result.Documents.ShouldHaveSingleItem();
        probe.Sessions.Distinct().ShouldHaveSingleItem().Packs.ShouldBeSameAs(packs);
        probe.Packs.ShouldAllBe(p => p.Code == "it");
        probe.Packs.ShouldAllBe(p => ReferenceEquals(p, packs.Get("it")));
    }

    [Fact]
    public void A_claim_rule_naming_a_diagnostic_no_rule_reports_is_a_registry_error_at_its_diagnostic()
    {
        var loaded = RegistryLoader.LoadText("""
            brand: { name: Acme }
            claims:
              - id: our-green-words
                diagnostic: NL5099
                check: unsubstantiated-phrase
                title: Our own list
                phrases: { en: [planet-positive] }
            """, "brand.yaml", BuiltInAnalyzers.SupportedDiagnosticIds);

        var error = loaded.Errors.ShouldHaveSingleItem();
        error.Message.ShouldContain("NL5099");
        error.Message.ShouldContain("NL5001");
        (error.Position.Line, error.Position.Column).ShouldBe((4, 17));
    }

    enum ThrowIn { Sentence, Document, CorpusEnd, Initialize }

    sealed class Throwing(ThrowIn where) : NarrativeAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [];

        public override void Initialize(NarrativeAnalysisContext context)
        {
            if (where == ThrowIn.Initialize) throw new InvalidOperationException("rule bug");
            context.RegisterSentenceAction(_ => { if (where == ThrowIn.Sentence) throw new InvalidOperationException("rule bug"); });
            context.RegisterDocumentAction(_ => { if (where == ThrowIn.Document) throw new InvalidOperationException("rule bug"); });
            context.RegisterCorpusEndAction(_ => { if (where == ThrowIn.CorpusEnd) throw new InvalidOperationException("rule bug"); });
        }
    }

    /// <summary>Records the session and packs it is given; a second probe records into the first.</summary>
    sealed class SessionProbe(SessionProbe? into = null) : NarrativeAnalyzer
    {
        public List<AnalysisSession> Sessions { get; } = [];
        public List<LanguagePack> Packs { get; } = [];

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [];

        public override void Initialize(NarrativeAnalysisContext context)
        {
            var target = into ?? this;
            lock (target) target.Sessions.Add(context.Session);
            context.RegisterSentenceAction(ctx =>
            {
                lock (target)
                {
                    target.Sessions.Add(ctx.Session);
                    target.Packs.Add(ctx.Sentence.Pack);
                }
            });
        }
    }
}
