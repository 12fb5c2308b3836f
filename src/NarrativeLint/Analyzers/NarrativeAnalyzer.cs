using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace NarrativeLint.Analyzers;

/// <summary>
/// A rule family, shaped like Roslyn's <c>DiagnosticAnalyzer</c>: it declares its descriptors and,
/// in <see cref="Initialize"/>, only registers the actions that do the work.
/// </summary>
public abstract class NarrativeAnalyzer
{
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public abstract void Initialize(NarrativeAnalysisContext context);
}

/// <summary>Where an analyzer registers its actions; the engine calls them for every sentence, document and at the end of the corpus.</summary>
public sealed class NarrativeAnalysisContext
{
    readonly List<Action<SentenceAnalysisContext>> _sentenceActions = [];
    readonly List<Action<DocumentAnalysisContext>> _documentActions = [];
    readonly List<Action<CorpusAnalysisContext>> _corpusEndActions = [];

    public NarrativeAnalysisContext(Registry.BrandRegistry registry) => Registry = registry;

    public Registry.BrandRegistry Registry { get; }

    public void RegisterSentenceAction(Action<SentenceAnalysisContext> action) => _sentenceActions.Add(action);

    public void RegisterDocumentAction(Action<DocumentAnalysisContext> action) => _documentActions.Add(action);

    /// <summary>Runs once after every document was analysed, for rules that compare documents.</summary>
    public void RegisterCorpusEndAction(Action<CorpusAnalysisContext> action) => _corpusEndActions.Add(action);

    internal IReadOnlyList<Action<SentenceAnalysisContext>> SentenceActions => _sentenceActions;
    internal IReadOnlyList<Action<DocumentAnalysisContext>> DocumentActions => _documentActions;
    internal IReadOnlyList<Action<CorpusAnalysisContext>> CorpusEndActions => _corpusEndActions;
}
