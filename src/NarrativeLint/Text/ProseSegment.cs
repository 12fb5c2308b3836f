using Microsoft.CodeAnalysis.Text;

namespace NarrativeLint.Text;

/// <summary>What a piece of prose is within its document; headings give context to short sentences below them.</summary>
public enum SegmentKind { Paragraph, Heading, Title, Description, ListItem, TableCell, Subject, AltText, Caption, Response, Post, Footnote }

/// <summary>A run of prose as a reader extracted it, with the map back to the source file.</summary>
/// <param name="Unit">Index of the unit (a social post) within the document; 0 where the whole document is one unit.</param>
public sealed record ProseSegment(string Text, SourceMap Map, SegmentKind Kind, int Unit = 0)
{
    /// <summary>
    /// Spans of the prose that cite someone else's words rather than speak in the document's voice: the text of a
    /// link (a talk's, an article's, a page's title), as the reader found them.
    /// </summary>
    public System.Collections.Immutable.ImmutableArray<TextSpan> Citations { get; init; } = [];

    /// <summary>Where a table cell sits, so its column's header and its row's first cell can say what it is about.</summary>
    public TableCellPlace? Cell { get; init; }

    public TextSpan ToSource(TextSpan prose) => Map.ToSource(prose);
}

/// <summary>A table cell's place: which table of the document (any number that tells tables apart), row and column from 0.</summary>
public sealed record TableCellPlace(int Table, int Row, int Column);
