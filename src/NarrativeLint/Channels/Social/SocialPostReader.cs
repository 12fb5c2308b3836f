using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Channels.Shared;
using NarrativeLint.Channels.Structured;
using NarrativeLint.Text;

namespace NarrativeLint.Channels.Social;

/// <summary>
/// Reads a list of social posts from YAML or JSON: a top-level list, or a mapping with <c>posts:</c>.
/// Each post is one unit with its own date, platform, language and sponsorship, and its text one segment
/// mapped into the post's <c>text</c> value in the file.
/// </summary>
public sealed partial class SocialPostReader : ChannelReader
{
    public override string DefaultChannel => "social";

    public override bool CanRead(ContentFile file) => file.Extension is ".yaml" or ".yml" or ".json";

    public override ContentDocument? TryRead(ContentFile file) => HoldsPosts(file) ? Read(file) : null;

    /// <summary>Whether the file holds a list of posts.</summary>
    internal static bool HoldsPosts(ContentFile file)
    {
        var content = StructuredContent.Parse(file);
        if (content.Root is { } root) return PostsOf(root) is not null;
        // A file that does not parse: claim it when it reads like posts, so its problem is reported by the right channel.
        if (content.Problem?.Kind == ReadProblemKind.TooLarge) return LooksLikePosts(file.Bytes.AsSpan(0, Math.Min(file.Bytes.Length, 64 * 1024)).ToArray());
        return LooksLikePosts(file.Bytes);
    }

    static bool LooksLikePosts(byte[] bytes)
    {
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        return PostTextKey().IsMatch(text) || text.Contains("\"text\"", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(\s*-)?\s*(text|posts)\s*:", RegexOptions.Multiline)]
    private static partial Regex PostTextKey();

    /// <summary>The sequence of posts: the root itself, or the <c>posts</c> value of a root mapping; null when this is not a post list.</summary>
    internal static DataSequence? PostsOf(DataNode root)
    {
        if (root is DataMapping mapping)
            return mapping.Get("posts") as DataSequence;
        if (root is DataSequence { Items.Length: > 0 } sequence
            && sequence.Items.All(item => item is DataMapping)
            && sequence.Items.Any(item => ((DataMapping)item).Get("text") is not null))
            return sequence;
        return null;
    }

    public override ContentDocument Read(ContentFile file)
    {
        var content = StructuredContent.Parse(file);
        var source = content.Source;
        var fileMetadata = new ContentMetadata { Platform = SocialPlatform.FromFileName(file.Path) };
        if (content.Root is null)
            return new ContentDocument
            {
                Path = file.Path,
                Source = source,
                Metadata = fileMetadata,
                Problems = content.Problem is null ? [] : [content.Problem],
                Suppressions = content.Suppressions,
            };

        var problems = new ProblemLog();
        var metadata = fileMetadata;
        if (content.Root is DataMapping top)
            metadata = metadata with
            {
                Language = top.Scalar("lang", "language")?.Value.Trim() is { Length: > 0 } language ? language : null,
                Platform = SocialPlatform.Normalize(top.Scalar("platform")?.Value) ?? metadata.Platform,
            };

        var posts = PostsOf(content.Root);
        if (posts is null)
        {
            problems.Report(ReadProblemKind.Malformed,
                "Expected a list of social posts (a top-level list, or 'posts:'), each a mapping with 'text'.", new TextSpan(content.Root.Span.Start, 0));
            return new ContentDocument { Path = file.Path, Source = source, Metadata = metadata, Problems = problems.ToArray(), Suppressions = content.Suppressions };
        }

        var segments = ImmutableArray.CreateBuilder<ProseSegment>();
        var units = ImmutableArray.CreateBuilder<ContentUnit>();
        var postSpans = new List<TextSpan>();
        for (int index = 0; index < posts.Items.Length; index++)
        {
            var item = posts.Items[index];
            postSpans.Add(item.Span);
            if (item is not DataMapping post)
            {
                problems.Report(ReadProblemKind.Malformed, $"Post {index + 1} is not a mapping with 'text'.", new TextSpan(item.Span.Start, 0));
                units.Add(new ContentUnit(index, new ContentMetadata(), item.Span));
                continue;
            }
            var unitMetadata = MetadataOf(post);
            if (post.Get("text") is DataScalar text)
            {
                if (text.Value.Length > 0) segments.Add(text.ToSegment(SegmentKind.Post, index));
                units.Add(new ContentUnit(index, unitMetadata, text.ValueSpan));
            }
            else
            {
                problems.Report(ReadProblemKind.Malformed, $"Post {index + 1} has no 'text'.", new TextSpan(post.Span.Start, 0));
                units.Add(new ContentUnit(index, unitMetadata, post.Span));
            }
        }

        return new ContentDocument
        {
            Path = file.Path,
            Source = source,
            Metadata = metadata,
            Segments = segments.ToImmutable(),
            Units = units.ToImmutable(),
            Problems = problems.ToArray(),
            Suppressions = content.Suppressions,
            DescribePosition = position =>
            {
                int post = postSpans.FindIndex(span => span.Start <= position && position < span.End);
                return post < 0 ? null : $"post {post + 1}";
            },
        };
    }

    static ContentMetadata MetadataOf(DataMapping post)
    {
        bool? sponsored = null;
        foreach (var key in new[] { "sponsored", "paid-partnership", "paid_partnership" })
            if (post.Scalar(key)?.AsBoolean() is { } flag) sponsored = (sponsored ?? false) || flag;

        var properties = ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in post.Entries)
            if (value is DataScalar scalar && key is not ("text" or "date" or "platform" or "lang" or "language" or "sponsored"))
                properties = properties.SetItem(key, scalar.Value);

        return new ContentMetadata
        {
            Date = ParseDate(post.Scalar("date")?.Value),
            Sponsored = sponsored,
            Platform = SocialPlatform.Normalize(post.Scalar("platform")?.Value),
            Language = post.Scalar("lang", "language")?.Value.Trim() is { Length: > 0 } language ? language : null,
            Properties = properties,
        };
    }

    internal static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)) return DateOnly.FromDateTime(moment.Date);
        return null;
    }
}
