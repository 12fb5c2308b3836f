using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using NarrativeLint.Channels;
using NarrativeLint.LanguageServer.Documents;
using NarrativeLint.LanguageServer.Features;
using NarrativeLint.LanguageServer.Workspace;

namespace NarrativeLint.LanguageServer.Server;

/// <summary>
/// Lints open buffers: one analysis at a time, against the workspace index; a burst of keystrokes is linted once
/// after <see cref="ServerSettings.Debounce"/> of quiet (the first change after a pause at once); an analysis
/// for a version that a newer one has replaced is cancelled before it starts, and its result dropped if it finished.
/// </summary>
public sealed class Linting(DocumentStore documents, Func<LintSetup> setup, WorkspacePaths paths, Func<DocsLocation> docs, ServerLog log)
{
    readonly SemaphoreSlim _gate = new(1, 1);
    readonly ConcurrentDictionary<string, LintResult> _results = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, Pending> _pending = new(StringComparer.Ordinal);
    long _workspaceStamp;
    int _lints;

    sealed record Pending(CancellationTokenSource Cancellation, long LastChange);

    /// <summary>Raised with each new result for the latest version of a buffer (push mode publishes it).</summary>
    public event Action<LintResult, bool>? Linted;

    /// <summary>Something other buffers are compared with changed: the index, a file, the registry. Cached results are stale.</summary>
    public void WorkspaceChanged() => Interlocked.Increment(ref _workspaceStamp);

    public LintResult? Latest(string uri) => _results.GetValueOrDefault(uri);

    public void Forget(string uri)
    {
        if (_pending.TryRemove(uri, out var pending)) pending.Cancellation.Cancel();
        _results.TryRemove(uri, out _);
    }

    /// <summary>Schedules a lint of a buffer after a change: at once after a pause, else after the debounce.</summary>
    /// <param name="edited">The buffer's text changed (not only the workspace), so other open buffers are linted after it.</param>
    public void Schedule(string uri, bool edited, bool immediately = false)
    {
        var now = Stopwatch.GetTimestamp();
        var debounce = setup().Settings.Debounce;
        var cancellation = new CancellationTokenSource();
        var previous = _pending.GetValueOrDefault(uri);
        var delay = immediately || previous is null || Stopwatch.GetElapsedTime(previous.LastChange, now) >= debounce ? TimeSpan.Zero : debounce;
        _pending[uri] = new Pending(cancellation, now);
        previous?.Cancellation.Cancel();
        _ = RunAsync(uri, delay, edited, cancellation.Token);
    }

    async Task RunAsync(string uri, TimeSpan delay, bool edited, CancellationToken cancellation)
    {
        try
        {
            if (delay > TimeSpan.Zero) await Task.Delay(delay, cancellation).ConfigureAwait(false);
            var result = await CurrentAsync(uri, cancellation).ConfigureAwait(false);
            if (result is null || cancellation.IsCancellationRequested) return;
            Linted?.Invoke(result, edited);
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            log.Error($"linting {uri} failed", e);
        }
    }

    /// <summary>The result for the buffer's current version and the current workspace: cached, or linted now.</summary>
    public async Task<LintResult?> CurrentAsync(string uri, CancellationToken cancellation)
    {
        await _gate.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            cancellation.ThrowIfCancellationRequested();
            if (documents.Get(uri) is not { } document) return null;
            if (_results.GetValueOrDefault(uri) is { } cached && cached.Document.Version == document.Version
                && cached.WorkspaceStamp == Interlocked.Read(ref _workspaceStamp) && ReferenceEquals(cached.Setup, setup())) return cached;
            var result = await Task.Run(() => Lint(document), cancellation).ConfigureAwait(false);
            // A newer version arrived while this one was analysed: its own lint follows, this result is dropped.
            if (documents.Get(uri)?.Version != document.Version) return null;
            _results[uri] = result;
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    LintResult Lint(OpenDocument document)
    {
        var started = Stopwatch.GetTimestamp();
        var current = setup();
        var path = paths.DisplayPathOf(document.Uri, document.LanguageId);
        var file = new ContentFile(path, Encoding.UTF8.GetBytes(document.Text));
        // The other open buffers change as they are typed in: compared as they are, not prepared with the workspace.
        var otherBuffers = documents.All.Where(d => d.Uri != document.Uri).Select(d => paths.DisplayPathOf(d.Uri, d.LanguageId)).ToHashSet(StringComparer.Ordinal);
        var analysis = current.Engine.Check([file], current.Index.Documents, otherBuffers);
        if (analysis.Document(path) is { } analysed)
        {
            current.Index.Put(analysed);
            WorkspaceChanged();
        }
        var findings = analysis.Active.Where(f => f.Path == path).ToImmutableArray();
        var source = analysis.Document(path)?.Content.Source;
        // The buffer's offsets map exactly when the reader kept the text as it is (not a decoded e-mail part, not a file with a BOM).
        var lines = source is not null && source.Length == document.Text.Length ? document.Lines : null;
        var location = docs();
        var diagnostics = findings
            .Select(f => DiagnosticConversion.ToLsp(f, lines, p => p == path ? document.Uri : paths.UriOf(p), location, current.Settings.MessageCulture))
            .ToArray();
        // The first analysis shows what start-up costs beyond loading (JIT of the pipeline); later ones would flood the log.
        if (Interlocked.Increment(ref _lints) == 1)
            log.Info($"first lint: {path}, {diagnostics.Length} diagnostics against {current.Index.Count} indexed documents in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms");
        return new LintResult(document, path, current, findings, diagnostics, Interlocked.Read(ref _workspaceStamp));
    }
}
