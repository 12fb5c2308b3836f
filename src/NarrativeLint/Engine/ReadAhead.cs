using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using NarrativeLint.Channels;

namespace NarrativeLint.Engine;

/// <summary>
/// Reads and parses files on the core that start-up leaves idle: while a check's process loads its packs and registry
/// (on one thread), this reads the files it will check, in the order the engine takes them, with the default readers.
/// The engine takes what is ready and reads the rest itself; its workers stop this thread when they start, so it never
/// competes with them. A file is parsed here exactly as the engine would parse it (the same bytes, the same reader),
/// so what is found does not change. Used only without a cache: a run with one reads few files, and the cache's index
/// must stamp the very bytes it hashed.
/// </summary>
public sealed class ReadAhead
{
    /// <summary>Larger files are left to the engine, under its per-file time budget.</summary>
    const long LargestFile = 512 * 1024;

    /// <param name="Document">The first default reader's document, null when that reader declined it, failed or found it binary.</param>
    sealed record Read(ContentFile File, ChannelReader? Reader, ContentDocument? Document);

    readonly ConcurrentDictionary<string, Read> ready = new(StringComparer.Ordinal);
    readonly ConditionalWeakTable<ContentFile, Read> taken = [];
    readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    volatile bool stopped;
    int documentsTaken;

    ReadAhead()
    {
    }

    /// <summary>Starts reading the files under <paramref name="paths"/> (as <c>check</c> expands them) on a background thread.</summary>
    /// <param name="workingDirectory">What displayed paths are relative to: the engine's <see cref="EngineOptions.WorkingDirectory"/>.</param>
    public static ReadAhead Start(IReadOnlyList<string> paths, string workingDirectory)
    {
        var ahead = new ReadAhead();
        var thread = new Thread(() =>
        {
            ahead.ReadAll(paths, workingDirectory);
            ahead.done.SetResult();
        }) { IsBackground = true, Name = "NarrativeLint read-ahead" };
        thread.Start();
        return ahead;
    }

    void ReadAll(IReadOnlyList<string> paths, string workingDirectory)
    {
        try
        {
            foreach (var (path, _) in FileDiscovery.Expand(paths))
            {
                if (stopped) return;
                var info = new FileInfo(path);
                if (!info.Exists || info.Length > LargestFile) continue;
                var file = new ContentFile(NarrativeEngine.DisplayPath(path, workingDirectory), File.ReadAllBytes(path));
                ready[path] = Parse(file);
            }
        }
        catch (Exception)
        {
            // Whatever stops this thread (a folder that vanished, an unreadable file) stops only the reading ahead: the
            // engine reads the rest itself and reports what it cannot read. A thread's exception would end the process.
        }
    }

    static Read Parse(ContentFile file)
    {
        foreach (var reader in ChannelReaders.Default)
        {
            if (!reader.CanRead(file)) continue;
            if (!reader.IsBinaryFormat && TextDecoding.LooksBinary(file.Bytes)) return new(file, reader, null);
            try
            {
                return new(file, reader, reader.TryRead(file));
            }
            catch (Exception)
            {
                // The engine reads it again and reports the reader's failure with the file.
                return new(file, reader, null);
            }
        }
        return new(file, null, null);
    }

    /// <summary>Completes when the thread has read every file or was stopped.</summary>
    internal Task Done => done.Task;

    /// <summary>How many documents the engine took from here instead of parsing them.</summary>
    internal int DocumentsTaken => Volatile.Read(ref documentsTaken);

    /// <summary>Stops reading after the file at hand: the engine's own workers are starting.</summary>
    public void Stop() => stopped = true;

    /// <summary>The file at <paramref name="path"/> as read ahead, if it was and is displayed as <paramref name="display"/>.</summary>
    internal ContentFile? Take(string path, string display)
    {
        if (!ready.TryRemove(path, out var read) || read.File.Path != display) return null;
        taken.AddOrUpdate(read.File, read);
        return read.File;
    }

    /// <summary>The document <paramref name="reader"/> made of a file <see cref="Take"/> gave, if it was parsed ahead.</summary>
    internal ContentDocument? DocumentOf(ContentFile file, ChannelReader reader)
    {
        if (!taken.TryGetValue(file, out var read) || !taken.Remove(file) || !ReferenceEquals(read.Reader, reader) || read.Document is null) return null;
        Interlocked.Increment(ref documentsTaken);
        return read.Document;
    }

    /// <summary>Forgets what the engine did not take (files its configuration excludes).</summary>
    internal void Clear()
    {
        Stop();
        ready.Clear();
    }
}
