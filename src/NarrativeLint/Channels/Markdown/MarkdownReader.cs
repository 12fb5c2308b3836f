using System.Collections.Immutable;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Channels.Shared;
using NarrativeLint.Text;

namespace NarrativeLint.Channels.Markdown;

/// <summary>
/// Markdown (.md, .markdown) with Markdig's precise source locations. Prose is the text of paragraphs,
/// headings, list items and table cells; code (fenced, indented, inline), raw HTML, autolinks and link
/// targets are not prose. YAML front matter gives the metadata; HTML comments carry suppressions.
/// </summary>
public sealed class MarkdownReader : ChannelReader
{
    static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .Build();

    public override string DefaultChannel => "article";

    public override bool CanRead(ContentFile file) => file.Extension is ".md" or ".markdown" or ".mdx";

    public override ContentDocument Read(ContentFile file)
    {
        var text = TextDecoding.Decode(file.Bytes);
        var source = SourceText.From(text);
        var markdown = Markdig.Markdown.Parse(text, Pipeline);

        var segments = ImmutableArray.CreateBuilder<ProseSegment>();
        var suppressions = ImmutableArray.CreateBuilder<Suppression>();
        var problems = new ProblemLog();
        var metadata = new ContentMetadata();

        foreach (var block in markdown.Descendants<Block>())
        {
            switch (block)
            {
                case YamlFrontMatterBlock front:
                    metadata = FrontMatter.Read(front.Lines.ToString(), SpanOf(front), problems);
                    break;
                case HtmlBlock html:
                    AddSuppressions(text.Substring(html.Span.Start, html.Span.Length), html.Span.Start, source, suppressions);
                    break;
                case LeafBlock { Inline: { } inline } leaf:
                    var builder = new ProseBuilder();
                    AppendInlines(inline, text, builder, source, suppressions);
                    if (builder.Length > 0) segments.Add(builder.Build(KindOf(leaf)));
                    break;
            }
        }

        return new ContentDocument
        {
            Path = file.Path,
            Source = source,
            Metadata = metadata,
            Segments = segments.ToImmutable(),
            Problems = problems.ToArray(),
            Suppressions = suppressions.ToImmutable(),
        };
    }

    static SegmentKind KindOf(LeafBlock leaf) => leaf switch
    {
        HeadingBlock => SegmentKind.Heading,
        _ when leaf.Parent is ListItemBlock => SegmentKind.ListItem,
        _ when leaf.Parent is TableCell => SegmentKind.TableCell,
        _ => SegmentKind.Paragraph,
    };

    static void AppendInlines(ContainerInline container, string text, ProseBuilder builder, SourceText source, ImmutableArray<Suppression>.Builder suppressions)
    {
        // Iterative walk: deeply nested emphasis must not exhaust the stack.
        var pending = new Stack<Inline>();
        for (var child = container.LastChild; child is not null; child = child.PreviousSibling) pending.Push(child);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case LiteralInline literal:
                    AppendLiteral(literal, text, builder);
                    break;
                case HtmlEntityInline entity:
                    builder.AppendDecoded(entity.Transcoded.ToString(), SpanOf(entity));
                    break;
                case LineBreakInline:
                    builder.AppendSeparator();
                    break;
                case CodeInline or AutolinkInline:
                    // Code and bare URLs are not prose; keep the words around them apart.
                    builder.AppendSeparator();
                    break;
                case HtmlInline html:
                    AddSuppressions(html.Tag, html.Span.Start, source, suppressions);
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case ContainerInline nested:
                    for (var child = nested.LastChild; child is not null; child = child.PreviousSibling) pending.Push(child);
                    break;
            }
        }
    }

    static void AppendLiteral(LiteralInline literal, string text, ProseBuilder builder)
    {
        var content = literal.Content.ToString();
        var span = SpanOf(literal);
        if (span.End <= text.Length && string.CompareOrdinal(text, span.Start, content, 0, content.Length) == 0 && span.Length == content.Length)
            builder.AppendVerbatim(content, span.Start);
        else
            builder.AppendDecoded(content, span); // a backslash escape: "\*" reads as "*"
    }

    static void AddSuppressions(string html, int start, SourceText source, ImmutableArray<Suppression>.Builder suppressions)
    {
        int at = 0;
        while ((at = html.IndexOf("<!--", at, StringComparison.Ordinal)) >= 0)
        {
            int end = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
            if (end < 0) break;
            var body = html[(at + 4)..end];
            if (SuppressionComment.TryParse(body, new TextSpan(start + at, end + 3 - at), source) is { } suppression) suppressions.Add(suppression);
            at = end + 3;
        }
    }

    static TextSpan SpanOf(MarkdownObject node) => node.Span.IsEmpty ? default : new TextSpan(node.Span.Start, node.Span.Length);
}
