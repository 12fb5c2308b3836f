using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Analyzers;
using NarrativeLint.Channels;
using NarrativeLint.Engine.Cache;
using NarrativeLint.Engine.Translations;

namespace NarrativeLint.Engine;

/// <summary>
/// What a run keeps of a document once it is analysed, and the cache that keeps it between runs. A document's own
/// findings do not depend on any other file, and what corpus-end rules need of it they declare as derivations
/// (<see cref="DocumentDerivation"/>); so a run keeps, of each document, its source text, metadata, suppressions,
/// its findings and its derived values — not its segments and sentences — and a cache entry holds the same,
/// read back in place of reading and analysing an unchanged file.
/// </summary>
public sealed partial class NarrativeEngine
{
    /// <summary>Key of the translation blocks the engine derives from each document for pairing and NL2002.</summary>
    const string TranslationBlocksKey = "translation-blocks";

    /// <summary>A document as the run keeps it, with the diagnostics its own rules reported (before severities and suppressions).</summary>
    /// <param name="Key">The document's cache entry key, when the run has a cache: what a translation pair's memo is keyed by.</param>
    readonly record struct DocumentOutcome(AnalyzedDocument Document, ImmutableArray<Diagnostic> Diagnostics, string? Key = null);

    string? _settings;

    /// <summary>
    /// The blocks as a run keeps them: their sentences without the phrases matched in them and the sentences before
    /// them (no corpus-end rule reads those), their words' strings shared across the run, so a kept block holds
    /// neither its whole document nor a copy of every "the"; as a cache entry gives them back.
    /// </summary>
    DocumentDerivation TranslationBlocksDerivation => _translationBlocks ??= new DocumentDerivation<ImmutableArray<TranslationBlock>>(TranslationBlocksKey,
        d => TranslationBlocks.Of(d, TranslationLanguages),
        CachedForms.WriteBlocks, r => CachedForms.ReadBlocks(r, _packs));

    DocumentDerivation? _translationBlocks;

    /// <summary>One string per distinct word the run reads from the cache.</summary>
    readonly WordPool _words = new();

    /// <summary>The languages whose packs say a capital marks no name, as every noun has one (German).</summary>
    IReadOnlySet<string> CapitalisedNouns => _capitalisedNouns ??= _packs.All.Where(p => !p.NamesCapitalised).Select(p => p.Code.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    IReadOnlySet<string>? _capitalisedNouns;

    /// <summary>The languages a path may name for pairing: the common ones, the packs' and the registry's.</summary>
    IReadOnlySet<string> TranslationLanguages => _translationLanguages ??= TranslationPairing.KnownLanguages(_packs.All.Select(p => p.Code), _session.Registry.Languages);

    IReadOnlySet<string>? _translationLanguages;

    IEnumerable<DocumentDerivation> Derivations(NarrativeAnalysisContext context) => [TranslationBlocksDerivation, .. context.Derivations.Select(d => d.Derivation)];

    /// <param name="cancellation">The file's time budget.</param>
    DocumentOutcome? Outcome(NarrativeAnalysisContext context, Input input, bool retain, CancellationToken cancellation)
    {
        string? key = null;
        byte[]? hash = null;
        var disk = input.Disk;
        if (retain && _options.Cache is { } cache && (input.File is not null || disk?.Recalled is not null))
        {
            var path = input.File?.Path ?? disk!.Display;
            hash = disk?.Recalled ?? DocumentCache.ContentHash(input.File!.Bytes);
            key = cache.KeyOf(Settings(context), path, hash);
            var bytes = input.File?.Bytes;
            // The file's text is read from disk again only if something asks for it; most documents of a warm run never do.
            Func<SourceText> decoded = disk is not null ? () => new FileText(disk.Path) : () => SourceText.From(TextDecoding.Decode(bytes!));
            if (cache.ReadDocument(key) is { } payload && Restore(context, payload, path, decoded) is { } cached)
            {
                cache.Hit();
                if (disk is { Recalled: null }) cache.Files.Remember(disk.Path, disk.Stamp, hash);
                else if (disk is not null) cache.UnreadFile();
                return cached with { Key = key };
            }
            // The index knew the file, but its entry is gone or broken: it is read and analysed after all.
            if (input.File is null)
            {
                var read = ReadInput(disk!.Path, input.Explicit);
                return Outcome(context, read.File is null ? read : read with { Disk = disk with { Recalled = null } }, retain, cancellation);
            }
        }
        var content = input.Failed ?? (input.File is { } readable ? ReadDocument(readable, input.Explicit) : null);
        if (content is null) return null;
        var document = Annotate(content, cancellation);
        var diagnostics = DocumentDiagnostics(context, document, cancellation);
        cancellation.ThrowIfCancellationRequested();
        // Derived here, on every core, rather than one document after another when translations are paired.
        if (!retain)
        {
            BlocksOf(document);
            return new(document, diagnostics);
        }
        if (Derive(context, document) is not { } derived) return new(document, diagnostics, key);
        var kept = new AnalyzedDocument(content with { Segments = [] }, []) { SentenceCount = document.SentenceCount };
        foreach (var (derivation, value) in derived) _derived.Put(kept, derivation.Key, value);
        if (key is not null && IsCacheable(content))
        {
            Store(_options.Cache!, key, input.File!, kept, diagnostics, derived);
            if (disk is not null) _options.Cache!.Files.Remember(disk.Path, disk.Stamp, hash!);
        }
        return new(kept, diagnostics, key);
    }

    /// <summary>Every derivation's value for the whole document; null when one throws, so the document is kept whole and its rule fails where it runs (NL0008).</summary>
    List<(DocumentDerivation Derivation, object Value)>? Derive(NarrativeAnalysisContext context, AnalyzedDocument document)
    {
        var derived = new List<(DocumentDerivation, object)>();
        foreach (var derivation in Derivations(context))
        {
            try
            {
                derived.Add((derivation, derivation.Derive(document)));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return null;
            }
        }
        return derived;
    }

    /// <summary>
    /// Whether a document can be rebuilt from an entry exactly. A reader that describes positions ("paragraph 4",
    /// "cue 00:00:08.200"), splits a file into units (social posts) or decodes mail keeps state an entry does not
    /// hold, so those files (Word, captions, social, chatbot, e-mail) are read on every run.
    /// </summary>
    static bool IsCacheable(ContentDocument content) =>
        ReferenceEquals(content.DescribePosition, ContentDocument.NoPositionNotes) && content.Units.IsDefaultOrEmpty && content.Metadata.Email is null;

    /// <summary>What decides a document's analysis besides its bytes, its path and the cache's input files: the rules and readers, the configuration's channels, the packs, the language of messages.</summary>
    string Settings(NarrativeAnalysisContext context) => _settings ??= new StringBuilder()
        .Append("analyzers ").AppendJoin(',', _analyzers().Select(a => a.GetType().FullName)).Append('\n')
        .Append("derivations ").AppendJoin(',', Derivations(context).Select(d => d.Key)).Append('\n')
        .Append("readers ").AppendJoin(',', _readers.Select(r => r.GetType().FullName)).Append('\n')
        .Append("packs ").AppendJoin(',', _packs.All.Select(p => p.Code).Order(StringComparer.Ordinal)).Append('\n')
        .Append("channels ").AppendJoin(';', _options.Channels.Select(c => c.Channel + "=" + string.Join(',', c.Include))).Append('\n')
        .Append("cwd ").Append(_options.WorkingDirectory).Append('\n')
        .Append("messages ").Append(CultureInfo.CurrentUICulture.Name).Append('\n')
        .ToString();

    void Store(DocumentCache cache, string key, ContentFile file, AnalyzedDocument kept, ImmutableArray<Diagnostic> diagnostics, List<(DocumentDerivation Derivation, object Value)> derived)
    {
        var content = kept.Content;
        using var payload = new MemoryStream();
        var writer = new DerivationWriter(payload);
        writer.String(content.Path);
        // Most readers keep the file's text as it decodes: then the entry need not hold it, the file's bytes are read anyway.
        var source = content.Source.ToString();
        var decodes = source == TextDecoding.Decode(file.Bytes);
        writer.Bool(decodes);
        if (!decodes) writer.String(source);
        CachedForms.WriteMetadata(writer, content.Metadata);
        writer.List(content.Problems, problem => CachedForms.WriteProblem(writer, problem));
        writer.List(content.Suppressions, suppression => CachedForms.WriteSuppression(writer, suppression));
        writer.Int(kept.SentenceCount);
        writer.List(diagnostics, diagnostic => CachedForms.WriteDiagnostic(writer, diagnostic));
        // Each derived value is a part of its own, so one a run may never ask for (the translation blocks) is read only when asked for.
        writer.List(derived, entry =>
        {
            writer.String(entry.Derivation.Key);
            writer.Deferred(entry.Value, entry.Derivation.Write);
        });
        // The blocks' anchors again, on their own: pairing reads them of documents no path pairs, which need no blocks then.
        var blocks = (ImmutableArray<TranslationBlock>)derived.First(d => ReferenceEquals(d.Derivation, TranslationBlocksDerivation)).Value;
        writer.Deferred(blocks, (part, all) => part.Strings(all.SelectMany(b => b.Anchors).Distinct(StringComparer.Ordinal)));
        writer.Flush();
        cache.Write(key, payload.GetBuffer().AsSpan(0, (int)payload.Length));
    }

    /// <summary>The document an entry holds, with its findings and derived values; null when there is none or it cannot be read back whole.</summary>
    /// <param name="decoded">The file's text as it decodes, for an entry that does not hold it.</param>
    DocumentOutcome? Restore(NarrativeAnalysisContext context, ArraySegment<byte> entry, string path, Func<SourceText> decoded)
    {
        try
        {
            var payload = entry.Array!;
            var reader = new DerivationReader(payload, entry.Offset, entry.Offset + entry.Count, _words);
            if (reader.Text() != path) return null;
            var content = new ContentDocument
            {
                Path = path,
                Source = reader.Bool() ? decoded() : SourceText.From(reader.Text()),
                Metadata = CachedForms.ReadMetadata(reader),
                Problems = reader.List(() => CachedForms.ReadProblem(reader)),
                Suppressions = reader.List(() => CachedForms.ReadSuppression(reader)),
            };
            var kept = new AnalyzedDocument(content, []) { SentenceCount = reader.Int() };
            var diagnostics = reader.List(() => CachedForms.ReadDiagnostic(reader));
            var derivations = Derivations(context).ToList();
            if (reader.Int() != derivations.Count) return null;
            var values = new List<(DocumentDerivation, object)>();
            Func<object>? blocks = null;
            foreach (var derivation in derivations)
            {
                if (reader.Text() != derivation.Key) return null;
                var read = reader.Deferred(derivation.Read);
                if (ReferenceEquals(derivation, TranslationBlocksDerivation)) blocks = read;
                else values.Add((derivation, read()));
            }
            var anchors = reader.Deferred(part => TranslationPairing.AnchorsOf(part.Strings()));
            foreach (var (derivation, value) in values) _derived.Put(kept, derivation.Key, value);
            // The payload's checksum held, so the blocks and anchors read back later as they were written.
            _derived.PutDeferred(kept, TranslationBlocksKey, blocks!);
            _derived.PutDeferred(kept, TranslationPairing.AnchorsKey, anchors);
            return new(kept, diagnostics);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }
}
