using System.Text;
using NarrativeLint.Analyzers;
using NarrativeLint.Channels;
using NarrativeLint.Channels.Email;
using NarrativeLint.Channels.Markdown;
using NarrativeLint.Channels.Web;
using NarrativeLint.Engine;
using NarrativeLint.Registry;

namespace NarrativeLint.Tests.Channels.DocumentFacts;

/// <summary>
/// The engine checks a text file is UTF-8 only where the reader does not decode it itself: a page read in
/// its declared charset, or a message read part by part, is not "bad bytes read as U+FFFD".
/// </summary>
public class DecodingCheckTests
{
    static readonly Encoding Windows1252 = CodePages(1252);

    static Encoding CodePages(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    static AnalysisResult Check(string path, byte[] bytes) =>
        new NarrativeEngine(new BrandRegistry()).Check([new ContentFile(path, bytes)]);

    static AnalyzedDocument Only(AnalysisResult result) => result.Documents.ShouldHaveSingleItem();

    [Fact]
    public void Readers_that_decode_declared_charsets_say_so()
    {
        new HtmlReader().DecodesItself.ShouldBeTrue();
        new EmailReader().DecodesItself.ShouldBeTrue();
        new MarkdownReader().DecodesItself.ShouldBeFalse();
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1252\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">")]
    [InlineData("<META CHARSET=iso-8859-1>")]
    public void A_page_in_its_declared_windows_1252_has_no_decoding_finding(string declaration)
    {
        var bytes = Windows1252.GetBytes($"<html lang=\"it\"><head>{declaration}</head><body><p>Il piano Start costa 9 € al mese.</p></body></html>");
        bytes.ShouldContain((byte)0x80);

        var result = Check("prezzi.html", bytes);

        result.Findings.ShouldNotContain(f => f.Id == "NL0003", string.Join("\n", result.Findings.Select(f => f.Message)));
        Only(result).Content.Segments.Select(s => s.Text).ShouldContain("Il piano Start costa 9 € al mese.");
    }

    [Fact]
    public void A_page_is_read_in_any_charset_it_declares()
    {
        var bytes = CodePages(1250).GetBytes("<meta charset=windows-1250><p>Zażółć gęślą jaźń.</p>");

        var document = new HtmlReader().Read(new ContentFile("pl.html", bytes));

        document.Problems.ShouldBeEmpty();
        document.Segments.Select(s => s.Text).ShouldBe(["Zażółć gęślą jaźń."]);
    }

    [Fact]
    public void A_page_declaring_utf16_in_ascii_is_read_as_utf8_as_browsers_do()
    {
        var document = new HtmlReader().Read(new ContentFile("p.html", Encoding.UTF8.GetBytes("<meta charset=utf-16><p>Prezzi da 9 € al mese.</p>")));

        document.Problems.ShouldBeEmpty();
        document.Segments.Select(s => s.Text).ShouldBe(["Prezzi da 9 € al mese."]);
    }

    [Fact]
    public void A_page_without_a_declaration_that_is_not_utf8_is_read_as_windows_1252_and_reported_once()
    {
        var result = Check("old.html", Windows1252.GetBytes("<p>Prezzi da 9 € al mese.</p>"));

        var problem = result.Findings.ShouldHaveSingleItem();
        problem.Id.ShouldBe("NL0003");
        problem.Message.ShouldContain("Windows-1252");
        problem.Message.ShouldNotContain("U+FFFD");
        Only(result).Content.Segments.Single().Text.ShouldBe("Prezzi da 9 € al mese.");
    }

    [Fact]
    public void A_page_declaring_utf8_with_bad_bytes_is_reported_by_the_reader()
    {
        var result = Check("bad.html", [.. "<meta charset=\"utf-8\"><p>Prezzi da 9 "u8, 0x80, .. " al mese.</p>"u8]);

        var problem = result.Findings.ShouldHaveSingleItem();
        problem.Id.ShouldBe("NL0003");
        problem.Message.ShouldContain("U+FFFD");
        problem.Diagnostic.Location.GetLineSpan().StartLinePosition.Character.ShouldBe("<meta charset=\"".Length);
    }

    [Fact]
    public void A_markdown_file_that_is_not_utf8_is_still_checked_by_the_engine()
    {
        var result = Check("post.md", [.. "Prezzi da 9 "u8, 0x80, .. " al mese.\n"u8]);

        result.Findings.ShouldHaveSingleItem().Message.ShouldContain("U+FFFD");
    }

    [Theory]
    [InlineData("post.md", "Il piano Start costa 9 € al mese.")]
    [InlineData("page.html", "<p>Il piano Start costa 9 € al mese.</p>")]
    [InlineData("note.txt", "Il piano Start costa 9 € al mese.")]
    public void A_utf16_file_with_its_byte_order_mark_is_text_not_binary(string path, string text)
    {
        var result = Check(path, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);

        result.Findings.ShouldBeEmpty(string.Join("\n", result.Findings.Select(f => f.Message)));
        Only(result).Content.Segments.ShouldNotBeEmpty();
    }

    [Fact]
    public void A_latin1_message_read_part_by_part_has_no_decoding_finding()
    {
        var bytes = Windows1252.GetBytes("From: Offerte <offerte@acme.example>\nSubject: Prezzi\nContent-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: 8bit\n\nIl piano Start costa 9 € al mese.\n");

        var result = Check("offerta.eml", bytes);

        result.Findings.ShouldNotContain(f => f.Id == "NL0003");
        Only(result).Content.Segments.Select(s => s.Text).ShouldContain("Il piano Start costa 9 € al mese.");
    }
}
