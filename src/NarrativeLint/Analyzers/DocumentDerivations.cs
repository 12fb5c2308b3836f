using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace NarrativeLint.Analyzers;

/// <summary>
/// What cross-document rules derive from one analysed document alone (its facts), kept as long as the document lives.
/// The language server keeps its workspace's analysed documents between runs, so a keystroke re-derives only the
/// edited buffer's facts, not the workspace's.
/// </summary>
/// <remarks>One instance per engine: what is derived depends on the engine's registry, as the analysed documents do.</remarks>
public sealed class DocumentDerivations
{
    readonly ConditionalWeakTable<AnalyzedDocument, ConcurrentDictionary<string, object>> _byDocument = new();

    /// <summary>The value derived under <paramref name="key"/> from the document, derived on first use.</summary>
    public T GetOrAdd<T>(AnalyzedDocument document, string key, Func<AnalyzedDocument, T> derive) where T : notnull
    {
        var value = Of(document).GetOrAdd(key, _ => derive(document));
        return (T)(value is Deferred deferred ? deferred.Value.Value : value);
    }

    /// <summary>Sets what was derived from a document while it was whole (or read from the cache) on the form of it the run keeps.</summary>
    public void Put(AnalyzedDocument document, string key, object value) => Of(document)[key] = value;

    /// <summary>
    /// Sets a value to be read only when a rule first asks for it: a cache entry's translation blocks, which a run
    /// whose pairs' findings are all remembered never reads.
    /// </summary>
    internal void PutDeferred(AnalyzedDocument document, string key, Func<object> read) => Of(document)[key] = new Deferred(new Lazy<object>(read));

    sealed record Deferred(Lazy<object> Value);

    ConcurrentDictionary<string, object> Of(AnalyzedDocument document) =>
        _byDocument.GetValue(document, _ => new ConcurrentDictionary<string, object>(StringComparer.Ordinal));
}
