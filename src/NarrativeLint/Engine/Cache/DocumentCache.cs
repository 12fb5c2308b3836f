using System.Buffers;
using System.Buffers.Binary;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using NarrativeLint.Reporting;

namespace NarrativeLint.Engine.Cache;

/// <summary>
/// A folder of analysed documents (<c>check --cache DIR</c>, the configuration's <c>cache:</c>, the language
/// server's <c>cache</c> setting): one entry per file, named by the hash of its content and path and of everything
/// else that decides its analysis — the tool's build, the registry's and language packs' files, the configuration
/// the engine runs with. Any change to one of those names other entries, so an entry is never read for an input it
/// was not made from. Entries are written atomically; one that is truncated, corrupt or of another format is ignored
/// and written again.
/// </summary>
public sealed class DocumentCache
{
    /// <summary>Changes whenever an entry's layout does; entries of another layout are ignored.</summary>
    const int Format = 6;

    static readonly byte[] Magic = "NLCACHE\n"u8.ToArray();

    readonly string _inputs;

    /// <param name="directory">The cache folder; created when the first entry is written.</param>
    /// <param name="inputFiles">The files besides the content that decide an analysis: registry files, language pack files, the configuration file.</param>
    /// <param name="toolVersion">The tool's build; by default its version and the module id of this build of the library, so a rebuilt tool never reads an older build's entries.</param>
    /// <param name="readAhead">The folder's shared files as read ahead on another thread (see <see cref="CacheReadAhead"/>), if they were.</param>
    public DocumentCache(string directory, IEnumerable<string> inputFiles, string? toolVersion = null, CacheReadAhead? readAhead = null)
    {
        Directory = Path.GetFullPath(directory);
        _files = new(() => FileIndex.Open(this, readAhead?.IndexOf(Directory)));
        _bundle = new(() => EntryBundle.Open(this, readAhead?.BundleOf(Directory)));
        var manifest = new StringBuilder().Append("format ").Append(Format).Append('\n')
            .Append("tool ").Append(toolVersion ?? ToolBuild).Append('\n');
        foreach (var file in inputFiles.Select(Path.GetFullPath).Distinct().Order(StringComparer.Ordinal))
            manifest.Append(file).Append(' ').Append(RegistryHash.OfFile(file) ?? "unreadable").Append('\n');
        _inputs = manifest.ToString();
    }

    public string Directory { get; }

    int _hits, _written;

    /// <summary>How many documents were read back from entries since this cache was opened.</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>How many entries were written since this cache was opened: the documents analysed afresh that an entry can hold.</summary>
    public int Written => Volatile.Read(ref _written);

    /// <summary>Counts a document read back whole from its entry.</summary>
    internal void Hit() => Interlocked.Increment(ref _hits);

    int _recalled;

    /// <summary>How many translation pairs' findings were given back from the cache's memo since it was opened (see <see cref="TranslationPairMemo"/>): pairs not aligned again.</summary>
    public int PairsRecalled => Volatile.Read(ref _recalled);

    internal void PairRecalled() => Interlocked.Increment(ref _recalled);

    static string ToolBuild
    {
        get
        {
            var assembly = typeof(DocumentCache).Assembly;
            var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
            return version + " " + assembly.ManifestModule.ModuleVersionId.ToString("N");
        }
    }

    /// <summary>The SHA-256 of a file's bytes: what <see cref="FileIndex"/> keeps and an entry's key is made from.</summary>
    internal static byte[] ContentHash(ReadOnlySpan<byte> content) => SHA256.HashData(content);

    /// <summary>The key of one file's entry under a run's settings (<paramref name="settings"/>, what the engine adds to the inputs), by its content's hash.</summary>
    internal string KeyOf(string settings, string path, ReadOnlySpan<byte> contentHash)
    {
        // What every entry of a run shares (the inputs and the settings) is hashed once; a key hashes that digest, the path
        // and the content's hash (the two digests are of fixed length, so the path between them is never ambiguous).
        var shared = SharedDigest(settings);
        var length = shared.Length + Encoding.UTF8.GetByteCount(path) + contentHash.Length;
        var rented = length > 1024 ? ArrayPool<byte>.Shared.Rent(length) : null;
        Span<byte> input = rented ?? stackalloc byte[1024];
        shared.CopyTo(input);
        var at = shared.Length + Encoding.UTF8.GetBytes(path, input[shared.Length..]);
        contentHash.CopyTo(input[at..]);
        Span<byte> key = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(input[..(at + contentHash.Length)], key);
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        return Convert.ToHexStringLower(key);
    }

    sealed record SettingsDigest(string Settings, byte[] Digest);

    SettingsDigest? _settingsDigest;

    byte[] SharedDigest(string settings)
    {
        if (Volatile.Read(ref _settingsDigest) is { } known && string.Equals(known.Settings, settings, StringComparison.Ordinal)) return known.Digest;
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(_inputs + "settings\n" + settings));
        Volatile.Write(ref _settingsDigest, new SettingsDigest(settings, digest));
        return digest;
    }

    /// <summary>The index of the files' content hashes (see <see cref="FileIndex"/>), read once, when first asked for.</summary>
    internal FileIndex Files => _files.Value;

    readonly Lazy<FileIndex> _files;

    /// <summary>The bundle of the entries runs used (see <see cref="EntryBundle"/>), read once, when first asked for: the threads restoring documents wait for it rather than each reading it.</summary>
    EntryBundle Bundle => _bundle.Value;

    readonly Lazy<EntryBundle> _bundle;

    /// <summary>Writes the index of the files' hashes if a run looked at it and a record changed, and the bundle of entries if too many came from elsewhere.</summary>
    internal void SaveFiles()
    {
        if (_files.IsValueCreated) _files.Value.Save();
        if (_bundle.IsValueCreated) _bundle.Value.Save();
    }

    int _unread;

    /// <summary>How many files were found unchanged by the index since this cache was opened, so were neither read nor hashed.</summary>
    public int Unread => Volatile.Read(ref _unread);

    internal void UnreadFile() => Interlocked.Increment(ref _unread);

    string PathOf(string key) => Path.Combine(key[..2], key + ".entry");

    /// <summary>
    /// The payload stored under <paramref name="key"/>, or null when there is none or it cannot be trusted: another
    /// format, another key, a length that does not match, a checksum that does not match.
    /// </summary>
    internal ArraySegment<byte>? Read(string key) => ReadFile(PathOf(key), key);

    /// <summary>As <see cref="Read"/>, for a document's entry: from the bundle of entries when it holds it, else from the entry's own file.</summary>
    internal ArraySegment<byte>? ReadDocument(string key)
    {
        var bundle = Bundle;
        if (bundle.Read(key) is { } bundled) return bundled;
        var read = Read(key);
        if (read is not null) bundle.UsedElsewhere(key);
        return read;
    }

    /// <summary>As <see cref="Read"/>, for a file of the cache with its own name (<paramref name="name"/>, relative to the folder).</summary>
    internal ArraySegment<byte>? ReadFile(string name, string key) => ReadFile(Directory, name, key);

    /// <summary>As <see cref="ReadFile(string, string)"/>, in the cache folder <paramref name="directory"/> (full path), before a cache is opened on it.</summary>
    internal static ArraySegment<byte>? ReadFile(string directory, string name, string key)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(Path.Combine(directory, name));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        var keyBytes = Encoding.ASCII.GetBytes(key);
        int header = Magic.Length + 4 + keyBytes.Length + 4;
        if (bytes.Length < header + 32 || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic)) return null;
        if (BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(Magic.Length)) != Format) return null;
        if (!bytes.AsSpan(Magic.Length + 4, keyBytes.Length).SequenceEqual(keyBytes)) return null;
        var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(header - 4));
        if (length < 0 || bytes.Length != header + length + 32) return null;
        var payload = bytes.AsSpan(header, length);
        if (!SHA256.HashData(payload).AsSpan().SequenceEqual(bytes.AsSpan(header + length))) return null;
        return new ArraySegment<byte>(bytes, header, length);
    }

    /// <summary>Stores a payload under <paramref name="key"/>, atomically; a cache that cannot be written costs speed, never the run.</summary>
    /// <param name="counted">Whether it counts among <see cref="Written"/>: a document's entry does, the run's memo of translation pairs not.</param>
    internal void Write(string key, ReadOnlySpan<byte> payload, bool counted = true)
    {
        if (!WriteFile(PathOf(key), key, payload) || !counted) return;
        Interlocked.Increment(ref _written);
        if (_bundle.IsValueCreated) _bundle.Value.UsedElsewhere(key);
    }

    /// <summary>As <see cref="Write"/>, for a file of the cache with its own name; whether it was written.</summary>
    internal bool WriteFile(string name, string key, ReadOnlySpan<byte> payload)
    {
        var keyBytes = Encoding.ASCII.GetBytes(key);
        var entry = new byte[Magic.Length + 4 + keyBytes.Length + 4 + payload.Length + 32];
        var at = entry.AsSpan();
        Magic.CopyTo(at);
        BinaryPrimitives.WriteInt32LittleEndian(at[Magic.Length..], Format);
        keyBytes.CopyTo(at[(Magic.Length + 4)..]);
        var header = Magic.Length + 4 + keyBytes.Length + 4;
        BinaryPrimitives.WriteInt32LittleEndian(at[(header - 4)..], payload.Length);
        payload.CopyTo(at[header..]);
        SHA256.HashData(payload, at[(header + payload.Length)..]);
        try
        {
            AtomicFile.Write(Path.Combine(Directory, name), stream => stream.Write(entry), durable: false);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
