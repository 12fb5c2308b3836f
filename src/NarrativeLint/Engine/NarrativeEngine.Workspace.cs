using System.Collections.Immutable;
using NarrativeLint.Analyzers;
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

    /// <summary>
    /// Reads and annotates the files under <paramref name="paths"/> without running any rule: the analysed form
    /// <see cref="Check(IReadOnlyList{ContentFile}, IEnumerable{AnalyzedDocument})"/> compares with.
    /// Files no channel reads are left out; unreadable ones come back as documents holding their problem.
    /// </summary>
    /// <param name="maxDegreeOfParallelism">How many cores to take; the language server indexes on one and keeps the other for typing.</param>
    public ImmutableArray<AnalyzedDocument> Analyze(IEnumerable<string> paths, int maxDegreeOfParallelism, CancellationToken cancellation = default)
    {
        var files = FileDiscovery.Expand(paths).ToList();
        var documents = new AnalyzedDocument?[files.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxDegreeOfParallelism), CancellationToken = cancellation };
        Parallel.For(0, files.Count, parallel, i =>
        {
            if (LoadFile(files[i].Path, explicitFile: false) is { } content) documents[i] = Annotate(content);
        });
        return [.. documents.Where(d => d is not null).Select(d => d!)];
    }

    /// <summary>
    /// Checks in-memory files together with documents analysed earlier by this engine (<see cref="Analyze"/> or the
    /// <see cref="AnalysisResult.Documents"/> of an earlier check): every rule runs on <paramref name="files"/>,
    /// cross-document rules (NL2001) also see <paramref name="others"/>, and findings are reported on the files only.
    /// An other document with the path of a file is replaced by the file. The result's translation pairs are the files' own.
    /// </summary>
    public AnalysisResult Check(IReadOnlyList<ContentFile> files, IEnumerable<AnalyzedDocument> others) =>
        Run(files.Count, i => ReadDocument(files[i], explicitFile: true), others);
}
