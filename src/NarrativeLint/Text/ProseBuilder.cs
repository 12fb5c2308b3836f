using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace NarrativeLint.Text;

/// <summary>Assembles one prose segment from pieces of a source file, recording where each piece came from.</summary>
public sealed class ProseBuilder
{
    readonly StringBuilder _text = new();
    readonly ImmutableArray<SourceMap.Run>.Builder _runs = ImmutableArray.CreateBuilder<SourceMap.Run>();

    public int Length => _text.Length;

    /// <summary>Appends text that appears in the source exactly as given, starting at <paramref name="sourceStart"/>.</summary>
    public ProseBuilder AppendVerbatim(string text, int sourceStart) => AppendVerbatim(text.AsSpan(), sourceStart);

    /// <inheritdoc cref="AppendVerbatim(string, int)"/>
    public ProseBuilder AppendVerbatim(ReadOnlySpan<char> text, int sourceStart)
    {
        if (text.Length == 0) return this;
        _runs.Add(new SourceMap.Run(_text.Length, text.Length, new TextSpan(sourceStart, text.Length), true));
        _text.Append(text);
        return this;
    }

    /// <summary>Appends text decoded from <paramref name="source"/> (an entity, an encoded line); all of it maps onto that span.</summary>
    public ProseBuilder AppendDecoded(string text, TextSpan source)
    {
        if (text.Length == 0) return this;
        _runs.Add(new SourceMap.Run(_text.Length, text.Length, source, false));
        _text.Append(text);
        return this;
    }

    /// <summary>Appends a separator (a space between two cues or inline nodes) that maps to the end of the previous piece.</summary>
    public ProseBuilder AppendSeparator(string text = " ")
    {
        if (_text.Length == 0 || text.Length == 0) return this;
        var previous = _runs[^1].Source;
        _runs.Add(new SourceMap.Run(_text.Length, text.Length, new TextSpan(previous.End, 0), false));
        _text.Append(text);
        return this;
    }

    /// <param name="citations">The segment's <see cref="ProseSegment.Citations"/>; none when default.</param>
    public ProseSegment Build(SegmentKind kind, int unit = 0, ImmutableArray<TextSpan> citations = default) =>
        new(_text.ToString(), new SourceMap(_runs.ToImmutable()), kind, unit) { Citations = citations.IsDefault ? [] : citations };

    /// <summary>Empties the builder for the next segment, keeping the room it grew (a reader builds one segment after another).</summary>
    public void Clear()
    {
        _text.Clear();
        _runs.Clear();
    }
}
