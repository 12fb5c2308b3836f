using NarrativeLint.LanguageServer.Protocol;

namespace NarrativeLint.LanguageServer.Documents;

/// <summary>
/// Converts between LSP positions (line, UTF-16 offset in the line) and offsets in a text. Lines end at
/// <c>\r\n</c>, <c>\n</c> or <c>\r</c>, as LSP says; a C# string is UTF-16, so a character offset is a char index.
/// </summary>
public sealed class LineIndex
{
    readonly string _text;
    /// <summary>Offset where each line starts; one more entry than line breaks.</summary>
    readonly int[] _starts;

    public LineIndex(string text)
    {
        _text = text;
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            if (text[i] is '\n' or '\r') starts.Add(i + 1);
        }
        _starts = [.. starts];
    }

    public int LineCount => _starts.Length;

    /// <summary>
    /// The offset of a position. A line past the end means the end of the text; a character past the end of its
    /// line means the line's end (before its line break), as the specification asks.
    /// </summary>
    public int OffsetOf(Position position)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= _starts.Length) return _text.Length;
        int start = _starts[position.Line];
        return start + Math.Clamp(position.Character, 0, ContentEnd(position.Line) - start);
    }

    public Position PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        int line = Array.BinarySearch(_starts, offset);
        if (line < 0) line = ~line - 1;
        // An offset inside a \r\n pair belongs to the end of its line.
        return new Position(line, Math.Min(offset, ContentEnd(line)) - _starts[line]);
    }

    public Protocol.Range RangeOf(int start, int end) => new(PositionOf(start), PositionOf(end));

    /// <summary>The offset where a line's text ends, before its line break.</summary>
    int ContentEnd(int line)
    {
        int end = line + 1 < _starts.Length ? _starts[line + 1] : _text.Length;
        if (end > _starts[line] && _text[end - 1] == '\n') end--;
        if (end > _starts[line] && _text[end - 1] == '\r') end--;
        return end;
    }
}
