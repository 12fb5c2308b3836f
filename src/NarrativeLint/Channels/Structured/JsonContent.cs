using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Channels.Shared;

namespace NarrativeLint.Channels.Structured;

/// <summary>
/// A strict JSON (RFC 8259) parser over the decoded text that keeps character positions:
/// System.Text.Json reports byte offsets and loses where each escape was, and prose needs both.
/// </summary>
internal sealed class JsonContent
{
    const int MaxDepth = 256;

    readonly string _text;
    int _position;

    JsonContent(string text) => _text = text;

    sealed class SyntaxError(int position, string message) : Exception(message)
    {
        public int Position { get; } = position;
    }

    public static StructuredContent Parse(SourceText source)
    {
        var parser = new JsonContent(source.ToString());
        try
        {
            parser.SkipWhitespace();
            var root = parser.ReadValue(0);
            parser.SkipWhitespace();
            if (parser._position < parser._text.Length) throw new SyntaxError(parser._position, "Unexpected text after the end of the JSON value.");
            return new(source, root, null, []);
        }
        catch (SyntaxError e)
        {
            var position = Math.Min(e.Position, parser._text.Length);
            var line = source.Lines.GetLinePosition(position);
            var problem = new ReadProblem(ReadProblemKind.Malformed,
                $"Malformed JSON at line {line.Line + 1}, column {line.Character + 1}: {e.Message}",
                new TextSpan(position, position < parser._text.Length ? 1 : 0));
            return new(source, null, problem, []);
        }
    }

    DataNode ReadValue(int depth)
    {
        if (depth > MaxDepth) throw new SyntaxError(_position, "The JSON is nested too deeply.");
        if (_position >= _text.Length) throw new SyntaxError(_position, "Unexpected end of file; a value was expected.");
        return _text[_position] switch
        {
            '{' => ReadObject(depth),
            '[' => ReadArray(depth),
            '"' => ReadString(),
            _ => ReadLiteral(),
        };
    }

    DataMapping ReadObject(int depth)
    {
        int start = _position++;
        var entries = ImmutableArray.CreateBuilder<KeyValuePair<string, DataNode>>();
        SkipWhitespace();
        if (Peek() == '}') { _position++; return new DataMapping { Entries = entries.ToImmutable(), Span = TextSpan.FromBounds(start, _position) }; }
        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"') throw new SyntaxError(_position, "A property name in double quotes was expected.");
            var key = ReadString();
            SkipWhitespace();
            Expect(':');
            SkipWhitespace();
            entries.Add(new(key.Value, ReadValue(depth + 1)));
            SkipWhitespace();
            if (Peek() == ',') { _position++; continue; }
            Expect('}');
            return new DataMapping { Entries = entries.ToImmutable(), Span = TextSpan.FromBounds(start, _position) };
        }
    }

    DataSequence ReadArray(int depth)
    {
        int start = _position++;
        var items = ImmutableArray.CreateBuilder<DataNode>();
        SkipWhitespace();
        if (Peek() == ']') { _position++; return new DataSequence { Items = items.ToImmutable(), Span = TextSpan.FromBounds(start, _position) }; }
        while (true)
        {
            SkipWhitespace();
            items.Add(ReadValue(depth + 1));
            SkipWhitespace();
            if (Peek() == ',') { _position++; continue; }
            Expect(']');
            return new DataSequence { Items = items.ToImmutable(), Span = TextSpan.FromBounds(start, _position) };
        }
    }

    DataScalar ReadString()
    {
        int start = _position++;
        var pieces = ImmutableArray.CreateBuilder<ProsePiece>();
        var value = new StringBuilder();
        int runStart = _position;

        void FlushRun(int end)
        {
            if (end > runStart) pieces.Add(new ProsePiece(_text[runStart..end], TextSpan.FromBounds(runStart, end), true));
        }

        while (true)
        {
            if (_position >= _text.Length) throw new SyntaxError(start, "Unterminated string.");
            char c = _text[_position];
            if (c == '"')
            {
                FlushRun(_position);
                _position++;
                return new DataScalar { Value = value.ToString(), Pieces = pieces.ToImmutable(), Quoted = true, Span = TextSpan.FromBounds(start, _position) };
            }
            if (c < 0x20) throw new SyntaxError(_position, "A control character (such as a raw line break) is not allowed inside a JSON string; write it as an escape.");
            if (c != '\\') { value.Append(c); _position++; continue; }

            FlushRun(_position);
            int escapeStart = _position;
            if (_position + 1 >= _text.Length) throw new SyntaxError(_position, "Unterminated escape sequence.");
            char e = _text[_position + 1];
            string decoded;
            int length = 2;
            switch (e)
            {
                case '"': decoded = "\""; break;
                case '\\': decoded = "\\"; break;
                case '/': decoded = "/"; break;
                case 'b': decoded = "\b"; break;
                case 'f': decoded = "\f"; break;
                case 'n': decoded = "\n"; break;
                case 'r': decoded = "\r"; break;
                case 't': decoded = "\t"; break;
                case 'u':
                    if (_position + 6 > _text.Length || !int.TryParse(_text.AsSpan(_position + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                        throw new SyntaxError(_position, "\\u must be followed by four hexadecimal digits.");
                    decoded = ((char)code).ToString();
                    length = 6;
                    break;
                default: throw new SyntaxError(_position, $"Unknown escape sequence '\\{e}'.");
            }
            pieces.Add(new ProsePiece(decoded, new TextSpan(escapeStart, length), false));
            value.Append(decoded);
            _position += length;
            runStart = _position;
        }
    }

    DataScalar ReadLiteral()
    {
        int start = _position;
        while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] is '-' or '+' or '.'))
            _position++;
        var literal = _text[start.._position];
        bool valid = literal is "true" or "false" or "null"
            || (literal.Length > 0 && double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && (char.IsAsciiDigit(literal[0]) || literal[0] == '-'));
        if (!valid)
            throw new SyntaxError(start, literal.Length == 0 ? $"Unexpected character '{_text[start]}'." : $"'{literal}' is not a JSON value.");
        var span = TextSpan.FromBounds(start, _position);
        return new DataScalar { Value = literal, Pieces = [new ProsePiece(literal, span, true)], Span = span };
    }

    char Peek() => _position < _text.Length ? _text[_position] : '\0';

    void Expect(char c)
    {
        if (Peek() != c) throw new SyntaxError(_position, _position >= _text.Length ? $"Unexpected end of file; '{c}' was expected." : $"'{c}' was expected.");
        _position++;
    }

    void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r') _position++;
    }
}
