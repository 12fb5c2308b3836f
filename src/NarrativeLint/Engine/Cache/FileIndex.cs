using System.Collections.Concurrent;
using NarrativeLint.Analyzers;

namespace NarrativeLint.Engine.Cache;

/// <summary>What a file looked like on disk when it was hashed: its length, modification and creation times, and when it was looked at.</summary>
readonly record struct FileStamp(long Length, long Written, long Created, long Observed)
{
    /// <summary>The stamp of a file that exists, taken when it is about to be read (its look-up time within the racy margin of its stat).</summary>
    public static FileStamp Of(FileInfo info)
    {
        var observed = DateTime.UtcNow.Ticks;
        return new(info.Length, info.LastWriteTimeUtc.Ticks, info.CreationTimeUtc.Ticks, observed);
    }

    public bool SameFileAs(in FileStamp other) => Length == other.Length && Written == other.Written && Created == other.Created;
}

/// <summary>
/// The content hash of every file the cache has hashed, beside the file's length, modification and creation times
/// (as git's index keeps them): a file whose times and length are those recorded is not read or hashed again, its
/// entry is found by the recorded hash. A file written less than <see cref="Racy"/> before it was hashed may have
/// changed within the file system's clock tick, so it is hashed again until a later look records it (git's racy
/// rule). One file of the cache holds every record, read in one go and written again, atomically, only when a record changed.
/// </summary>
sealed class FileIndex
{
    /// <summary>The margin of the racy rule: more than the coarsest file system clock (FAT's 2 s) and the drift between the two clocks.</summary>
    static readonly long Racy = TimeSpan.FromSeconds(3).Ticks;

    const string Name = "files.index";
    const string Key = "file index";

    internal readonly record struct Record(FileStamp Stamp, byte[] Content);

    readonly DocumentCache _cache;
    readonly Lock _saving = new();
    Dictionary<string, Record> _remembered;
    readonly ConcurrentDictionary<string, Record> _seen = new(StringComparer.Ordinal);

    FileIndex(DocumentCache cache, Dictionary<string, Record> remembered) => (_cache, _remembered) = (cache, remembered);

    /// <summary>The cache's index, from <paramref name="read"/> when the folder's file was read ahead; empty when there is none or it cannot be trusted (it is then written again).</summary>
    public static FileIndex Open(DocumentCache cache, Dictionary<string, Record>? read = null) => new(cache, read ?? ReadFolder(cache.Directory));

    /// <summary>The records of the index file in the cache folder <paramref name="directory"/>; none when there is no such file or it cannot be trusted.</summary>
    internal static Dictionary<string, Record> ReadFolder(string directory)
    {
        var remembered = new Dictionary<string, Record>(StringComparer.Ordinal);
        if (DocumentCache.ReadFile(directory, Name, Key) is { } payload)
        {
            try
            {
                var reader = new DerivationReader(payload.Array!, payload.Offset, payload.Offset + payload.Count);
                var count = reader.Int();
                remembered.EnsureCapacity(count);
                for (int i = 0; i < count; i++)
                {
                    var path = reader.Text();
                    var stamp = new FileStamp((long)reader.Hash(), (long)reader.Hash(), (long)reader.Hash(), (long)reader.Hash());
                    var (start, end) = reader.Part();
                    remembered[path] = new Record(stamp, payload.Array.AsSpan(start, end - start).ToArray());
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                remembered.Clear();
            }
        }
        return remembered;
    }

    /// <summary>The recorded content hash of the file at <paramref name="path"/> (full path) when it is unchanged and was not racily recorded; else null.</summary>
    public byte[]? Recall(string path, in FileStamp stamp)
    {
        if (!_seen.TryGetValue(path, out var record) && !_remembered.TryGetValue(path, out record)) return null;
        if (!record.Stamp.SameFileAs(stamp) || record.Stamp.Written >= record.Stamp.Observed - Racy) return null;
        _seen.TryAdd(path, record);
        return record.Content;
    }

    /// <summary>Records the content hash of a file just read, with the stamp taken before it was read.</summary>
    public void Remember(string path, in FileStamp stamp, byte[] content) => _seen[path] = new Record(stamp, content);

    /// <summary>Writes the records, this run's over the earlier ones, unless none changed.</summary>
    public void Save()
    {
        lock (_saving)
        {
            var merged = new Dictionary<string, Record>(_remembered, StringComparer.Ordinal);
            bool changed = false;
            foreach (var (path, record) in _seen)
            {
                if (merged.TryGetValue(path, out var old) && old.Stamp == record.Stamp && old.Content.AsSpan().SequenceEqual(record.Content)) continue;
                merged[path] = record;
                changed = true;
            }
            if (!changed) return;
            using var payload = new MemoryStream();
            var writer = new DerivationWriter(payload);
            writer.Int(merged.Count);
            foreach (var (path, record) in merged.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.String(path);
                writer.Hash((ulong)record.Stamp.Length);
                writer.Hash((ulong)record.Stamp.Written);
                writer.Hash((ulong)record.Stamp.Created);
                writer.Hash((ulong)record.Stamp.Observed);
                writer.Part(record.Content);
            }
            writer.Flush();
            _cache.WriteFile(Name, Key, payload.GetBuffer().AsSpan(0, (int)payload.Length));
            _remembered = merged;
        }
    }
}
