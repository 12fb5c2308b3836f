using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Text;

namespace NarrativeLint.Channels;

/// <summary>Facts about a document or a unit of it that rules depend on: language, date, channel, disclosure.</summary>
public sealed record ContentMetadata
{
    public string? Language { get; init; }
    public DateOnly? Date { get; init; }
    /// <summary>Channel id (blog, web, email, social, captions, chatbot, text, document, or one from the registry).</summary>
    public string? Channel { get; init; }
    public bool? Sponsored { get; init; }
    public string? Title { get; init; }
    /// <summary>Social platform (x, instagram, linkedin, …) where known; length rules count as the platform does.</summary>
    public string? Platform { get; init; }
    /// <summary>E-mail only: sender, whether the mail is marketing, its unsubscribe header.</summary>
    public EmailFacts? Email { get; init; }
    /// <summary>Anything else a reader found (headers, front matter keys), for rules that need it.</summary>
    public ImmutableDictionary<string, string> Properties { get; init; } = ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>This metadata with every value <paramref name="unit"/> sets taking precedence.</summary>
    public ContentMetadata With(ContentMetadata unit) => new()
    {
        Language = unit.Language ?? Language,
        Date = unit.Date ?? Date,
        Channel = unit.Channel ?? Channel,
        Sponsored = unit.Sponsored ?? Sponsored,
        Title = unit.Title ?? Title,
        Platform = unit.Platform ?? Platform,
        Email = unit.Email ?? Email,
        Properties = Properties.SetItems(unit.Properties),
    };
}

/// <summary>A unit of content that rules see as one message: a whole post or page, or one social post of a list.</summary>
/// <param name="Span">The unit's extent in the source (a post's text), where length and disclosure findings are anchored.</param>
public sealed record ContentUnit(int Index, ContentMetadata Metadata, TextSpan Span);

/// <summary>A problem the reader met: the file still produces a document, with this reported as an NL0 diagnostic.</summary>
public sealed record ReadProblem(ReadProblemKind Kind, string Message, TextSpan Span = default);

public enum ReadProblemKind { Unreadable, Malformed, UnknownChannel, TooLarge, OverTimeBudget }

/// <summary>An inline suppression written in the content's own comment syntax.</summary>
/// <param name="Line">0-based line the suppression applies to: the next line, the first line of a disabled block, or the line an enable comment ends a block on.</param>
/// <param name="Ids">Diagnostic IDs (or prefixes such as NL1) it silences (or, for an enable comment, re-enables); empty means all.</param>
public sealed record Suppression(int Line, ImmutableArray<string> Ids, string Justification, TextSpan CommentSpan, SuppressionKind Kind = SuppressionKind.NextLine);

/// <summary><c>narrativelint-disable-next-line</c>, <c>narrativelint-disable</c> (a block starts) or <c>narrativelint-enable</c> (it ends).</summary>
public enum SuppressionKind { NextLine, Disable, Enable }

/// <summary>One file as a channel reader produced it: prose mapped to exact source spans, plus metadata.</summary>
public sealed record ContentDocument
{
    /// <summary>Path as shown to the user (relative to the working directory where possible).</summary>
    public required string Path { get; init; }
    /// <summary>The text locations refer to; for binary formats (docx) a synthetic text, one line per paragraph.</summary>
    public required SourceText Source { get; init; }
    public required ContentMetadata Metadata { get; init; }
    public ImmutableArray<ProseSegment> Segments { get; init; } = [];
    /// <summary>Units; a document without an explicit list is a single unit spanning the whole source.</summary>
    public ImmutableArray<ContentUnit> Units { get; init; } = [];
    public ImmutableArray<ReadProblem> Problems { get; init; } = [];
    public ImmutableArray<Suppression> Suppressions { get; init; } = [];
    /// <summary>Extra words a location needs beyond line and column ("paragraph 4", "cue 00:01:02.500"), by source position.</summary>
    public Func<int, string?> DescribePosition { get; init; } = NoPositionNotes;

    /// <summary>The <see cref="DescribePosition"/> of a file whose line and column say it all.</summary>
    public static readonly Func<int, string?> NoPositionNotes = _ => null;

    public IEnumerable<ContentUnit> AllUnits =>
        Units.IsDefaultOrEmpty ? [new ContentUnit(0, new ContentMetadata(), new TextSpan(0, Source.Length))] : Units;

    public ContentMetadata MetadataOf(int unit) =>
        Units.IsDefaultOrEmpty || unit >= Units.Length ? Metadata : Metadata.With(Units[unit].Metadata);

    /// <summary>A document that could not be read at all: one problem, no prose.</summary>
    public static ContentDocument Failed(string path, ReadProblemKind kind, string message) => Failed(path, new ReadProblem(kind, message));

    /// <inheritdoc cref="Failed(string, ReadProblemKind, string)"/>
    public static ContentDocument Failed(string path, ReadProblem problem) => new()
    {
        Path = path,
        Source = SourceText.From(""),
        Metadata = new ContentMetadata(),
        Problems = [problem],
    };
}
