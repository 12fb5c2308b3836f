namespace NarrativeLint.Engine.Cache;

/// <summary>
/// A cache folder's two shared files — the bundle of entries and the index of content hashes — read and checked on
/// another thread while a check loads its language packs and registry: neither file is named by those, so a warm run
/// need not wait for them after the registry is read. A cache opened on the same folder takes them from here
/// (<see cref="DocumentCache(string, IEnumerable{string}, string?, CacheReadAhead?)"/>); one that cannot be trusted
/// is empty here as it would be when read in place.
/// </summary>
public sealed class CacheReadAhead
{
    readonly Task<EntryBundle.Contents> _bundle;
    readonly Task<Dictionary<string, FileIndex.Record>> _index;

    CacheReadAhead(string directory)
    {
        Directory = directory;
        _bundle = Task.Run(() => EntryBundle.ReadFolder(directory));
        _index = Task.Run(() => FileIndex.ReadFolder(directory));
    }

    /// <summary>Starts reading the shared files of the cache folder <paramref name="directory"/>.</summary>
    public static CacheReadAhead Start(string directory) => new(Path.GetFullPath(directory));

    /// <summary>The folder read (a full path).</summary>
    public string Directory { get; }

    /// <summary>The bundle read ahead for the folder <paramref name="directory"/>; null for another folder or a read that failed (the cache then reads it itself).</summary>
    internal EntryBundle.Contents? BundleOf(string directory) => Of(_bundle, directory);

    /// <summary>The index's records read ahead for the folder <paramref name="directory"/>, as <see cref="BundleOf"/>.</summary>
    internal Dictionary<string, FileIndex.Record>? IndexOf(string directory) => Of(_index, directory);

    T? Of<T>(Task<T> read, string directory) where T : class
    {
        if (!string.Equals(directory, Directory, StringComparison.Ordinal)) return null;
        try
        {
            return read.GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }
}
