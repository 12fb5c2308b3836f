using System.Collections.Concurrent;
using NarrativeLint.Analyzers;
using NarrativeLint.Engine;

namespace NarrativeLint.LanguageServer.Workspace;

/// <summary>
/// The workspace's documents in analysed form, so an open buffer is compared with the other documents (NL2001)
/// without reading the workspace again on every keystroke. Built once in the background on one core; files the
/// client reports changed are analysed again, and an open buffer's latest analysis stands in for its file.
/// </summary>
public sealed class WorkspaceIndex(NarrativeEngine engine, WorkspacePaths paths, Func<string, bool> excluded)
{
    readonly ConcurrentDictionary<string, AnalyzedDocument> _documents = new(StringComparer.Ordinal);
    readonly TaskCompletionSource _built = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first full pass over the workspace is done.</summary>
    public Task Built => _built.Task;

    public int Count => _documents.Count;

    public IEnumerable<AnalyzedDocument> Documents => _documents.Values;

    /// <summary>Analyses every file under the root on one core; documents already there (open buffers) are kept.</summary>
    public Task BuildAsync(CancellationToken cancellation) => Task.Run(() =>
    {
        try
        {
            foreach (var document in engine.Analyze([paths.Root], maxDegreeOfParallelism: 1, cancellation))
                if (!excluded(Path.Combine(paths.Root, document.Path))) _documents.TryAdd(document.Path, document);
            _built.TrySetResult();
        }
        catch (OperationCanceledException)
        {
            _built.TrySetCanceled(cancellation);
        }
        catch (Exception e)
        {
            _built.TrySetException(e);
        }
    }, cancellation);

    /// <summary>Puts a buffer's analysed form in place of its file's.</summary>
    public void Put(AnalyzedDocument document) => _documents[document.Path] = document;

    /// <summary>Analyses a file again from disk (it changed, or its buffer was closed); a deleted or unreadable file leaves the index.</summary>
    public void Refresh(string fullPath)
    {
        var display = paths.DisplayPathOfFile(fullPath);
        if (excluded(fullPath) || !File.Exists(fullPath))
        {
            _documents.TryRemove(display, out _);
            return;
        }
        var analysed = engine.Analyze([fullPath], maxDegreeOfParallelism: 1);
        if (analysed.Length == 1) _documents[display] = analysed[0];
        else _documents.TryRemove(display, out _);
    }
}
