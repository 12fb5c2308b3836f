using NarrativeLint.LanguageServer.Protocol;

namespace NarrativeLint.LanguageServer.Documents;

/// <summary>A buffer the client has open: its text at a version, which the server lints instead of the file on disk.</summary>
public sealed record OpenDocument(string Uri, string LanguageId, int Version, string Text)
{
    LineIndex? _lines;

    public LineIndex Lines => _lines ??= new LineIndex(Text);

    /// <summary>The document after the client's changes, applied in order, each to the text the previous one left.</summary>
    public OpenDocument Apply(int version, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        var text = Text;
        var lines = Lines;
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                text = change.Text;
            }
            else
            {
                int start = lines.OffsetOf(change.Range.Start), end = Math.Max(start, lines.OffsetOf(change.Range.End));
                text = string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
            }
            lines = new LineIndex(text);
        }
        return new OpenDocument(Uri, LanguageId, version, text) { _lines = lines };
    }
}
