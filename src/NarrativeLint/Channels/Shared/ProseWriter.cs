using System.Text;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Text;

namespace NarrativeLint.Channels.Shared;

/// <summary>
/// Builds prose segments character by character, collapsing each run of whitespace to one space
/// and dropping leading and trailing whitespace, while keeping every character mapped to the file.
/// Shared by the HTML and email readers; positions passed in are positions in the <see cref="TextOrigin"/>.
/// </summary>
internal sealed class ProseWriter(TextOrigin origin)
{
    ProseBuilder _builder = new();

    // The piece being accumulated before it goes to the builder: consecutive verbatim characters
    // from consecutive file positions, or decoded characters from the same file span, make one run.
    readonly StringBuilder _piece = new();
    bool _pieceVerbatim;
    TextSpan _pieceSource;

    bool _spacePending;
    TextSpan _spaceSource;
    bool _spaceVerbatim;

    /// <summary>While muted (inside hidden markup) everything written is dropped.</summary>
    public bool Muted { get; set; }

    bool IsEmpty => _builder.Length == 0 && _piece.Length == 0;

    /// <summary>A character copied from the text at <paramref name="position"/>.</summary>
    public void Verbatim(char c, int position)
    {
        if (Muted) return;
        if (IsSpace(c)) { Space(new TextSpan(position, 1), c == ' '); return; }
        FlushSpace();
        var (verbatim, file) = origin.Locate(position);
        if (verbatim) PutVerbatim(c, file.Start); else PutDecoded(c, file);
    }

    /// <summary>Characters decoded from <paramref name="source"/> (an entity, an encoded word); all map onto that span.</summary>
    public void Decoded(string text, TextSpan source)
    {
        if (Muted || text.Length == 0) return;
        TextSpan? file = null;
        foreach (char c in text)
        {
            if (IsSpace(c)) { Space(source, false); continue; }
            FlushSpace();
            PutDecoded(c, file ??= origin.ToFile(source));
        }
    }

    /// <summary>A break between words (whitespace, a line break, a &lt;br&gt;); it becomes one space if text follows.</summary>
    public void Space(TextSpan source, bool verbatimSpace = false)
    {
        if (Muted || _spacePending) return;
        _spacePending = true;
        _spaceSource = source;
        _spaceVerbatim = verbatimSpace;
    }

    /// <summary>The segment written so far (null when it holds no prose); the writer starts afresh.</summary>
    public ProseSegment? Build(SegmentKind kind, int unit = 0)
    {
        FlushPiece();
        _spacePending = false;
        if (_builder.Length == 0) return null;
        var segment = _builder.Build(kind, unit);
        _builder = new ProseBuilder();
        return segment;
    }

    void FlushSpace()
    {
        if (!_spacePending) return;
        _spacePending = false;
        if (IsEmpty) return;
        if (_spaceVerbatim)
        {
            var (verbatim, file) = origin.Locate(_spaceSource.Start);
            if (verbatim) { PutVerbatim(' ', file.Start); return; }
            PutDecoded(' ', file);
            return;
        }
        PutDecoded(' ', origin.ToFile(_spaceSource));
    }

    void PutVerbatim(char c, int filePosition)
    {
        if (_piece.Length > 0 && !(_pieceVerbatim && _pieceSource.Start + _piece.Length == filePosition)) FlushPiece();
        if (_piece.Length == 0) { _pieceVerbatim = true; _pieceSource = new TextSpan(filePosition, 0); }
        _piece.Append(c);
    }

    void PutDecoded(char c, TextSpan file)
    {
        if (_piece.Length > 0 && !(!_pieceVerbatim && _pieceSource == file)) FlushPiece();
        if (_piece.Length == 0) { _pieceVerbatim = false; _pieceSource = file; }
        _piece.Append(c);
    }

    void FlushPiece()
    {
        if (_piece.Length == 0) return;
        if (_pieceVerbatim) _builder.AppendVerbatim(_piece.ToString(), _pieceSource.Start);
        else _builder.AppendDecoded(_piece.ToString(), _pieceSource);
        _piece.Clear();
    }

    /// <summary>Whitespace for prose purposes; a no-break space separates words like any other.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c);
}
