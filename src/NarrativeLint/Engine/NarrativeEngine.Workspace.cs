using System.Collections.Immutable;
using NarrativeLint.Analyzers;
using Microsoft.CodeAnalysis;
using NarrativeLint.Channels;

namespace NarrativeLint.Engine;

/// <summary>
/// What the language server needs beyond a CLI run: a workspace analysed once, without rules, and a check of the
/// open buffers against it in which cross-document rules see the workspace and the buffers' findings alone are reported.
/// </summary>
public sealed partial class NarrativeEngine
{
    /// <summary>Facts cross-document rules derive from each analysed document, kept while the document lives.</summary>
    readonly DocumentDerivations _derived = new();

    /// <summary>What cross-document rules and pairing build from the workspace the language server checks buffers against, kept while it is unchanged.</summary>
    readonly WorkspaceMemo _workspace = new();

    /// <summary>
    /// Reads and annotates the files under <paramref name="paths"/> without running any rule: the analysed form
    /// <see cref="Check(IReadOnlyList{ContentFile}, IEnumerable{AnalyzedDocument})"/> compares with.
    /// Files no channel reads are left out; unreadable ones come back as documents holding their problem.
    /// With a cache (<see cref="EngineOptions.Cache"/>) a file whose entry is there is read from it, and one whose entry
    /// is not is analysed as a check would (its rules too, so the entry serves a later check as well) and stored;
    /// either way the document comes back as a run keeps it, without its sentences.
    /// </summary>
    /// <param name="maxDegreeOfParallelism">How many cores to take; the language server indexes on one and keeps the other for typing.</param>
    public ImmutableArray<AnalyzedDocument> Analyze(IEnumerable<string> paths, int maxDegreeOfParallelism, CancellationToken cancellation = default)
    {
        var files = FileDiscovery.Expand(paths).ToList();
        var documents = new AnalyzedDocument?[files.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxDegreeOfParallelism), CancellationToken = cancellation };
        NarrativeAnalysisContext? context = null;
        if (_options.Cache is not null)
        {
            context = new NarrativeAnalysisContext(_session);
            foreach (var analyzer in _analyzers())
                Contained(analyzer, () => Fragments.Starting, Location.None, _ => { }, () => context.Initialize(analyzer));
        }
        Parallel.For(0, files.Count, parallel, i =>
        {
            var input = ReadInput(files[i].Path, explicitFile: false, recall: context is not null);
            if (context is not null) documents[i] = Outcome(context, input, retain: true, CancellationToken.None)?.Document;
            else if ((input.Failed ?? (input.File is { } file ? ReadDocument(file, explicitFile: false) : null)) is { } content) documents[i] = Annotate(content);
        });
        _options.Cache?.SaveFiles();
        return [.. documents.Where(d => d is not null).Select(d => d!)];
    }

    /// <summary>
    /// Checks in-memory files together with documents analysed earlier by this engine (<see cref="Analyze"/> or the
    /// <see cref="AnalysisResult.Documents"/> of an earlier check): every rule runs on <paramref name="files"/>,
    /// cross-document rules (NL2001) also see <paramref name="others"/>, and findings are reported on the files only.
    /// An other document with the path of a file is replaced by the file. The result's translation pairs are the files' own.
    /// </summary>
    public AnalysisResult Check(IReadOnlyList<ContentFile> files, IEnumerable<AnalyzedDocument> others) =>
        Check(files, others, ImmutableHashSet<string>.Empty);

    /// <summary>
    /// As <see cref="Check(IReadOnlyList{ContentFile}, IEnumerable{AnalyzedDocument})"/>; the documents of
    /// <paramref name="others"/> at <paramref name="changing"/> paths (the editor's other open buffers, analysed anew
    /// as they are typed in) are compared like the rest but kept out of what the engine prepares from the others and
    /// keeps between runs, so an edit in one of them does not make the next run prepare the whole workspace again.
    /// </summary>
    public AnalysisResult Check(IReadOnlyList<ContentFile> files, IEnumerable<AnalyzedDocument> others, IReadOnlySet<string> changing) =>
        Run(files.Count, i => new Input(files[i], null, Explicit: true), retain: false, others, changing);
}
