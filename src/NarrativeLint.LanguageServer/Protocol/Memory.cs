namespace NarrativeLint.LanguageServer.Protocol;

/// <summary>
/// The answer to <c>narrativelint/memory</c> (not LSP; for benchmarks): what the server keeps, measured after a full
/// collection, what it has allocated since it started, and the process's resident memory.
/// </summary>
public sealed record MemoryReport(long ManagedBytes, long AllocatedBytes, long WorkingSetBytes, int FullCollections);
