using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NarrativeLint.Channels;
using NarrativeLint.LanguageServer.Documents;
using NarrativeLint.LanguageServer.Features;
using NarrativeLint.LanguageServer.Protocol;
using NarrativeLint.LanguageServer.Workspace;
using StreamJsonRpc;

namespace NarrativeLint.LanguageServer.Server;

/// <summary>
/// The LSP methods NarrativeLint answers. Document notifications are handled in arrival order and only record the
/// change and schedule a lint, so typing never waits for an analysis.
/// </summary>
public sealed class NarrativeLintServer : IDisposable
{
    public const string CheckWorkspaceCommand = "narrativelint.lsp.checkWorkspace";
    public const string ExplainCommand = "narrativelint.lsp.explain";

    readonly JsonRpc _rpc;
    readonly ServerLog _log;
    readonly DocumentStore _documents = new();
    readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    readonly object _setupLock = new();
    readonly HashSet<string> _registryDiagnosticUris = new(StringComparer.Ordinal);
    readonly HashSet<string> _workspaceDiagnosticUris = new(StringComparer.Ordinal);
    WorkspacePaths? _paths;
    /// <summary>The setup being loaded or loaded; initialize answers before it is ready, and work that needs it waits.</summary>
    Task<LintSetup>? _setup;
    ServerSettings _settings = new();
    DocsLocation _docs = new(null);
    Linting? _linting;
    bool _pullDiagnostics, _refreshSupport, _watchRegistration, _shutdown;
    CancellationTokenSource? _refreshDebounce;
    readonly TaskCompletionSource _firstLint = new(TaskCreationOptions.RunContinuationsAsynchronously);
    /// <summary>How long indexing waits for the first buffer, when the editor opens none at once.</summary>
    static readonly TimeSpan FirstLintWait = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The setup for the default settings in the folder the server was started in, which is where editors start it
    /// (the workspace root): loaded, and its pipeline run once on a sample, while the connection is set up and
    /// <c>initialize</c> is read; <c>initialize</c> takes it when the client's root and settings are those.
    /// </summary>
    readonly Task<LintSetup> _speculative;
    readonly WorkspacePaths _startFolder = new(Directory.GetCurrentDirectory());
    bool _speculationTaken;

    public NarrativeLintServer(JsonRpc rpc, ServerLog log)
    {
        _rpc = rpc;
        _log = log;
        _speculative = Task.Run(() => WarmedUp(LoadSetup(new ServerSettings(), _startFolder)));
    }

    /// <summary>Completes with the process exit code when the client sends <c>exit</c>: 0 after <c>shutdown</c>, 1 without.</summary>
    public Task<int> Exited => _exit.Task;

    LintSetup Setup => (_setup ?? throw new LocalRpcException("The server is not initialized yet.") { ErrorCode = ErrorCodes.ServerNotInitialized }).GetAwaiter().GetResult();

    Linting Lints => _linting ?? throw new LocalRpcException("The server is not initialized yet.") { ErrorCode = ErrorCodes.ServerNotInitialized };

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams initialize)
    {
        _paths = new WorkspacePaths(WorkspacePaths.RootOf(initialize));
        _settings = ApplySettings(ServerSettings.ForClient(initialize.Locale), initialize.InitializationOptions);
        _pullDiagnostics = initialize.Capabilities?.TextDocument?.Diagnostic is { ValueKind: JsonValueKind.Object };
        _refreshSupport = initialize.Capabilities?.Workspace?.Diagnostics?.RefreshSupport == true;
        _watchRegistration = initialize.Capabilities?.Workspace?.DidChangeWatchedFiles?.DynamicRegistration == true;
        _docs = DocsLocation.Find(_settings.DocsUri, _paths.Root);
        var (settings, paths) = (_settings, _paths);
        // Loading the registry and the language packs overlaps with the client's own start-up; a speculative setup not taken is disposed with the server.
        _speculationTaken = paths.Root == _startFolder.Root && settings.SameAs(new ServerSettings());
        _setup = _speculationTaken ? _speculative : Task.Run(() => LoadSetup(settings, paths));
        _linting = new Linting(_documents, () => Setup, _paths, () => _docs, _log);
        _linting.Linted += OnLinted;
        _log.Info($"workspace {_paths.Root}, registry {settings.Registry}, {(_pullDiagnostics ? "pull" : "push")} diagnostics");
        return new InitializeResult(
            new ServerCapabilities(
                new TextDocumentSyncOptions(OpenClose: true, Change: TextDocumentSyncKind.Incremental),
                HoverProvider: true,
                new CodeActionOptions([CodeActionKind.QuickFix]),
                new ExecuteCommandOptions([CheckWorkspaceCommand, ExplainCommand]),
                _pullDiagnostics ? new DiagnosticOptions(DiagnosticConversion.Source, InterFileDependencies: true, WorkspaceDiagnostics: false) : null),
            new ServerInfo("narrativelint", Version));
    }

    [JsonRpcMethod("initialized")]
    public void Initialized()
    {
        if (_watchRegistration)
            _ = Invoke("client/registerCapability", new RegistrationParams([
                new Registration("narrativelint-watch", "workspace/didChangeWatchedFiles", new DidChangeWatchedFilesRegistrationOptions([
                    new Protocol.FileSystemWatcher("**/*.{md,markdown,txt,html,htm,eml,yaml,yml,json,srt,vtt,docx}")]))]), ProtocolJson.Default.RegistrationParams)
                .ContinueWith(t => _log.Error("the client refused the file watcher", t.Exception), TaskContinuationOptions.OnlyOnFaulted);
        // The first buffer the editor opens is linted before the workspace is indexed: its diagnostics come first.
        _ = _setup!.ContinueWith(t => StartSetup(t.Result, Task.WhenAny(_firstLint.Task, Task.Delay(FirstLintWait))), TaskContinuationOptions.OnlyOnRanToCompletion);
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        _shutdown = true;
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => _exit.TrySetResult(_shutdown ? 0 : 1);

    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams opened)
    {
        _documents.Open(opened.TextDocument);
        if (!_pullDiagnostics) Lints.Schedule(opened.TextDocument.Uri, edited: true, immediately: true);
    }

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams changed)
    {
        if (_documents.Change(changed.TextDocument, changed.ContentChanges) is null)
        {
            _log.Error($"a change to {changed.TextDocument.Uri}, which is not open, was ignored");
            return;
        }
        if (!_pullDiagnostics) Lints.Schedule(changed.TextDocument.Uri, edited: true);
    }

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseTextDocumentParams closed)
    {
        var uri = closed.TextDocument.Uri;
        _documents.Close(uri);
        Lints.Forget(uri);
        if (!_pullDiagnostics) Publish(uri, null, []);
        // The file on disk stands for the document again.
        if (WorkspacePaths.FileSystemPath(uri) is { } file)
        {
            var setup = Setup;
            _ = Task.Run(() =>
            {
                setup.Index.Refresh(file);
                Lints.WorkspaceChanged();
            });
        }
    }

    [JsonRpcMethod("textDocument/diagnostic", UseSingleObjectParameterDeserialization = true)]
    public async Task<DocumentDiagnosticReport> Diagnostic(DocumentDiagnosticParams request, CancellationToken cancellation)
    {
        var result = await Lints.CurrentAsync(request.TextDocument.Uri, cancellation).ConfigureAwait(false);
        if (result is null) return DocumentDiagnosticReport.Full("", []);
        _firstLint.TrySetResult();
        return request.PreviousResultId == result.ResultId ? DocumentDiagnosticReport.Unchanged(result.ResultId) : DocumentDiagnosticReport.Full(result.ResultId, result.Diagnostics);
    }

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Hover? Hover(TextDocumentPositionParams request)
    {
        if (Lints.Latest(request.TextDocument.Uri) is not { } result) return null;
        var at = new Protocol.Range(request.Position, request.Position);
        var touching = result.Touching(at).ToList();
        if (touching.Count == 0) return null;
        var text = string.Join("\n\n---\n\n", touching.Select(t => HoverText.Of(t.Finding, result.Setup.Registry, _docs, result.Setup.Settings.MessageCulture)));
        return new Hover(MarkupContent.Markdown(text), touching[0].Diagnostic.Range);
    }

    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public CodeAction[] CodeAction(CodeActionParams request)
    {
        if (Lints.Latest(request.TextDocument.Uri) is not { } result || _documents.Get(request.TextDocument.Uri) is not { } document) return [];
        // Offsets of a result for an older version would edit the wrong text.
        if (result.Document.Version != document.Version) return [];
        return [.. QuickFixes.For(document, result.Path, result.Touching(request.Range))];
    }

    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams changes)
    {
        var setup = Setup;
        var files = changes.Changes.Select(c => WorkspacePaths.FileSystemPath(c.Uri)).OfType<string>().ToList();
        if (files.Any(setup.IsRegistryFile))
        {
            _log.Info("the registry changed: reloading it");
            Reload(_settings);
            return;
        }
        var closed = files.Where(f => !_documents.All.Any(d => WorkspacePaths.FileSystemPath(d.Uri) == f)).ToList();
        if (closed.Count == 0) return;
        _ = Task.Run(() =>
        {
            foreach (var file in closed) setup.Index.Refresh(file);
            OnWorkspaceChanged();
        });
    }

    [JsonRpcMethod("workspace/didChangeConfiguration", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeConfiguration(DidChangeConfigurationParams changed)
    {
        var settings = ApplySettings(_settings, changed.Settings);
        if (settings.SameAs(_settings)) return;
        _log.Info("the settings changed: reloading the registry and the configuration");
        Reload(settings);
    }

    [JsonRpcMethod("workspace/executeCommand", UseSingleObjectParameterDeserialization = true)]
    public async Task<object?> ExecuteCommand(ExecuteCommandParams command, CancellationToken cancellation)
    {
        switch (command.Command)
        {
            case ExplainCommand:
                var id = command.Arguments is [{ ValueKind: JsonValueKind.String } argument, ..] ? argument.GetString()! : "";
                return DiagnosticExplanation.Of(id, _docs, Setup.Settings.MessageCulture)
                    ?? throw new LocalRpcException($"There is no diagnostic '{id}'.") { ErrorCode = ErrorCodes.InvalidRequest };
            case CheckWorkspaceCommand:
                return await Task.Run(() => CheckWorkspace(Setup), cancellation).ConfigureAwait(false);
            default:
                throw new LocalRpcException($"Unknown command '{command.Command}'.") { ErrorCode = ErrorCodes.InvalidRequest };
        }
    }

    /// <summary>Checks every file of the workspace, as <c>narrativelint check</c> would from its root, and publishes the files that are not open.</summary>
    WorkspaceCheckSummary CheckWorkspace(LintSetup setup)
    {
        var paths = _paths!;
        var result = setup.Engine.Check([paths.Root]);
        var open = _documents.All.Select(d => d.Uri).ToHashSet(StringComparer.Ordinal);
        var byUri = result.Active
            .Where(f => !setup.IsRegistryFile(Path.Combine(paths.Root, f.Path)))
            .GroupBy(f => paths.UriOf(f.Path))
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        lock (_workspaceDiagnosticUris)
        {
            foreach (var stale in _workspaceDiagnosticUris.Where(u => !byUri.ContainsKey(u) && !open.Contains(u)).ToList()) Publish(stale, null, []);
            _workspaceDiagnosticUris.Clear();
            foreach (var (uri, findings) in byUri.Where(kv => !open.Contains(kv.Key)))
            {
                Publish(uri, null, [.. findings.Select(f => DiagnosticConversion.ToLsp(f, null, paths.UriOf, _docs, setup.Settings.MessageCulture))]);
                _workspaceDiagnosticUris.Add(uri);
            }
        }
        var active = result.Active.ToList();
        return new WorkspaceCheckSummary(result.Documents.Length, active.Count(f => f.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error),
            active.Count(f => f.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning), active.Count);
    }

    public sealed record WorkspaceCheckSummary(int Files, int Errors, int Warnings, int Findings);

    /// <summary>What the server keeps in memory after a full collection, for benchmarks that look for memory retained per edit.</summary>
    [JsonRpcMethod("narrativelint/memory")]
    public MemoryReport Memory()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        return new MemoryReport(managed, GC.GetTotalAllocatedBytes(), Environment.WorkingSet, GC.CollectionCount(GC.MaxGeneration));
    }

    ServerSettings ApplySettings(ServerSettings settings, JsonElement? json)
    {
        var problems = new List<string>();
        var applied = settings.With(json, problems);
        foreach (var problem in problems) ShowMessage(MessageType.Warning, $"NarrativeLint settings: {problem}");
        return applied;
    }

    LintSetup LoadSetup(ServerSettings settings, WorkspacePaths paths)
    {
        var started = Stopwatch.GetTimestamp();
        var setup = LintSetup.Load(settings, paths);
        _log.Info($"registry {setup.RegistryPath} loaded ({setup.Registry.Commitments.Length} commitments), engine built in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms");
        return setup;
    }

    /// <summary>Runs the pipeline once on a sample, so the first buffer's lint does not pay for compiling it.</summary>
    LintSetup WarmedUp(LintSetup setup)
    {
        var started = Stopwatch.GetTimestamp();
        setup.Engine.Check([new ContentFile("warm-up.md", Encoding.UTF8.GetBytes(WarmUpSample))], []);
        _log.Info($"pipeline warmed up in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms");
        return setup;
    }

    const string WarmUpSample = "---\ntitle: Warm-up\n---\n\n# Support\n\nWe answer every support request within 72 hours, and 92% of customers would recommend us.\n";

    void Reload(ServerSettings settings)
    {
        lock (_setupLock)
        {
            _settings = settings;
            _docs = DocsLocation.Find(settings.DocsUri, _paths!.Root);
            var previous = _setup;
            var setup = LoadSetup(settings, _paths!);
            _setup = Task.FromResult(setup);
            previous?.Result.Dispose();
            StartSetup(setup);
        }
        OnWorkspaceChanged();
    }

    /// <summary>Reports the registry's problems and builds the workspace index in the background; open buffers are linted again when it is done.</summary>
    void StartSetup(LintSetup setup, Task? after = null)
    {
        PublishRegistryErrors(setup);
        var started = 0L;
        _ = (after ?? Task.CompletedTask).ContinueWith(_ =>
        {
            started = Stopwatch.GetTimestamp();
            return setup.Index.BuildAsync(setup.Lifetime);
        }, TaskScheduler.Default).Unwrap().ContinueWith(t =>
        {
            if (t.IsCanceled || setup.Lifetime.IsCancellationRequested) return;
            if (t.IsFaulted) _log.Error("indexing the workspace failed", t.Exception);
            else _log.Info($"indexed {setup.Index.Count} documents" + (setup.Cache is { } cache ? $", {cache.Hits} from the cache {cache.Directory}," : "")
                + $" in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
            OnWorkspaceChanged();
        }, TaskScheduler.Default);
    }

    void PublishRegistryErrors(LintSetup setup)
    {
        var byFile = setup.RegistryErrors
            .Where(e => File.Exists(e.Position.File))
            .GroupBy(e => new Uri(Path.GetFullPath(e.Position.File)).AbsoluteUri)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        lock (_registryDiagnosticUris)
        {
            foreach (var fixedFile in _registryDiagnosticUris.Where(u => !byFile.ContainsKey(u)).ToList()) Publish(fixedFile, null, []);
            _registryDiagnosticUris.Clear();
            foreach (var (uri, errors) in byFile)
            {
                Publish(uri, null, [.. errors.Select(e => new Protocol.Diagnostic(
                    new Protocol.Range(new Position(e.Position.Line - 1, e.Position.Column - 1), new Position(e.Position.Line - 1, e.Position.Column - 1)),
                    Protocol.DiagnosticSeverity.Error, "NL0001", _docs.PageOf("NL0001") is { } page ? new CodeDescription(page) : null,
                    DiagnosticConversion.Source, e.Message, null, null))]);
                _registryDiagnosticUris.Add(uri);
            }
        }
        if (setup.RegistryErrors.Any(e => !File.Exists(e.Position.File)))
            ShowMessage(MessageType.Warning, $"NarrativeLint: {setup.RegistryErrors.First(e => !File.Exists(e.Position.File)).Message} ({setup.RegistryPath}); checking with the built-in catalogues only.");
    }

    /// <summary>What buffers are compared with changed: lint the open ones again (push), or ask the client to pull again.</summary>
    void OnWorkspaceChanged()
    {
        Lints.WorkspaceChanged();
        if (_pullDiagnostics) RequestRefresh();
        else foreach (var document in _documents.All) Lints.Schedule(document.Uri, edited: false);
    }

    void OnLinted(LintResult result, bool edited)
    {
        _firstLint.TrySetResult();
        if (!_pullDiagnostics) Publish(result.Document.Uri, result.Document.Version, result.Diagnostics);
        if (!edited) return;
        // The edit may have changed a fact other open buffers are compared with.
        if (_pullDiagnostics) RequestRefresh();
        else foreach (var other in _documents.All.Where(d => d.Uri != result.Document.Uri)) Lints.Schedule(other.Uri, edited: false);
    }

    /// <summary>Asks a pull client to pull every open document again, at most once per half second.</summary>
    void RequestRefresh()
    {
        if (!_refreshSupport) return;
        var debounce = new CancellationTokenSource();
        Interlocked.Exchange(ref _refreshDebounce, debounce)?.Cancel();
        _ = Task.Delay(500, debounce.Token).ContinueWith(_ => _rpc.InvokeAsync("workspace/diagnostic/refresh"),
            debounce.Token, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }

    void Publish(string uri, int? version, Protocol.Diagnostic[] diagnostics) =>
        _ = Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, version, diagnostics), ProtocolJson.Default.PublishDiagnosticsParams);

    void ShowMessage(int type, string message)
    {
        _log.Info(message);
        _ = Notify("window/showMessage", new ShowMessageParams(type, message), ProtocolJson.Default.ShowMessageParams);
    }

    /// <summary>
    /// Sends a notification whose <c>params</c> object is written by the protocol's contracts (camel case, nulls left
    /// out), member by member: StreamJsonRpc would otherwise name the members by reflection over the record, which the
    /// native publish does not keep.
    /// </summary>
    Task Notify<T>(string method, T parameters, JsonTypeInfo<T> contract)
    {
        var (arguments, types) = ParamsOf(parameters, contract);
        return _rpc.NotifyWithParameterObjectAsync(method, (IReadOnlyDictionary<string, object?>)arguments, types);
    }

    /// <summary>Sends a request as <see cref="Notify"/> sends a notification.</summary>
    Task Invoke<T>(string method, T parameters, JsonTypeInfo<T> contract)
    {
        var (arguments, types) = ParamsOf(parameters, contract);
        return _rpc.InvokeWithParameterObjectAsync(method, (IReadOnlyDictionary<string, object?>)arguments, types, CancellationToken.None);
    }

    static (Dictionary<string, object?> Arguments, Dictionary<string, Type> Types) ParamsOf<T>(T parameters, JsonTypeInfo<T> contract)
    {
        var members = JsonSerializer.SerializeToElement(parameters, contract).EnumerateObject().ToList();
        return (members.ToDictionary(m => m.Name, m => (object?)m.Value, StringComparer.Ordinal),
            members.ToDictionary(m => m.Name, _ => typeof(JsonElement), StringComparer.Ordinal));
    }

    static string Version => (Assembly.GetEntryAssembly() ?? typeof(NarrativeLintServer).Assembly).GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public void Dispose()
    {
        if (_setup is { IsCompletedSuccessfully: true } setup) setup.Result.Dispose();
        if (!_speculationTaken && _speculative is { IsCompletedSuccessfully: true } speculative) speculative.Result.Dispose();
        _refreshDebounce?.Cancel();
    }
}
