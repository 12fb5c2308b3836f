using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NarrativeLint.Channels;
using NarrativeLint.Channels.Word;
using NarrativeLint.Text;
using static NarrativeLint.Tests.Channels.Social.ProseAssert;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace NarrativeLint.Tests.Channels.Word;

public class WordDocumentReaderTests
{
    readonly WordDocumentReader _reader = new();

    /// <summary>A care charter as comms would draft it: title, heading, tracked changes, a table, a list, header, footer, footnote.</summary>
    static byte[] CareCharter()
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            word.PackageProperties.Title = "Velocell Care Charter";
            var main = word.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(new Languages { Val = "en-GB" }))),
                new Style(new StyleName { Val = "Title" }) { Type = StyleValues.Paragraph, StyleId = "Title" },
                // Localized Word: the id is German, the name is what tells us it is a heading.
                new Style(new StyleName { Val = "heading 1" }) { Type = StyleValues.Paragraph, StyleId = "berschrift1" });

            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Para("Velocell — internal draft"));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(Para("Prices include VAT."));
            var footnotes = main.AddNewPart<FootnotesPart>();
            footnotes.Footnotes = new Footnotes(
                new Footnote(new W.Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new W.Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
                new Footnote(Para("Source: Care SLA 2025.")) { Id = 1 });

            main.Document = new Document(new Body(
                Para("Velocell Care Charter", "Title"),
                Para("Our promises", "berschrift1"),
                new W.Paragraph(
                    new Run(new W.Text("We answer every support request within ") { Space = SpaceProcessingModeValues.Preserve }),
                    new InsertedRun(new Run(new W.Text("24 hours"))) { Id = "1", Author = "Dara" },
                    new DeletedRun(new Run(new DeletedText("72 hours"))) { Id = "2", Author = "Dara" },
                    new Run(new W.Text("."), new FootnoteReference { Id = 1 })),
                new Table(new TableRow(
                    new TableCell(Para("Fibre installation")),
                    new TableCell(Para("within 10 working days")))),
                new W.Paragraph(
                    new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })),
                    new Run(new W.Text("Free returns"), new TabChar(), new W.Text("within 30 days."))),
                new W.Paragraph(),
                new W.Paragraph(
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                    new Run(new FieldCode(" DATE \\@ \"d MMMM yyyy\" ")),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                    new Run(new W.Text("Updated 3 March 2025")),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.End })),
                new SectionProperties(
                    new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                    new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) })));
        }
        return stream.ToArray();
    }

    static W.Paragraph Para(string text, string? style = null)
    {
        var paragraph = new W.Paragraph(new Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (style is not null) paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        return paragraph;
    }

    [Fact]
    public void Reads_body_tables_headers_footers_and_footnotes_one_line_per_paragraph()
    {
        var document = _reader.Read(new ContentFile("docs/care-charter.docx", CareCharter()));

        document.Problems.ShouldBeEmpty();
        document.Source.ToString().ShouldBe(string.Join('\n',
            "Velocell Care Charter",
            "Our promises",
            "We answer every support request within 24 hours.",
            "Fibre installation",
            "within 10 working days",
            "Free returns\twithin 30 days.",
            "",
            "Updated 3 March 2025",
            "Velocell — internal draft",
            "Prices include VAT.",
            "Source: Care SLA 2025."));
        Kinds(document).ShouldBe([
            SegmentKind.Title, SegmentKind.Heading, SegmentKind.Paragraph, SegmentKind.TableCell, SegmentKind.TableCell,
            SegmentKind.ListItem, SegmentKind.Paragraph, SegmentKind.Paragraph, SegmentKind.Paragraph, SegmentKind.Footnote,
        ]);
        document.Metadata.Channel.ShouldBeNull("the engine assigns the channel: registry globs first, then the reader's default");
        document.Metadata.Title.ShouldBe("Velocell Care Charter");
        document.Metadata.Language.ShouldBe("en");
        MapsVerbatim(document);
    }

    [Fact]
    public void Locates_phrases_by_paragraph()
    {
        var document = _reader.Read(new ContentFile("care-charter.docx", CareCharter()));

        Locate(document, "24 hours").ShouldBe((3, 40));
        Locate(document, "10 working days").ShouldBe((5, 8));
        Locate(document, "30 days").ShouldBe((6, 21));
        Locate(document, "VAT").ShouldBe((10, 16));
        document.Segments.ShouldAllBe(s => !s.Text.Contains("72 hours") && !s.Text.Contains("DATE"));

        document.DescribePosition(document.Source.Lines[2].Start + 5).ShouldBe("paragraph 3");
        document.DescribePosition(document.Source.Lines[8].Start).ShouldBe("header, paragraph 9");
        document.DescribePosition(document.Source.Lines[9].Start).ShouldBe("footer, paragraph 10");
        document.DescribePosition(document.Source.Lines[10].Start).ShouldBe("footnote 1, paragraph 11");
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_one_malformed_problem()
    {
        var document = _reader.Read(new ContentFile("fake.docx", Encoding.UTF8.GetBytes("We reply within 24 hours. Not a zip at all.")));

        document.Problems.ShouldHaveSingleItem().Kind.ShouldBe(ReadProblemKind.Malformed);
        document.Segments.ShouldBeEmpty();
    }

    [Fact]
    public void A_truncated_docx_is_one_malformed_problem()
    {
        var bytes = CareCharter();
        var document = _reader.Read(new ContentFile("cut.docx", bytes[..(bytes.Length / 2)]));

        document.Problems.ShouldHaveSingleItem().Kind.ShouldBe(ReadProblemKind.Malformed);
    }

    [Fact]
    public void A_zip_without_a_document_part_is_one_malformed_problem()
    {
        var document = _reader.Read(new ContentFile("other.docx", Zip(("readme.txt", Encoding.UTF8.GetBytes("hello")))));

        document.Problems.ShouldHaveSingleItem().Message.ShouldContain("word/document.xml");
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_inflated()
    {
        // 300 MB of zeros deflate to about 300 KB; written streaming, so the test never holds 300 MB.
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            var zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) entry.Write(zeros);
        }
        stream.Length.ShouldBeLessThan(5 * 1024 * 1024);

        var document = _reader.Read(new ContentFile("bomb.docx", stream.ToArray()));

        var problem = document.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(ReadProblemKind.TooLarge);
        problem.Message.ShouldContain("word/document.xml");
    }

    [Fact]
    public void A_part_compressed_like_a_bomb_is_refused_even_when_small()
    {
        var document = _reader.Read(new ContentFile("dense.docx", Zip(("word/document.xml", new byte[4 * 1024 * 1024]))));

        document.Problems.ShouldHaveSingleItem().Kind.ShouldBe(ReadProblemKind.TooLarge);
    }

    [Fact]
    public void An_external_entity_is_never_resolved()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"narrativelint-secret-{Guid.NewGuid():N}.txt");
        System.IO.File.WriteAllText(secret, "TOP-SECRET-MARKER");
        try
        {
            var xml = $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <!DOCTYPE w:document [ <!ENTITY secret SYSTEM "file://{secret}"> ]>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                  <w:body><w:p><w:r><w:t>Leaked: &secret;</w:t></w:r></w:p></w:body>
                </w:document>
                """;
            var bytes = Replace(CareCharter(), "word/document.xml", Encoding.UTF8.GetBytes(xml));

            var document = _reader.Read(new ContentFile("xxe.docx", bytes));

            var problem = document.Problems.ShouldHaveSingleItem();
            problem.Kind.ShouldBe(ReadProblemKind.Malformed);
            problem.Message.ShouldContain("DTD");     // refused by the XML reader, not tripped over something else
            document.Source.ToString().ShouldNotContain("TOP-SECRET-MARKER");
            document.Segments.ShouldAllBe(s => !s.Text.Contains("TOP-SECRET-MARKER"));
        }
        finally
        {
            System.IO.File.Delete(secret);
        }
    }

    [Fact]
    public void Reads_only_docx_files()
    {
        _reader.CanRead(new ContentFile("a.docx", [])).ShouldBeTrue();
        _reader.CanRead(new ContentFile("a.DOCX", [])).ShouldBeTrue();
        _reader.CanRead(new ContentFile("a.doc", [])).ShouldBeFalse();
        _reader.Read(new ContentFile("empty.docx", [])).Problems.ShouldHaveSingleItem().Kind.ShouldBe(ReadProblemKind.Malformed);
    }

    static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(content);
            }
        return stream.ToArray();
    }

    static byte[] Replace(byte[] package, string name, byte[] content)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(name)!.Delete();
            using var entry = zip.CreateEntry(name).Open();
            entry.Write(content);
        }
        return stream.ToArray();
    }
}
