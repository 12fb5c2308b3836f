using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Analyzers;
using NarrativeLint.Channels;
using NarrativeLint.Engine.Translations;
using NarrativeLint.Language;
using NarrativeLint.Registry;
using NarrativeLint.Text;

namespace NarrativeLint.Engine;

/// <summary>The result of a run: findings in report order and the documents analysed.</summary>
public sealed record AnalysisResult(ImmutableArray<Finding> Findings, ImmutableArray<AnalyzedDocument> Documents)
{
    Dictionary<string, AnalyzedDocument>? _byPath;
    Dictionary<string, TranslationPair>? _byTranslation;

    /// <summary>The documents the run found to be translations of others, each with its source and aligned blocks.</summary>
    public ImmutableArray<TranslationPair> TranslationPairs { get; init; } = [];

    /// <summary>The pair whose translation is the document at <paramref name="path"/>, if it is one.</summary>
    public TranslationPair? TranslationOf(string path)
    {
        _byTranslation ??= TranslationPairs.GroupBy(p => p.Translation.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return _byTranslation.GetValueOrDefault(path);
    }

    /// <summary>Findings that count: neither suppressed inline nor in the baseline.</summary>
    public IEnumerable<Finding> Active => Findings.Where(f => !f.IsSuppressed && !f.IsBaselined);

    /// <summary>The analysed document at a displayed path, if the run read it.</summary>
    public AnalyzedDocument? Document(string path)
    {
        _byPath ??= Documents.GroupBy(d => d.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return _byPath.GetValueOrDefault(path);
    }
}

/// <summary>
/// Drives the pipeline: channel readers → language annotation → analyzers → findings. One engine serves
/// the CLI, the language server and tests. Documents are analysed in parallel; results are sorted so runs are deterministic.
/// </summary>
public sealed partial class NarrativeEngine
{
    readonly EngineOptions _options;
    readonly ImmutableArray<ChannelReader> _readers;
    readonly Func<ImmutableArray<NarrativeAnalyzer>> _analyzers;
    readonly LanguagePacks _packs;
    readonly AnalysisSession _session;
    readonly ChannelAssignment _channels;
    readonly SeverityPolicy _severities;
    readonly PathGlobs? _include;
    readonly PathGlobs? _exclude;

    public NarrativeEngine(
        BrandRegistry registry,
        EngineOptions? options = null,
        IEnumerable<ChannelReader>? readers = null,
        Func<ImmutableArray<NarrativeAnalyzer>>? analyzers = null,
        LanguagePacks? packs = null)
    {
        _options = options ?? new EngineOptions();
        _readers = readers?.ToImmutableArray() ?? ChannelReaders.Default;
        _analyzers = analyzers ?? BuiltInAnalyzers.Create;
        _packs = (packs ?? LanguagePacks.Default).MeasuringIn(MeasureUnits(registry));
        _session = new AnalysisSession(registry, _packs, RegistryPhrases.Build(registry, _packs));
        _channels = new ChannelAssignment(registry, _options.Channels);
        _severities = new SeverityPolicy(_options);
        _include = _options.Include.IsDefaultOrEmpty ? null : new PathGlobs(_options.Include);
        _exclude = _options.Exclude.IsDefaultOrEmpty ? null : new PathGlobs(_options.Exclude);
    }

    /// <summary>The units the registry's number facts are written in ("Mbps" in "600 Mbps"), lower-cased.</summary>
    static IReadOnlySet<string> MeasureUnits(BrandRegistry registry) =>
        registry.Commitments.SelectMany(c => c.Facts).Select(FactValue.UnitOf).OfType<string>().Select(u => u.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    /// <summary>Checks the files and folders at <paramref name="paths"/>.</summary>
    public AnalysisResult Check(IEnumerable<string> paths)
    {
        var files = FileDiscovery.Expand(paths).Where(f => IsSelected(DisplayPath(f.Path))).ToList();
        var retain = !_options.KeepSentences;
        return Run(files.Count, i => ReadInput(files[i].Path, files[i].Explicit, recall: retain), retain);
    }

    /// <summary>Checks files given in memory (the language server's open buffers, tests).</summary>
    public AnalysisResult Check(IReadOnlyList<ContentFile> files)
    {
        var selected = files.Where(f => IsSelected(f.Path)).ToList();
        return Run(selected.Count, i => new Input(selected[i], null, Explicit: true), retain: false);
    }

    /// <param name="retain">Keep of each document only what the rest of the run needs (see <see cref="EngineOptions.KeepSentences"/>), and use the cache if there is one.</param>
    /// <param name="others">Documents analysed earlier (the language server's workspace) that cross-document rules compare with; no finding is reported on them.</param>
    /// <param name="changing">Paths among <paramref name="others"/> that change often (see <see cref="Check(IReadOnlyList{ContentFile}, IEnumerable{AnalyzedDocument}, IReadOnlySet{string})"/>).</param>
    AnalysisResult Run(int count, Func<int, Input> inputs, bool retain, IEnumerable<AnalyzedDocument>? others = null, IReadOnlySet<string>? changing = null)
    {
        var findings = new ConcurrentBag<Finding>();
        var context = new NarrativeAnalysisContext(_session);
        var runFailures = new FindingSink(null, _severities, null, findings);
        foreach (var analyzer in _analyzers())
            Contained(analyzer, () => Fragments.Starting, Location.None, runFailures.Report, () => context.Initialize(analyzer));

        var documents = new AnalyzedDocument?[count];
        var keys = new string?[count];
        var suppressions = new InlineSuppressions?[count];
        var sinks = new FindingSink?[count];
        void Analyse(int i)
        {
            var input = inputs(i);
            using var budget = FileBudget.Start(_options.MaxFileTime);
            DocumentOutcome? outcome = null;
            bool overBudget;
            try
            {
                outcome = Outcome(context, input, retain, budget.Token);
                overBudget = budget.IsOver;
            }
            catch (OperationCanceledException) when (budget.Token.IsCancellationRequested)
            {
                overBudget = true;
            }
            if (overBudget)
            {
                // A file over its budget leaves none of its findings behind, only the one that says so.
                var over = ContentDocument.Failed(input.File?.Path ?? input.Failed?.Path ?? "", ReadProblemKind.OverTimeBudget, budget.Describe());
                outcome = Outcome(context, new Input(null, over, input.Explicit), retain, CancellationToken.None);
            }
            _options.DocumentRead?.Invoke();
            if (outcome is null) return;
            var document = documents[i] = outcome.Value.Document;
            keys[i] = outcome.Value.Key;
            suppressions[i] = new InlineSuppressions(document.Content.Suppressions);
            var sink = sinks[i] = new FindingSink(document, _severities, suppressions[i]!, findings);
            foreach (var diagnostic in outcome.Value.Diagnostics) sink.Report(diagnostic);
        }
        // One file (the editor's buffer) is analysed on the calling thread: a parallel loop would wake pool threads that only spin.
        _options.ReadAhead?.Stop();
        if (count == 1) Analyse(0);
        else Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism }, Analyse);
        _options.ReadAhead?.Clear();
        _options.Cache?.SaveFiles();

        var analysed = documents.Where(d => d is not null).Select(d => d!).ToImmutableArray();
        var sinkOf = Enumerable.Range(0, count).Where(i => documents[i] is not null).ToDictionary(i => documents[i]!.Path, i => sinks[i]!, StringComparer.Ordinal);
        changing ??= ImmutableHashSet<string>.Empty;
        var compared = others?.Where(d => !sinkOf.ContainsKey(d.Path)).ToList() ?? [];
        // The run's own documents first, then the often changing others, then the rest (what the engine prepares once).
        ImmutableArray<AnalyzedDocument> corpusDocuments = others is null ? analysed
            : [.. analysed, .. compared.Where(d => changing.Contains(d.Path)), .. compared.Where(d => !changing.Contains(d.Path))];
        // In the editor only the buffers' own pairs can bring a finding: the workspace's others are not aligned per keystroke.
        var translated = new HashSet<string>(StringComparer.Ordinal);
        var pairs = FindTranslations(corpusDocuments, others is null ? null : sinkOf.Keys.ToHashSet(StringComparer.Ordinal), changing, translated);
        var reported = sinkOf.Keys.ToHashSet(StringComparer.Ordinal);
        void Report(Diagnostic diagnostic)
        {
            if (sinkOf.TryGetValue(diagnostic.Location.GetLineSpan().Path, out var sink)) sink.Report(diagnostic);
        }
        var corpus = new CorpusAnalysisContext(corpusDocuments, reported, _session, _derived, pairs, Report)
            { Memo = others is null ? null : _workspace, Changing = changing, Translations = translated };
        void RunCorpusEndActions()
        {
            foreach (var action in context.CorpusEndActions)
                Contained(action.Owner, () => Fragments.ComparingDocuments, Location.None, runFailures.Report, () => action.Run(corpus));
        }
        // The corpus-end rules (NL2001) and the pairs' comparisons (NL2002) only read what the documents left and report into
        // thread-safe sinks, and the report is sorted: on a whole site the first runs beside the second instead of before it,
        // which would leave a core idle. An editor's few pairs are compared on its thread, as before.
        var corpusEnd = count > 1 && pairs.Length > 1 && context.CorpusEndActions.Count > 0 && context.TranslationPairActions.Count > 0
            ? Task.Run(RunCorpusEndActions)
            : null;
        if (corpusEnd is null) RunCorpusEndActions();
        var entryKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
            if (keys[i] is { } key) entryKeys[documents[i]!.Path] = key;
        CompareTranslationPairs(context, pairs, reported, entryKeys, Report, runFailures.Report);
        corpusEnd?.Wait();

        // Only now, with the cross-document findings in, is it known which suppressions silenced nothing.
        for (int i = 0; i < count; i++)
            foreach (var unused in suppressions[i]?.Unused ?? [])
                sinks[i]!.Report(Diagnostic.Create(Descriptors.SuppressionSuppressesNothing, documents[i]!.LocationOfSource(unused.CommentSpan),
                    unused.Ids.IsEmpty ? Fragments.AllRules : string.Join(", ", unused.Ids)));

        var ordered = findings.ToList();
        ordered.Sort(Finding.Order);
        return new AnalysisResult([.. ordered], analysed) { TranslationPairs = pairs };
    }

    /// <summary>
    /// One document's own findings, before the run's severities and suppressions apply: the reader's problems, the
    /// suppression and language notes, every sentence and document rule.
    /// </summary>
    ImmutableArray<Diagnostic> DocumentDiagnostics(NarrativeAnalysisContext context, AnalyzedDocument document, CancellationToken cancellation)
    {
        var content = document.Content;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var problem in content.Problems) diagnostics.Add(ProblemDiagnostic(document, problem));
        foreach (var suppression in content.Suppressions.Where(s => s.Justification.Length == 0 && s.Kind != SuppressionKind.Enable))
            diagnostics.Add(Diagnostic.Create(Descriptors.SuppressionWithoutJustification, document.LocationOfSource(suppression.CommentSpan),
                suppression.Ids.IsEmpty ? Fragments.AllRules : string.Join(", ", suppression.Ids)));
        if (content.Problems.IsEmpty && content.Segments.IsEmpty)
            diagnostics.Add(Diagnostic.Create(Descriptors.EmptyFile, document.LocationOfSource(default)));
        else if (_packs.Get(content.Metadata.Language) is { IsSupported: false } unsupported)
            diagnostics.Add(Diagnostic.Create(Descriptors.NoLanguagePack, document.LocationOfSource(default), unsupported.Code));
        RunDocumentActions(context, document, diagnostics.Add, cancellation);
        return diagnostics.ToImmutable();
    }

    /// <param name="translated">Filled with the path of every document that translates another, the workspace's included.</param>
    ImmutableArray<TranslationPair> FindTranslations(ImmutableArray<AnalyzedDocument> documents, IReadOnlySet<string>? translationsAmong, IReadOnlySet<string> changing,
        HashSet<string> translated)
    {
        var pairs = TranslationPairing.Find(documents, _options.DefaultLanguage, _session.Registry.Languages, TranslationLanguages, BlocksOf, translationsAmong, _derived, _workspace, changing, translated,
            CapitalisedNouns);
        if (pairs.IsEmpty) return pairs;
        // One git log for the whole run says whether a source was committed after its translation.
        var committed = _git.LastCommits(pairs.SelectMany(p => new[] { p.Source.Path, p.Translation.Path }).Select(Path.GetFullPath));
        return [.. pairs.Select(p => p with
        {
            SourceCommitted = committed.TryGetValue(Path.GetFullPath(p.Source.Path), out var source) ? source : null,
            TranslationCommitted = committed.TryGetValue(Path.GetFullPath(p.Translation.Path), out var translation) ? translation : null,
        })];
    }

    readonly GitHistory _git = new();

    /// <summary>A document's translation blocks, derived once per analysed document, so the language server's workspace is not re-read per keystroke.</summary>
    ImmutableArray<TranslationBlock> BlocksOf(AnalyzedDocument document) =>
        _derived.GetOrAdd(document, TranslationBlocksKey, d => (ImmutableArray<TranslationBlock>)TranslationBlocksDerivation.Derive(d));

    /// <param name="cancellation">The file's time budget, looked at between sentences and between rules: a rule is never cut off halfway.</param>
    void RunDocumentActions(NarrativeAnalysisContext context, AnalyzedDocument document, Action<Diagnostic> report, CancellationToken cancellation)
    {
        // A rule that fails on one document is reported once there (NL0008) and not run on it again; the other rules go on.
        HashSet<NarrativeAnalyzer>? failed = null;
        var sentenceActions = context.SentenceActions;
        foreach (var sentence in document.Sentences)
        {
            cancellation.ThrowIfCancellationRequested();
            var sentenceContext = new SentenceAnalysisContext(document, sentence, _session, report);
            // By index: an enumerator of the read-only list would be an object per sentence.
            for (int a = 0; a < sentenceActions.Count; a++)
            {
                var action = sentenceActions[a];
                if (failed is not null && failed.Contains(action.Owner)) continue;
                try
                {
                    action.Run(sentenceContext);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    report(RuleFailure(action.Owner, () => Fragments.ReadingSentence, document.LocationOf(sentence.Segment, sentence.Sentence.Span), e));
                    (failed ??= []).Add(action.Owner);
                }
            }
        }
        var documentContext = new DocumentAnalysisContext(document, _session, report);
        foreach (var action in context.DocumentActions)
            if (!cancellation.IsCancellationRequested && (failed is null || !failed.Contains(action.Owner)))
                Contained(action.Owner, () => Fragments.ReadingDocument, document.LocationOfSource(default), report, () => action.Run(documentContext));
    }

    /// <summary>
    /// Runs one rule's work so that its exception becomes one NL0008 finding (Roslyn's AD0001) instead of ending the run.
    /// </summary>
    /// <param name="stage">What the rule was doing, put into words only when it fails.</param>
    static void Contained(NarrativeAnalyzer analyzer, Func<LocalizedText> stage, Location where, Action<Diagnostic> report, Action work)
    {
        try
        {
            work();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            report(RuleFailure(analyzer, stage, where, e));
        }
    }

    static Diagnostic RuleFailure(NarrativeAnalyzer analyzer, Func<LocalizedText> stage, Location where, Exception e) =>
        Diagnostic.Create(Descriptors.RuleFailed, where, analyzer.GetType().Name, stage(), $"{e.GetType().Name}: {e.Message}");

    /// <summary>A file to check: its bytes, or the document that says why they could not be read.</summary>
    /// <param name="Disk">Where a file read for a run with a cache lies, for the cache's index; with a recalled hash and no <paramref name="File"/> when the index knows it unchanged.</param>
    readonly record struct Input(ContentFile? File, ContentDocument? Failed, bool Explicit, OnDisk? Disk = null);

    /// <param name="Recalled">The content hash the cache's index recorded for the file as it is: the file was not read.</param>
    sealed record OnDisk(string Path, string Display, Cache.FileStamp Stamp, byte[]? Recalled);

    /// <param name="recall">Whether the run uses its cache: the file is then looked up in the cache's index first, and read only when it changed.</param>
    Input ReadInput(string path, bool explicitFile, bool recall = false)
    {
        var display = DisplayPath(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return new(null, ContentDocument.Failed(display, ReadProblemKind.Unreadable, "the file does not exist"), explicitFile);
            if (info.Length > _options.MaxFileBytes)
                return new(null, ContentDocument.Failed(display, ReadProblemKind.TooLarge, $"{info.Length / (1024 * 1024.0):0.#} MB is over the {_options.MaxFileBytes / (1024 * 1024)} MB limit"), explicitFile);
            if (!recall || _options.Cache is not { } cache)
                return new((_options.Cache is null ? _options.ReadAhead?.Take(path, display) : null) ?? new ContentFile(display, File.ReadAllBytes(path)), null, explicitFile);
            var stamp = Cache.FileStamp.Of(info);
            if (cache.Files.Recall(info.FullName, stamp) is { } recalled) return new(null, null, explicitFile, new OnDisk(info.FullName, display, stamp, recalled));
            return new(new ContentFile(display, File.ReadAllBytes(path)), null, explicitFile, new OnDisk(info.FullName, display, stamp, null));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(null, ContentDocument.Failed(display, ReadProblemKind.Unreadable, e.Message), explicitFile);
        }
    }

    ContentDocument? ReadDocument(ContentFile file, bool explicitFile)
    {
        // Readers are chosen by the file's name; of those, the first whose format the content turns out to be reads it.
        foreach (var reader in _readers)
        {
            if (!reader.CanRead(file)) continue;
            if (!reader.IsBinaryFormat && TextDecoding.LooksBinary(file.Bytes))
                return ContentDocument.Failed(file.Path, ReadProblemKind.Unreadable, "it is a binary file, not text");
            ContentDocument? document;
            try
            {
                document = _options.ReadAhead?.DocumentOf(file, reader) ?? reader.TryRead(file);
            }
            catch (Exception e)
            {
                // A reader bug must cost one file, not the run.
                return ContentDocument.Failed(file.Path, ReadProblemKind.Malformed, $"the {reader.DefaultChannel} reader failed: {e.Message}");
            }
            if (document is not null) return Complete(WithEncodingProblem(file, reader, document), reader);
        }
        return explicitFile ? ContentDocument.Failed(file.Path, ReadProblemKind.UnknownChannel, file.Extension.Length > 0 ? file.Extension : Path.GetFileName(file.Path)) : null;
    }

    static ContentDocument WithEncodingProblem(ContentFile file, ChannelReader reader, ContentDocument document) =>
        !reader.IsBinaryFormat && !reader.DecodesItself && TextDecoding.FirstInvalidUtf8Byte(file.Bytes) is { } offset
            ? document with { Problems = document.Problems.Add(new ReadProblem(ReadProblemKind.Malformed, $"it is not valid UTF-8 (first bad byte at offset {offset}); bad bytes were read as U+FFFD")) }
            : document;

    ContentDocument Complete(ContentDocument document, ChannelReader reader)
    {
        var metadata = document.Metadata;
        var channel = metadata.Channel ?? _channels.ChannelOf(document.Path) ?? reader.DefaultChannel;
        var date = metadata.Date ?? DocumentFacts.DateFromFileName(document.Path);
        var language = DocumentFacts.LanguageOf(metadata, document.Path, () => _packs.Detect(SampleOf(document)), _packs);
        return document with { Metadata = metadata with { Channel = channel, Date = date, Language = language } };
    }

    AnalyzedDocument Annotate(ContentDocument content, CancellationToken cancellation = default)
    {
        var sentences = ImmutableArray.CreateBuilder<AnalyzedSentence>();
        AnalyzedSentence? heading = null;
        AnalyzedSentence? previous = null;
        // Items of a list are parallel statements: an item leans on the words that introduce the list, not on the item before it.
        AnalyzedSentence? listLead = null;
        var table = new TableContext();
        // The segments of a document (or of one post) share their language: its pack is looked up when it changes.
        (string? Language, LanguagePack Pack)? last = null;
        foreach (var segment in content.Segments)
        {
            var metadata = content.MetadataOf(segment.Unit);
            if (last is not { } known || !ReferenceEquals(known.Language, metadata.Language)) last = (metadata.Language, _packs.Get(metadata.Language));
            var pack = last.Value.Pack;
            if (previous is not null && previous.Segment.Unit != segment.Unit) previous = null;
            // A cell's column header is its heading and its row's first cell what comes before it ("Tessera Fibra 1000 | … | 500 Mbps").
            var (cellHeading, cellPrevious) = table.Enter(segment.Cell);
            if (segment.Kind == SegmentKind.ListItem && previous?.Segment.Kind != SegmentKind.ListItem) listLead = previous;
            bool first = true;
            foreach (var sentence in pack.Annotate(segment.Text, cancellation))
            {
                var before = !first ? previous
                    : cellPrevious is not null ? cellPrevious
                    : segment.Kind == SegmentKind.ListItem ? listLead
                    : previous;
                previous = new AnalyzedSentence(sentence, pack, segment, metadata, segment.Kind == SegmentKind.Heading ? null : cellHeading ?? heading, _session.Phrases.Match(sentence), before,
                    segment.Cell is null ? null : table.Labels);
                sentences.Add(previous);
                first = false;
            }
            if (previous?.Segment == segment) table.Leave(segment.Cell, previous);
            if (segment.Kind is SegmentKind.Heading or SegmentKind.Title or SegmentKind.Subject && previous?.Segment == segment) heading = previous;
        }
        return new AnalyzedDocument(content, sentences.ToImmutable());
    }

    /// <summary>
    /// The header of each column and the first cell of the current row of the table being read, for the cells after
    /// them. Only a header that carries a registry phrase stands in for the section heading, so a table with plain
    /// headers leaves that heading in place; a row's first cell always names what the row is about ("Club Fresh").
    /// </summary>
    sealed class TableContext
    {
        int? _table;

        /// <summary>The labels of the table being read, shared by its cells.</summary>
        public TableLabels Labels { get; private set; } = new();

        public (AnalyzedSentence? Heading, AnalyzedSentence? Previous) Enter(TableCellPlace? cell)
        {
            if (cell is null) return (null, null);
            if (cell.Table != _table) { _table = cell.Table; Labels = new(); }
            return (cell.Row > 0 && Labels.ColumnHeader(cell.Column) is { Phrases.IsEmpty: false } header ? header : null,
                cell.Column > 0 ? Labels.RowLabel(cell.Row) : null);
        }

        public void Leave(TableCellPlace? cell, AnalyzedSentence last)
        {
            if (cell is not null) Labels.Add(cell, last);
        }
    }

    Diagnostic ProblemDiagnostic(AnalyzedDocument document, ReadProblem problem)
    {
        var descriptor = problem.Kind switch
        {
            ReadProblemKind.Unreadable => Descriptors.FileUnreadable,
            ReadProblemKind.TooLarge => Descriptors.FileTooLarge,
            ReadProblemKind.OverTimeBudget => Descriptors.FileOverTimeBudget,
            ReadProblemKind.UnknownChannel => Descriptors.UnknownChannel,
            _ => Descriptors.FileMalformed,
        };
        return Diagnostic.Create(descriptor, document.LocationOfSource(problem.Span), problem.Message);
    }

    bool IsSelected(string displayPath) =>
        (_include is null || _include.Matches(displayPath)) && _exclude?.Matches(displayPath) != true;

    string DisplayPath(string path) => DisplayPath(path, _options.WorkingDirectory);

    internal static string DisplayPath(string path, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, Path.GetFullPath(path));
        return (relative.StartsWith("..") ? Path.GetFullPath(path) : relative).Replace('\\', '/');
    }

    static string SampleOf(ContentDocument document)
    {
        var sample = new StringBuilder();
        foreach (var segment in document.Segments)
        {
            sample.Append(segment.Text).Append('\n');
            if (sample.Length > 4000) break;
        }
        return sample.ToString();
    }
}
