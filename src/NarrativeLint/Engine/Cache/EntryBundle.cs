using System.Collections.Concurrent;
using NarrativeLint.Analyzers;

namespace NarrativeLint.Engine.Cache;

/// <summary>
/// Every document entry a run used, in one file of the cache (<c>entries.bundle</c>) read in one go: a warm run
/// restores its documents from it instead of opening one entry file per document (1,814 opens and reads on a
/// site). An entry's own file is still written, and read when the bundle lacks it; the bundle is written again,
/// atomically, holding only the entries the run used, once enough of them came from elsewhere (an edited file's new
/// entry does not rewrite 20 MB; a changed registry, which names every entry anew, does). Entries are named by
/// their keys, which cover everything that decides them, so an entry found here is the one its file would give;
/// a bundle that is truncated, corrupt (its checksum) or of another format is ignored and written again.
/// </summary>
sealed class EntryBundle
{
    const string Name = "entries.bundle";
    const string Key = "entry bundle";

    /// <summary>Entries from elsewhere a run may use before the bundle is written again: at least this many, or a twentieth of the run's entries.</summary>
    internal const int Tolerated = 32;

    readonly DocumentCache _cache;
    readonly byte[] _bytes;
    readonly Dictionary<string, (int Start, int End)> _held;

    /// <summary>The keys of the run's entries: true for one the bundle gave.</summary>
    readonly ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);

    EntryBundle(DocumentCache cache, Contents contents) => (_cache, _bytes, _held) = (cache, contents.Bytes, contents.Held);

    /// <summary>What a bundle's file holds: its bytes, and where each entry's payload lies in them by its key.</summary>
    internal sealed record Contents(byte[] Bytes, Dictionary<string, (int Start, int End)> Held);

    /// <summary>The cache's bundle, from <paramref name="read"/> when the folder's file was read ahead; empty when there is none or it cannot be trusted.</summary>
    public static EntryBundle Open(DocumentCache cache, Contents? read = null) => new(cache, read ?? ReadFolder(cache.Directory));

    /// <summary>The bundle's file in the cache folder <paramref name="directory"/>; empty when there is none or it cannot be trusted.</summary>
    internal static Contents ReadFolder(string directory)
    {
        var held = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        if (DocumentCache.ReadFile(directory, Name, Key) is not { } payload) return new Contents([], held);
        try
        {
            var reader = new DerivationReader(payload.Array!, payload.Offset, payload.Offset + payload.Count);
            var count = reader.Int();
            held.EnsureCapacity(count);
            for (int i = 0; i < count; i++) held[reader.Text()] = reader.Part();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            held.Clear();
        }
        return new Contents(payload.Array!, held);
    }

    /// <summary>The payload of the entry under <paramref name="key"/>, if the bundle holds it (the bundle's checksum held when it was read).</summary>
    public ArraySegment<byte>? Read(string key)
    {
        if (!_held.TryGetValue(key, out var part)) return null;
        _used[key] = true;
        return new ArraySegment<byte>(_bytes, part.Start, part.End - part.Start);
    }

    /// <summary>Notes an entry the run used that came from its own file or was written afresh.</summary>
    public void UsedElsewhere(string key) => _used.TryAdd(key, false);

    /// <summary>Writes the bundle again with the run's entries when too many came from elsewhere.</summary>
    public void Save()
    {
        var elsewhere = _used.Count(u => !u.Value);
        if (elsewhere <= Math.Max(Tolerated, _used.Count / 20)) return;
        using var payload = new MemoryStream();
        var writer = new DerivationWriter(payload);
        var entries = new List<(string Key, ArraySegment<byte> Payload)>(_used.Count);
        foreach (var key in _used.Keys.Order(StringComparer.Ordinal))
            if ((_held.ContainsKey(key) ? Read(key) : _cache.Read(key)) is { } entry) entries.Add((key, entry));
        writer.Int(entries.Count);
        foreach (var (key, entry) in entries)
        {
            writer.String(key);
            writer.Part(entry);
        }
        writer.Flush();
        _cache.WriteFile(Name, Key, payload.GetBuffer().AsSpan(0, (int)payload.Length));
    }
}
