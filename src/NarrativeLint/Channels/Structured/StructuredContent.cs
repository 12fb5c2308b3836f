using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Channels.Shared;
using NarrativeLint.Text;

namespace NarrativeLint.Channels.Structured;

// The YAML/JSON tree the social and chatbot readers share. It keeps only what prose needs:
// structure, each node's extent, and for scalars the decoded value with its map back to the file.

/// <summary>A node of a YAML or JSON file with its extent in the source.</summary>
internal abstract class DataNode
{
    public TextSpan Span { get; init; }
}

/// <summary>A scalar (string, number, boolean, null) with its decoded value and the pieces that map it to the source.</summary>
internal sealed class DataScalar : DataNode
{
    public required string Value { get; init; }
    /// <summary>The value piece by piece: verbatim source text, or text decoded from an escape or a line fold.</summary>
    public required ImmutableArray<ProsePiece> Pieces { get; init; }
    /// <summary>Whether the scalar was quoted or a block scalar (a string for sure), as opposed to a plain YAML word or a JSON literal.</summary>
    public bool Quoted { get; init; }

    /// <summary>The scalar's value as one prose segment whose map points into the scalar's text in the file.</summary>
    public ProseSegment ToSegment(SegmentKind kind, int unit = 0)
    {
        var builder = new ProseBuilder();
        foreach (var piece in Pieces) piece.AppendTo(builder);
        return builder.Build(kind, unit);
    }

    /// <summary>The extent of the value's characters (inside the quotes), or the scalar's span when it is empty.</summary>
    public TextSpan ValueSpan => Pieces.IsDefaultOrEmpty
        ? Span
        : TextSpan.FromBounds(Pieces[0].Source.Start, Pieces[^1].Source.End);

    public bool? AsBoolean() => Value.Trim().ToLowerInvariant() switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        _ => null,
    };
}

internal sealed class DataSequence : DataNode
{
    public required ImmutableArray<DataNode> Items { get; init; }
}

internal sealed class DataMapping : DataNode
{
    public required ImmutableArray<KeyValuePair<string, DataNode>> Entries { get; init; }

    /// <summary>The value of the first entry whose key is one of <paramref name="keys"/> (case-insensitive), or null.</summary>
    public DataNode? Get(params string[] keys)
    {
        foreach (var key in keys)
            foreach (var entry in Entries)
                if (string.Equals(entry.Key, key, StringComparison.OrdinalIgnoreCase)) return entry.Value;
        return null;
    }

    public DataScalar? Scalar(params string[] keys) => Get(keys) as DataScalar;
}

/// <summary>Anything the readers do not look into: YAML aliases, empty values.</summary>
internal sealed class DataOther : DataNode;

/// <summary>A parsed YAML or JSON file: the root node (null when the file is malformed) and what the parse found on the way.</summary>
internal sealed record StructuredContent(
    SourceText Source,
    DataNode? Root,
    ReadProblem? Problem,
    ImmutableArray<Suppression> Suppressions)
{
    /// <summary>Files bigger than this are not parsed: a content file of social posts or bot replies is never this large.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>Parses the file as JSON (by extension) or YAML; never throws.</summary>
    /// <summary>
    /// The file parsed once, however many readers ask: the chatbot and social readers look at its structure to tell
    /// whether it is theirs, and the one that takes it reads the same tree.
    /// </summary>
    public static StructuredContent Parse(ContentFile file) => Parsed.GetValue(file, ParseOnce);

    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ContentFile, StructuredContent> Parsed = new();

    static StructuredContent ParseOnce(ContentFile file)
    {
        var source = SourceText.From(TextDecoding.Decode(file.Bytes));
        if (file.Bytes.Length > MaxBytes)
            return new(source, null, new ReadProblem(ReadProblemKind.TooLarge, $"The file is larger than {MaxBytes / (1024 * 1024)} MB."), []);
        try
        {
            return file.Extension == ".json" ? JsonContent.Parse(source) : YamlContent.Parse(source);
        }
        catch (Exception e)
        {
            // The parsers report syntax errors themselves; anything else is a bug we must not let stop the run.
            return new(source, null, new ReadProblem(ReadProblemKind.Malformed, $"Could not parse the file: {e.Message}"), []);
        }
    }
}
