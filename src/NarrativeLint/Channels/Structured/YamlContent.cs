using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NarrativeLint.Channels.Structured;

/// <summary>
/// Reads YAML with YamlDotNet's event parser (so aliases are never expanded) into a <see cref="DataNode"/> tree,
/// mapping each scalar's characters back to the file; <c># narrativelint-disable-next-line</c> comments become suppressions.
/// </summary>
internal sealed class YamlContent
{
    const int MaxDepth = 256;

    readonly SourceText _source;
    readonly string _text;
    readonly IParser _parser;
    readonly ImmutableArray<Suppression>.Builder _suppressions = ImmutableArray.CreateBuilder<Suppression>();

    YamlContent(SourceText source)
    {
        _source = source;
        _text = source.ToString();
        _parser = new Parser(new Scanner(new StringReader(_text), skipComments: false));
    }

    public static StructuredContent Parse(SourceText source)
    {
        var reader = new YamlContent(source);
        DataNode? root = null;
        try
        {
            // Stream start, then the first document's start; an empty file has neither a document nor a root.
            reader.Next();
            if (reader.Next() is DocumentStart)
            {
                root = reader.ReadNode(reader.Next(), 0);
                // Read on to the end so a syntax error further down (or in a later document) is still reported.
                while (reader.Next() is not StreamEnd and not null) { }
            }
            return new(source, root ?? new DataOther(), null, reader._suppressions.ToImmutable());
        }
        catch (YamlException e)
        {
            int position = Math.Clamp((int)e.Start.Index, 0, source.Length);
            var message = e.InnerException?.Message ?? e.Message;
            var problem = new ReadProblem(ReadProblemKind.Malformed,
                $"Malformed YAML at line {e.Start.Line}, column {e.Start.Column}: {StripMarks(message)}",
                new TextSpan(position, position < source.Length ? 1 : 0));
            return new(source, null, problem, reader._suppressions.ToImmutable());
        }
        catch (DepthExceeded e)
        {
            return new(source, null, new ReadProblem(ReadProblemKind.Malformed, "The YAML is nested too deeply.", new TextSpan(e.Position, 0)), []);
        }
    }

    sealed class DepthExceeded(int position) : Exception
    {
        public int Position { get; } = position;
    }

    // YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 1) - (...): "; we say where ourselves.
    static string StripMarks(string message)
    {
        int at = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && at >= 0 ? message[(at + 3)..] : message;
    }

    /// <summary>The next parsing event other than a comment; comments are collected as suppressions on the way.</summary>
    ParsingEvent? Next()
    {
        while (_parser.MoveNext())
        {
            if (_parser.Current is Comment comment)
            {
                var span = TextSpan.FromBounds(Clamp(comment.Start.Index), Math.Max(Clamp(comment.Start.Index), Clamp(comment.End.Index)));
                if (SuppressionComment.TryParse(comment.Value, span, _source) is { } suppression) _suppressions.Add(suppression);
                continue;
            }
            return _parser.Current;
        }
        return null;
    }

    int Clamp(long index) => (int)Math.Clamp(index, 0, _text.Length);

    DataNode ReadNode(ParsingEvent? first, int depth)
    {
        if (depth > MaxDepth) throw new DepthExceeded(first is null ? 0 : Clamp(first.Start.Index));
        switch (first)
        {
            case Scalar scalar:
                var span = TextSpan.FromBounds(Clamp(scalar.Start.Index), Math.Max(Clamp(scalar.Start.Index), Clamp(scalar.End.Index)));
                return new DataScalar
                {
                    Value = scalar.Value,
                    Pieces = YamlScalarMap.Map(_text, scalar.Value, scalar.Style, span),
                    Quoted = scalar.Style is not ScalarStyle.Plain and not ScalarStyle.Any,
                    Span = span,
                };
            case SequenceStart start:
            {
                var items = ImmutableArray.CreateBuilder<DataNode>();
                ParsingEvent? next;
                while ((next = Next()) is not SequenceEnd)
                {
                    if (next is null) throw new YamlException("Unexpected end of the YAML stream inside a sequence.");
                    items.Add(ReadNode(next, depth + 1));
                }
                return new DataSequence { Items = items.ToImmutable(), Span = Bounds(start, next) };
            }
            case MappingStart start:
            {
                var entries = ImmutableArray.CreateBuilder<KeyValuePair<string, DataNode>>();
                ParsingEvent? next;
                while ((next = Next()) is not MappingEnd)
                {
                    if (next is null) throw new YamlException("Unexpected end of the YAML stream inside a mapping.");
                    var key = ReadNode(next, depth + 1);
                    var value = ReadNode(Next(), depth + 1);
                    entries.Add(new((key as DataScalar)?.Value ?? "", value));
                }
                return new DataMapping { Entries = entries.ToImmutable(), Span = Bounds(start, next) };
            }
            case null:
                throw new YamlException("Unexpected end of the YAML stream.");
            default:
                // Aliases are not followed: a post or a reply written as *anchor is not read twice, and alias bombs stay harmless.
                return new DataOther { Span = new TextSpan(Clamp(first.Start.Index), 0) };
        }
    }

    TextSpan Bounds(ParsingEvent start, ParsingEvent end)
    {
        int from = Clamp(start.Start.Index);
        return TextSpan.FromBounds(from, Math.Max(from, Clamp(end.End.Index)));
    }
}
