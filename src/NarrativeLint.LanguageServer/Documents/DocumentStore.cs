using System.Collections.Concurrent;
using NarrativeLint.LanguageServer.Protocol;

namespace NarrativeLint.LanguageServer.Documents;

/// <summary>The client's open buffers by URI, each at its latest version.</summary>
public sealed class DocumentStore
{
    readonly ConcurrentDictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);

    public OpenDocument Open(TextDocumentItem item) => _documents[item.Uri] = new OpenDocument(item.Uri, item.LanguageId, item.Version, item.Text);

    /// <summary>Applies a change to an open buffer; null for a document the client never opened.</summary>
    public OpenDocument? Change(VersionedTextDocumentIdentifier document, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        if (!_documents.TryGetValue(document.Uri, out var current)) return null;
        var changed = current.Apply(document.Version, changes);
        _documents[document.Uri] = changed;
        return changed;
    }

    public bool Close(string uri) => _documents.TryRemove(uri, out _);

    public OpenDocument? Get(string uri) => _documents.GetValueOrDefault(uri);

    public IReadOnlyCollection<OpenDocument> All => [.. _documents.Values];
}
