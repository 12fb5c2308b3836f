using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Text;

namespace NarrativeLint.Channels.Word;

/// <summary>Limits a .docx package must stay within before it is opened; a zip bomb is refused, not inflated.</summary>
/// <param name="MaxPartBytes">Largest uncompressed size of any one part.</param>
/// <param name="MaxTotalBytes">Largest uncompressed size of the whole package.</param>
/// <param name="MaxCompressionRatio">Largest ratio of uncompressed to compressed size, for parts over a megabyte.</param>
public sealed record WordPackageLimits(long MaxPartBytes, long MaxTotalBytes, double MaxCompressionRatio)
{
    public static WordPackageLimits Default { get; } = new(50L * 1024 * 1024, 200L * 1024 * 1024, 100);
}

/// <summary>
/// Reads Word documents (.docx). A .docx is not text, so the document's <see cref="ContentDocument.Source"/> is a
/// synthetic text with one line per paragraph, in order: body (tables included), then headers, footers,
/// footnotes and endnotes. Line N is paragraph N, and <see cref="ContentDocument.DescribePosition"/> says so.
/// Tracked insertions count as text, deletions do not; field codes are not prose, their results are.
/// </summary>
public sealed class WordDocumentReader : ChannelReader
{
    readonly WordPackageLimits _limits;

    public WordDocumentReader() : this(WordPackageLimits.Default) { }

    public WordDocumentReader(WordPackageLimits limits) => _limits = limits;

    public override string DefaultChannel => "document";

    public override bool IsBinaryFormat => true;

    public override bool CanRead(ContentFile file) => file.Extension == ".docx";

    enum Region { Body, Header, Footer, Footnote, Endnote }

    /// <summary>A paragraph as it lands on its line of the synthetic source.</summary>
    sealed record Line(string Text, SegmentKind Kind, string Description);

    public override ContentDocument Read(ContentFile file)
    {
        if (CheckPackage(file.Bytes) is { } refused) return ContentDocument.Failed(file.Path, refused);
        try
        {
            using var stream = new MemoryStream(file.Bytes, writable: false);
            var settings = new OpenSettings
            {
                AutoSave = false,
                // Defence in depth beside the size check: no part may inflate past the per-part limit.
                MaxCharactersInPart = _limits.MaxPartBytes,
            };
            using var word = WordprocessingDocument.Open(stream, false, settings);
            return Read(file.Path, word);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // OpenXml reports bad packages and bad XML (including a prohibited DTD) through many exception types.
            return ContentDocument.Failed(file.Path, new ReadProblem(ReadProblemKind.Malformed, $"Not a readable Word document: {e.Message}"));
        }
    }

    /// <summary>Looks at the zip directory before anything is inflated; a problem when the package is not a zip or is too big.</summary>
    ReadProblem? CheckPackage(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.Length > _limits.MaxPartBytes)
                    return new ReadProblem(ReadProblemKind.TooLarge, $"The part '{entry.FullName}' would inflate to {entry.Length / (1024 * 1024)} MB; the limit is {_limits.MaxPartBytes / (1024 * 1024)} MB.");
                if (entry.Length > 1024 * 1024 && entry.Length > _limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
                    return new ReadProblem(ReadProblemKind.TooLarge, $"The part '{entry.FullName}' is compressed more than {_limits.MaxCompressionRatio}:1, as zip bombs are.");
                if (total > _limits.MaxTotalBytes)
                    return new ReadProblem(ReadProblemKind.TooLarge, $"The document would inflate to more than {_limits.MaxTotalBytes / (1024 * 1024)} MB.");
            }
            if (zip.GetEntry("word/document.xml") is null && !zip.Entries.Any(e => e.FullName.EndsWith("document.xml", StringComparison.OrdinalIgnoreCase)))
                return new ReadProblem(ReadProblemKind.Malformed, "The file is a zip archive but not a Word document (no word/document.xml).");
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return new ReadProblem(ReadProblemKind.Malformed, $"Not a Word document: the file is not a valid zip package ({e.Message})");
        }
    }

    static ContentDocument Read(string path, WordprocessingDocument word)
    {
        var main = word.MainDocumentPart ?? throw new InvalidDataException("The package has no main document part.");
        var styles = StyleNames(main);
        var lines = new List<Line>();

        if (main.Document?.Body is { } body) Collect(body, Region.Body, "", styles, lines);

        foreach (var header in PartsInOrder<HeaderReference, HeaderPart>(main, main.HeaderParts))
            if (header.Header is { } root) Collect(root, Region.Header, "header", styles, lines);
        foreach (var footer in PartsInOrder<FooterReference, FooterPart>(main, main.FooterParts))
            if (footer.Footer is { } root) Collect(root, Region.Footer, "footer", styles, lines);

        int number = 0;
        foreach (var note in main.FootnotesPart?.Footnotes?.Elements<Footnote>() ?? [])
            if (note.Type is null || note.Type.Value == FootnoteEndnoteValues.Normal)
                Collect(note, Region.Footnote, $"footnote {++number}", styles, lines);
        number = 0;
        foreach (var note in main.EndnotesPart?.Endnotes?.Elements<Endnote>() ?? [])
            if (note.Type is null || note.Type.Value == FootnoteEndnoteValues.Normal)
                Collect(note, Region.Endnote, $"endnote {++number}", styles, lines);

        var text = new StringBuilder();
        var segments = ImmutableArray.CreateBuilder<ProseSegment>();
        var descriptions = new string[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            if (i > 0) text.Append('\n');
            var line = lines[i];
            descriptions[i] = line.Description.Length == 0 ? $"paragraph {i + 1}" : $"{line.Description}, paragraph {i + 1}";
            int leading = line.Text.Length - line.Text.TrimStart().Length;
            var trimmed = line.Text.Trim();
            if (trimmed.Length > 0)
                segments.Add(new ProseBuilder().AppendVerbatim(trimmed, text.Length + leading).Build(line.Kind));
            text.Append(line.Text);
        }
        var source = SourceText.From(text.ToString());

        return new ContentDocument
        {
            Path = path,
            Source = source,
            Metadata = Metadata(word, main, lines),
            Segments = segments.ToImmutable(),
            DescribePosition = position =>
            {
                if (position < 0 || position > source.Length || descriptions.Length == 0) return null;
                return descriptions[Math.Min(source.Lines.GetLineFromPosition(position).LineNumber, descriptions.Length - 1)];
            },
        };
    }

    /// <summary>Headers and footers in the order the sections reference them, then any the sections do not name.</summary>
    static IEnumerable<TPart> PartsInOrder<TReference, TPart>(MainDocumentPart main, IEnumerable<TPart> all)
        where TReference : HeaderFooterReferenceType where TPart : OpenXmlPart
    {
        var seen = new HashSet<OpenXmlPart>();
        foreach (var reference in main.Document?.Descendants<TReference>() ?? [])
            if (reference.Id?.Value is { } id && main.TryGetPartById(id, out var part) && part is TPart typed && seen.Add(part))
                yield return typed;
        foreach (var part in all)
            if (seen.Add(part)) yield return part;
    }

    /// <summary>Paragraphs under <paramref name="root"/> in document order, text-box paragraphs after the paragraph that holds them.</summary>
    static void Collect(OpenXmlElement root, Region region, string description, Dictionary<string, string> styles, List<Line> lines)
    {
        foreach (var child in root.ChildElements)
        {
            if (IsNotProse(child)) continue;
            if (child is Paragraph paragraph)
                lines.Add(new Line(ParagraphText(paragraph), KindOf(paragraph, region, styles), description));
            Collect(child, region, description, styles, lines);
        }
    }

    // Deleted and moved-away runs are not in the document any more; field codes are instructions, not prose;
    // an AlternateContent fallback repeats its choice (a text box drawn twice for old readers).
    static bool IsNotProse(OpenXmlElement element) =>
        element is DeletedRun or MoveFromRun or DeletedText or FieldCode or DeletedFieldCode or AlternateContentFallback;

    static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        void Walk(OpenXmlElement element)
        {
            foreach (var child in element.ChildElements)
            {
                switch (child)
                {
                    case Paragraph: break;      // a text box's paragraph: its own line
                    case var skipped when IsNotProse(skipped): break;
                    case DocumentFormat.OpenXml.Wordprocessing.Text t: text.Append(t.Text); break;
                    case TabChar or PositionalTab: text.Append('\t'); break;
                    case Break or CarriageReturn: text.Append(' '); break;
                    case NoBreakHyphen: text.Append('-'); break;
                    default: Walk(child); break;
                }
            }
        }
        Walk(paragraph);
        // One paragraph, one line: any line break or control character that slipped into the text becomes a space.
        for (int i = 0; i < text.Length; i++)
            if (char.IsControl(text[i]) && text[i] != '\t') text[i] = ' ';
        return text.ToString();
    }

    static SegmentKind KindOf(Paragraph paragraph, Region region, Dictionary<string, string> styles)
    {
        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value ?? "";
        var style = (styles.GetValueOrDefault(styleId) ?? styleId).Replace(" ", "").ToLowerInvariant();
        if (style == "title") return SegmentKind.Title;
        if (style.StartsWith("heading", StringComparison.Ordinal) && style.Length == 8 && style[7] is >= '1' and <= '6') return SegmentKind.Heading;
        if (properties?.OutlineLevel?.Val?.Value is >= 0 and <= 5) return SegmentKind.Heading;
        if (region is Region.Footnote or Region.Endnote) return SegmentKind.Footnote;
        if (style == "caption") return SegmentKind.Caption;
        if (paragraph.Ancestors<TableCell>().Any()) return SegmentKind.TableCell;
        if (properties?.NumberingProperties is not null || style == "listparagraph") return SegmentKind.ListItem;
        return SegmentKind.Paragraph;
    }

    /// <summary>Style id → style name ("Heading1" → "heading 1"); localized Word writes ids like "berschrift1" but keeps the names.</summary>
    static Dictionary<string, string> StyleNames(MainDocumentPart main)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var style in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
            if (style.StyleId?.Value is { } id && style.StyleName?.Val?.Value is { } name)
                names[id] = name;
        return names;
    }

    static ContentMetadata Metadata(WordprocessingDocument word, MainDocumentPart main, List<Line> lines)
    {
        var properties = ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);
        var core = word.PackageProperties;
        if (core.Creator is { Length: > 0 } creator) properties = properties.SetItem("creator", creator);
        if (core.Created is { } created) properties = properties.SetItem("created", created.ToString("yyyy-MM-dd"));
        if (core.Modified is { } modified) properties = properties.SetItem("modified", modified.ToString("yyyy-MM-dd"));

        var language = core.Language is { Length: > 0 } coreLanguage ? coreLanguage
            : main.StyleDefinitionsPart?.Styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.Languages?.Val?.Value;
        return new ContentMetadata
        {
            Title = core.Title is { Length: > 0 } title ? title : lines.FirstOrDefault(l => l.Kind == SegmentKind.Title)?.Text.Trim(),
            // Language packs are per language ("en"), not per region ("en-GB").
            Language = string.IsNullOrWhiteSpace(language) ? null : language.Split('-', '_')[0].ToLowerInvariant(),
            Properties = properties,
        };
    }
}
