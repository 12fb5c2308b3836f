using System.Collections.Concurrent;

namespace NarrativeLint.Analyzers;

/// <summary>
/// What corpus-end work builds from the documents a run compares with but reports nothing on (the language server's
/// workspace): built once and kept while they are the same analysed documents, so a keystroke compares the buffer
/// with the workspace's prepared facts instead of gathering them again. One value per key, the latest workspace's,
/// so a workspace that changes leaves no older value behind.
/// </summary>
/// <remarks>One instance per engine, as <see cref="DocumentDerivations"/>: the values depend on the engine's registry.</remarks>
public sealed class WorkspaceMemo
{
    readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    sealed record Entry(IReadOnlyList<AnalyzedDocument> Documents, object Value);

    /// <summary>
    /// The value built under <paramref name="key"/> from <paramref name="documents"/>, built again when they are not the
    /// same objects in the same order, or when the kept value is not <paramref name="valid"/> for this run.
    /// </summary>
    public T GetOrAdd<T>(string key, IReadOnlyList<AnalyzedDocument> documents, Func<IReadOnlyList<AnalyzedDocument>, T> build, Func<T, bool>? valid = null) where T : notnull
    {
        if (_entries.TryGetValue(key, out var entry) && Same(entry.Documents, documents) && valid?.Invoke((T)entry.Value) != false) return (T)entry.Value;
        var value = build(documents);
        _entries[key] = new Entry(documents, value);
        return value;
    }

    /// <summary>By reference: an analysed document is replaced, never changed, when its file or buffer changes.</summary>
    static bool Same(IReadOnlyList<AnalyzedDocument> kept, IReadOnlyList<AnalyzedDocument> now)
    {
        if (kept.Count != now.Count) return false;
        for (int i = 0; i < kept.Count; i++)
            if (!ReferenceEquals(kept[i], now[i])) return false;
        return true;
    }
}
