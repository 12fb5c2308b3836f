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

/// <summary>An action a rule registered, with the rule it belongs to, so a failure can name it (NL0008).</summary>
internal sealed record RegisteredAction<T>(NarrativeAnalyzer Owner, Action<T> Run);

/// <summary>Where an analyzer registers its actions; the engine calls them for every sentence, document and at the end of the corpus.</summary>
public sealed class NarrativeAnalysisContext
{
    readonly List<RegisteredAction<SentenceAnalysisContext>> _sentenceActions = [];
    readonly List<RegisteredAction<DocumentAnalysisContext>> _documentActions = [];
    readonly List<RegisteredAction<CorpusAnalysisContext>> _corpusEndActions = [];
    readonly List<RegisteredAction<CorpusAnalysisContext>> _translationPairActions = [];
    readonly List<(NarrativeAnalyzer Owner, DocumentDerivation Derivation)> _derivations = [];
    NarrativeAnalyzer? _initializing;

    internal NarrativeAnalysisContext(AnalysisSession session) => Session = session;

    /// <summary>What the whole run shares: registry, language packs, phrase index, commitment topics.</summary>
    public AnalysisSession Session { get; }

    public Registry.BrandRegistry Registry => Session.Registry;

    public void RegisterSentenceAction(Action<SentenceAnalysisContext> action) => _sentenceActions.Add(new(Owner, action));

    public void RegisterDocumentAction(Action<DocumentAnalysisContext> action) => _documentActions.Add(new(Owner, action));

    /// <summary>Runs once after every document was analysed, for rules that compare documents.</summary>
    public void RegisterCorpusEndAction(Action<CorpusAnalysisContext> action) => _corpusEndActions.Add(new(Owner, action));

    /// <summary>
    /// Runs once per translation pair after every document was analysed, with a context that holds that pair and its
    /// two documents only. The action reads nothing but them and the registry, so what it finds on a pair depends on
    /// the two documents alone: pairs are compared on every core, and with a cache (<c>--cache</c>) a pair whose two
    /// files are unchanged gives back what it found before without reading their blocks.
    /// </summary>
    public void RegisterTranslationPairAction(Action<CorpusAnalysisContext> action) => _translationPairActions.Add(new(Owner, action));

    /// <summary>
    /// Declares what a corpus-end action derives from each document, so the engine derives it while the document is
    /// whole and can keep (and cache) that instead of the document's sentences.
    /// </summary>
    public void RegisterDocumentDerivation(DocumentDerivation derivation)
    {
        _derivations.Add((Owner, derivation));
    }

    NarrativeAnalyzer Owner => _initializing ?? throw new InvalidOperationException("Actions are registered from NarrativeAnalyzer.Initialize.");

    /// <summary>Lets <paramref name="analyzer"/> register its actions; what it registered before throwing is dropped with it.</summary>
    internal void Initialize(NarrativeAnalyzer analyzer)
    {
        _initializing = analyzer;
        try
        {
            analyzer.Initialize(this);
        }
        catch
        {
            _sentenceActions.RemoveAll(a => a.Owner == analyzer);
            _documentActions.RemoveAll(a => a.Owner == analyzer);
            _corpusEndActions.RemoveAll(a => a.Owner == analyzer);
            _translationPairActions.RemoveAll(a => a.Owner == analyzer);
            _derivations.RemoveAll(d => d.Owner == analyzer);
            throw;
        }
        finally
        {
            _initializing = null;
        }
    }

    internal IReadOnlyList<RegisteredAction<SentenceAnalysisContext>> SentenceActions => _sentenceActions;
    internal IReadOnlyList<RegisteredAction<DocumentAnalysisContext>> DocumentActions => _documentActions;
    internal IReadOnlyList<RegisteredAction<CorpusAnalysisContext>> CorpusEndActions => _corpusEndActions;
    internal IReadOnlyList<RegisteredAction<CorpusAnalysisContext>> TranslationPairActions => _translationPairActions;
    internal IReadOnlyList<(NarrativeAnalyzer Owner, DocumentDerivation Derivation)> Derivations => _derivations;
}
