using AngleSharp.Dom;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Text;

namespace NarrativeLint.Channels.Shared.Html;

/// <summary>
/// Walks a parsed page in document order and writes its visible prose into segments, keeping a
/// cursor into the raw HTML so each text node is aligned with the characters it came from.
/// The walk is iterative: a page nested 100,000 levels deep must not exhaust the stack.
/// </summary>
internal sealed class HtmlProseWalker
{
    readonly string _raw;
    readonly string _original;
    readonly TextOrigin _origin;
    readonly ProseWriter _writer;
    readonly List<ProseSegment> _segments = [];
    readonly Stack<SegmentKind> _kinds = new();
    /// <summary>The table cell each open block is, beside its kind (null outside cells).</summary>
    readonly Stack<TableCellPlace?> _cells = new();
    readonly Dictionary<IElement, int> _tables = new(ReferenceEqualityComparer.Instance);
    readonly HashSet<int> _usedAnchors = [];
    int _cursor;
    int _muted;

    /// <param name="raw">The HTML the parser saw (deep tags may be blanked).</param>
    /// <param name="origin">Where the original HTML sits in the file.</param>
    public HtmlProseWalker(string raw, TextOrigin origin)
    {
        _raw = raw;
        _original = origin.Text;
        _origin = origin;
        _writer = new ProseWriter(origin);
        _kinds.Push(SegmentKind.Paragraph);
        _cells.Push(null);
    }

    public IReadOnlyList<ProseSegment> Segments => _segments;
    public string? Title { get; private set; }
    public string? Description { get; private set; }

    enum Step { Enter, ExitBlock, ExitSkip }

    public void Walk(IDocument document)
    {
        var stack = new Stack<(INode Node, Step Step)>();
        PushChildren(stack, document);
        while (stack.Count > 0)
        {
            var (node, step) = stack.Pop();
            switch (step)
            {
                case Step.ExitBlock:
                    Flush(_kinds.Pop(), _cells.Pop());
                    break;
                case Step.ExitSkip:
                    _writer.Muted = --_muted > 0;
                    break;
                default:
                    if (node is IText text) WriteText(text.Data);
                    else if (node is IElement element) Enter(element, stack);
                    break;
            }
        }
        Flush(SegmentKind.Paragraph, null);
    }

    void Enter(IElement element, Stack<(INode, Step)> stack)
    {
        int anchor = AnchorOf(element);
        int tagEnd = anchor >= 0 ? HtmlMarkup.TagEnd(_raw, anchor) : -1;
        // Elements the parser cloned (misnested formatting) share their original's anchor; only the first moves the cursor.
        bool fresh = anchor >= 0 && _usedAnchors.Add(anchor);
        if (fresh) _cursor = tagEnd;
        string name = element.LocalName;

        if (name == "head")
        {
            // Of the head, only the title and the description are prose.
            for (int i = element.ChildNodes.Length - 1; i >= 0; i--)
                if (element.ChildNodes[i] is IElement { LocalName: "title" or "meta" } child) stack.Push((child, Step.Enter));
            return;
        }
        if (name == "meta")
        {
            if (_muted == 0 && string.Equals(element.GetAttribute("name")?.Trim(), "description", StringComparison.OrdinalIgnoreCase))
                Description = AttributeSegment(element, anchor, "content", SegmentKind.Description)?.Text ?? Description;
            return;
        }
        if (name == "title")
        {
            ReadTitle(element, fresh ? tagEnd : -1);
            return;
        }

        var role = HtmlElements.RoleOf(element);
        if (role == ElementRole.SkipRaw)
        {
            if (fresh) _cursor = HtmlMarkup.RawTextEnd(_raw, tagEnd, name);
            return;
        }
        if (_muted == 0 && (role != ElementRole.Skip || (name == "input" && !HtmlElements.IsHidden(element))))
            WriteAttributes(element, anchor);

        if (name == "br")
        {
            _writer.Space(new TextSpan(Math.Max(anchor, 0), 0));
            return;
        }
        switch (role)
        {
            case ElementRole.Skip:
                _writer.Muted = ++_muted > 0;
                stack.Push((element, Step.ExitSkip));
                break;
            case ElementRole.Block:
                Flush(_kinds.Peek(), _cells.Peek());
                _kinds.Push(HtmlElements.KindOf(name));
                _cells.Push(PlaceOf(element));
                stack.Push((element, Step.ExitBlock));
                break;
        }
        PushChildren(stack, element);
    }

    /// <summary>The title is raw text with references: no markup inside, its own segment.</summary>
    void ReadTitle(IElement title, int contentStart)
    {
        Flush(_kinds.Peek(), _cells.Peek());
        string text = title.TextContent;
        if (contentStart >= 0)
        {
            int end = HtmlMarkup.RawTextEnd(_raw, contentStart, "title");
            int position = contentStart;
            HtmlTextAligner.Align(_raw, _original, ref position, end, text, _writer, skipMarkup: false);
            _cursor = end;
        }
        else
        {
            _writer.Decoded(text, new TextSpan(_cursor, 0));
        }
        if (_muted > 0) return;
        var segment = _writer.Build(SegmentKind.Title);
        if (segment is null) return;
        _segments.Add(segment);
        Title ??= segment.Text;
    }

    /// <summary>Alternative text (<c>alt</c>) of images and advisory text (<c>title</c>) of any element are prose of their own.</summary>
    void WriteAttributes(IElement element, int anchor)
    {
        string name = element.LocalName;
        bool hasAlt = name is "img" or "area" || (name == "input" && string.Equals(element.GetAttribute("type"), "image", StringComparison.OrdinalIgnoreCase));
        if (hasAlt) AttributeSegment(element, anchor, "alt", SegmentKind.AltText);
        AttributeSegment(element, anchor, "title", SegmentKind.AltText);
    }

    ProseSegment? AttributeSegment(IElement element, int anchor, string attribute, SegmentKind kind)
    {
        string? value = element.GetAttribute(attribute);
        if (string.IsNullOrWhiteSpace(value)) return null;
        var writer = new ProseWriter(_origin);
        var raw = anchor >= 0
            ? HtmlMarkup.Attributes(_raw, anchor).FirstOrDefault(a => a.HasValue && a.Name.Equals(attribute, StringComparison.OrdinalIgnoreCase))
            : default;
        if (raw.HasValue)
        {
            int position = raw.Value.Start;
            HtmlTextAligner.Align(_raw, _original, ref position, raw.Value.End, value, writer, skipMarkup: false);
        }
        else
        {
            writer.Decoded(value, new TextSpan(Math.Max(anchor, 0), 0));
        }
        var segment = writer.Build(kind);
        if (segment is not null) _segments.Add(segment);
        return segment;
    }

    void WriteText(string data)
    {
        if (data.Length == 0) return;
        HtmlTextAligner.Align(_raw, _original, ref _cursor, _raw.Length, data, _writer, skipMarkup: true);
    }

    void Flush(SegmentKind kind, TableCellPlace? cell)
    {
        if (_muted > 0) return;
        var segment = _writer.Build(kind);
        if (segment is not null) _segments.Add(cell is null ? segment : segment with { Cell = cell });
    }

    /// <summary>A <c>td</c> or <c>th</c>: its row in the table (head rows first) and its column in the row.</summary>
    TableCellPlace? PlaceOf(IElement element)
    {
        if (element is not AngleSharp.Html.Dom.IHtmlTableCellElement cell || cell.ParentElement is not AngleSharp.Html.Dom.IHtmlTableRowElement row
            || row.Closest("table") is not { } table) return null;
        if (!_tables.TryGetValue(table, out var id)) _tables[table] = id = _tables.Count;
        return new TableCellPlace(id, row.Index, cell.Index);
    }

    /// <summary>Index of the element's '&lt;' in the raw HTML; -1 for elements the parser implied.</summary>
    int AnchorOf(IElement element)
    {
        var reference = element.SourceReference;
        if (reference is null) return -1;
        int position = reference.Position.Position - 1; // AngleSharp counts from 1
        if (position >= 0 && position < _raw.Length && _raw[position] == '<') return position;
        if (position + 1 >= 0 && position + 1 < _raw.Length && _raw[position + 1] == '<') return position + 1;
        return -1;
    }

    static void PushChildren(Stack<(INode, Step)> stack, INode parent)
    {
        var children = parent.ChildNodes;
        for (int i = children.Length - 1; i >= 0; i--) stack.Push((children[i], Step.Enter));
    }
}
