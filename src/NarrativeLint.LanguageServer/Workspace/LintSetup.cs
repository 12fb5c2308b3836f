using System.Collections.Immutable;
using NarrativeLint.Analyzers;
using NarrativeLint.Engine;
using NarrativeLint.Engine.Cache;
using NarrativeLint.Registry;

namespace NarrativeLint.LanguageServer.Workspace;

/// <summary>
/// What the server lints with: the registry loaded from the settings' path, the engine built on it, and the
/// workspace index that engine analysed. Rebuilt whole when the registry or the settings change.
/// </summary>
public sealed class LintSetup : IDisposable
{
    readonly CancellationTokenSource _lifetime = new();

    LintSetup(ServerSettings settings, string registryPath, RegistryLoadResult loaded, WorkspacePaths paths)
    {
        Settings = settings;
        RegistryPath = registryPath;
        Registry = loaded.Registry;
        RegistryErrors = loaded.Errors;
        // The server's packs are the built-in ones, so the registry's files are all a cache entry depends on besides the content.
        // An entry keeps its findings' messages in English, so in another language the index is built afresh.
        Cache = settings.Cache is { } folder && MessageLanguage.IsEnglish(settings.MessageCulture) ? new DocumentCache(Path.GetFullPath(Path.Combine(paths.Root, folder)), loaded.Registry.Files) : null;
        Engine = new NarrativeEngine(loaded.Registry, new EngineOptions { WorkingDirectory = paths.Root, Severities = settings.Severities, Cache = Cache });
        Index = new WorkspaceIndex(Engine, paths, IsRegistryFile);
    }

    public ServerSettings Settings { get; }
    /// <summary>Absolute path of the registry file or folder.</summary>
    public string RegistryPath { get; }
    public BrandRegistry Registry { get; }
    /// <summary>What is wrong with the registry; the valid rest is still used, so the author keeps linting while fixing it.</summary>
    public ImmutableArray<RegistryError> RegistryErrors { get; }
    public NarrativeEngine Engine { get; }
    /// <summary>The cache the workspace index reads unchanged files from (the <c>cache</c> setting), if any.</summary>
    public DocumentCache? Cache { get; }
    public WorkspaceIndex Index { get; }
    public CancellationToken Lifetime => _lifetime.Token;

    public static LintSetup Load(ServerSettings settings, WorkspacePaths paths)
    {
        var registryPath = Path.GetFullPath(Path.Combine(paths.Root, settings.Registry));
        return new LintSetup(settings, registryPath, RegistryLoader.Load(registryPath), paths);
    }

    /// <summary>Whether a file is part of the registry (or its folder): such files are reloaded, not linted as content.</summary>
    public bool IsRegistryFile(string fullPath)
    {
        var path = Path.GetFullPath(fullPath);
        return path == RegistryPath || path.StartsWith(RegistryPath.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
    }
}
