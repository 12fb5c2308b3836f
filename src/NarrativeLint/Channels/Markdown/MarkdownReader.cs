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
/// targets are not prose, nor is template syntax (Hugo shortcodes <c>{{&lt; … &gt;}}</c> and <c>{{% … %}}</c>,
/// Liquid/Jinja <c>{% … %}</c> and <c>{{ … }}</c>, attribute lists <c>{.class}</c> <c>{: … }</c> <c>{#id}</c>) or link
/// text that is itself an address (a URL, a domain, a repository or package slug such as
/// <c>open-telemetry/otel-arrow</c> or <c>@scope/pkg</c>). YAML front matter gives the metadata; HTML comments carry suppressions.
/// </summary>
public sealed partial class MarkdownReader : ChannelReader
{
    /// <summary>Link text that is an address, not words: a URL, a domain, a repository or package slug.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[a-z][a-z0-9+.-]*://\S+|@?[\w.-]+/[\w./-]+|(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AddressText();

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
        var templates = TemplateSyntax.Spans(text);

        var segments = ImmutableArray.CreateBuilder<ProseSegment>();
        var suppressions = ImmutableArray.CreateBuilder<Suppression>();
        var problems = new ProblemLog();
        var metadata = new ContentMetadata();

        // One builder, citation list and walk stack for the document, emptied per block: a page has hundreds of blocks.
        var builder = new ProseBuilder();
        var citations = ImmutableArray.CreateBuilder<TextSpan>();
        var pending = new Stack<Inline>();
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
                    builder.Clear();
                    citations.Clear();
                    AppendInlines(inline, text, templates, builder, citations, pending, source, suppressions);
                    if (builder.Length > 0)
                    {
                        var segment = builder.Build(KindOf(leaf), citations: citations.Count == 0 ? [] : citations.ToImmutable());
                        segments.Add(PlaceOf(leaf) is { } cell ? segment with { Cell = cell } : segment);
                    }
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

    static TableCellPlace? PlaceOf(LeafBlock leaf) =>
        leaf.Parent is TableCell cell && cell.Parent is TableRow row && row.Parent is Table table
            ? new TableCellPlace(table.Span.Start, table.IndexOf(row), row.IndexOf(cell))
            : null;

    /// <summary>Marks where a link's text ends in the walk, so the link text becomes a citation span.</summary>
    sealed class LinkEnd(int start) : LeafInline
    {
        public int Start { get; } = start;
    }

    static void AppendInlines(ContainerInline container, string text, List<TextSpan> templates, ProseBuilder builder,
        ImmutableArray<TextSpan>.Builder citations, Stack<Inline> pending, SourceText source, ImmutableArray<Suppression>.Builder suppressions)
    {
        // Iterative walk: deeply nested emphasis must not exhaust the stack.
        for (var child = container.LastChild; child is not null; child = child.PreviousSibling) pending.Push(child);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case LiteralInline literal:
                    AppendLiteral(literal, text, templates, builder);
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
                case LinkInline link when IsAddress(link, text):
                    builder.AppendSeparator();
                    break;
                case LinkEnd end:
                    if (builder.Length > end.Start) citations.Add(TextSpan.FromBounds(end.Start, builder.Length));
                    break;
                case LinkInline link:
                    // The text of a link names what it links to (a talk, an article): it cites, it does not claim.
                    pending.Push(new LinkEnd(builder.Length));
                    for (var child = link.LastChild; child is not null; child = child.PreviousSibling) pending.Push(child);
                    break;
                case ContainerInline nested:
                    for (var child = nested.LastChild; child is not null; child = child.PreviousSibling) pending.Push(child);
                    break;
            }
        }
    }

    static void AppendLiteral(LiteralInline literal, string text, List<TextSpan> templates, ProseBuilder builder)
    {
        // Read in place: only a literal decoded from an escape needs a string of its own.
        var slice = literal.Content;
        var content = slice.Text is null || slice.Length <= 0 ? [] : slice.Text.AsSpan(slice.Start, slice.Length);
        var span = SpanOf(literal);
        if (VerbatimAt(text, span, content) is { } at)
            AppendOutsideTemplates(content, at, templates, builder);
        else
            builder.AppendDecoded(content.ToString(), span); // a backslash escape: "\*" reads as "*"
    }

    /// <summary>
    /// Where the literal's text stands as written in the source: at its span, or inside the padding a table cell's
    /// span keeps around its trimmed text ("| helpdesk |"); null when it was decoded from an escape ("\\*").
    /// </summary>
    static int? VerbatimAt(string text, TextSpan span, ReadOnlySpan<char> content)
    {
        if (span.End > text.Length) return null;
        if (content.Length == 0) return span.Start;
        int padding = 0;
        while (padding < span.Length && text[span.Start + padding] is ' ' or '\t' && content[0] is not (' ' or '\t')) padding++;
        int rest = span.Length - padding - content.Length;
        return rest >= 0 && text.AsSpan(span.Start + padding, content.Length).SequenceEqual(content)
               && text.AsSpan(span.Start + padding + content.Length, rest).IsWhiteSpace()
            ? span.Start + padding
            : null;
    }

    /// <summary>Copies the literal's text except where template syntax covers it; a cut keeps the words around it apart.</summary>
    static void AppendOutsideTemplates(ReadOnlySpan<char> content, int start, List<TextSpan> templates, ProseBuilder builder)
    {
        int at = 0;
        int first = FirstEndingAfter(templates, start);
        for (int t = first; t < templates.Count && templates[t].Start < start + content.Length; t++)
        {
            int cutStart = Math.Max(templates[t].Start - start, at), cutEnd = Math.Min(templates[t].End - start, content.Length);
            if (cutStart > at) builder.AppendVerbatim(content[at..cutStart], start + at);
            builder.AppendSeparator();
            at = Math.Max(at, cutEnd);
        }
        if (at < content.Length) builder.AppendVerbatim(content[at..], start + at);
    }

    /// <summary>The index of the first template span that ends after <paramref name="position"/> (spans are sorted and disjoint).</summary>
    static int FirstEndingAfter(List<TextSpan> spans, int position)
    {
        int low = 0, high = spans.Count;
        while (low < high)
        {
            int mid = (low + high) / 2;
            if (spans[mid].End <= position) low = mid + 1; else high = mid;
        }
        return low;
    }

    /// <summary>A link whose text is an address ("github.com/open-telemetry"), which names a place, not the brand's words.</summary>
    static bool IsAddress(LinkInline link, string text)
    {
        var span = SpanOf(link);
        if (link.FirstChild is not LiteralInline first || first.NextSibling is not null) return false;
        var words = first.Content.ToString().Trim();
        return words.Length > 0 && span.End <= text.Length && AddressText().IsMatch(words);
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
