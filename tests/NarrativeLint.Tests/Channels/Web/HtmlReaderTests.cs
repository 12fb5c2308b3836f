using System.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Channels;
using NarrativeLint.Channels.Web;
using NarrativeLint.Text;

namespace NarrativeLint.Tests.Channels.Web;

public class HtmlReaderTests
{
    static readonly HtmlReader Reader = new();

    static ContentDocument SupportPage() => Reader.ReadFixture("web/support-promise.html");

    [Fact]
    public void Reads_html_and_htm_files_as_the_web_channel()
    {
        Reader.DefaultChannel.ShouldBe("web");
        Reader.CanRead(new ContentFile("site/index.html", [])).ShouldBeTrue();
        Reader.CanRead(new ContentFile("site/OLD.HTM", [])).ShouldBeTrue();
        Reader.CanRead(new ContentFile("mail/offer.eml", [])).ShouldBeFalse();
    }

    [Fact]
    public void Visible_prose_becomes_one_segment_per_block_with_its_kind()
    {
        var document = SupportPage();

        document.Problems.ShouldBeEmpty();
        document.Segments.Select(s => (s.Kind, s.Text)).ShouldBe(
        [
            (SegmentKind.Title, "Support promise & SLA | Brightwave"),
            (SegmentKind.Description, "We answer every ticket within 24 hours."),
            (SegmentKind.Paragraph, "Home Support"),
            (SegmentKind.Heading, "Our support promise"),
            (SegmentKind.ListItem, "We reply to every support ticket within 24 hours."),
            (SegmentKind.ListItem, "Fault repairs within 48 hours & no call-out fee."),
            (SegmentKind.Paragraph, "Our plans start at €9.99 a month."),
            (SegmentKind.Paragraph, "Engineers visit within 5 days."),
            (SegmentKind.Paragraph, "Check your speed with any time."),
            (SegmentKind.AltText, "Our team of 300 engineers"),
            (SegmentKind.AltText, "General Data Protection Regulation"),
            (SegmentKind.Paragraph, "Data is GDPR compliant."),
            (SegmentKind.TableCell, "Plan"),
            (SegmentKind.TableCell, "Price"),
            (SegmentKind.TableCell, "Brightwave Basic"),
            (SegmentKind.TableCell, "€19.99/month"),
        ]);
        document.ShouldMapVerbatimRunsExactly();
    }

    [Fact]
    public void Metadata_comes_from_the_html_lang_and_the_title()
    {
        var metadata = SupportPage().Metadata;

        metadata.Channel.ShouldBeNull("the engine assigns the channel: registry globs first, then the reader's default");
        metadata.Language.ShouldBe("en-IE");
        metadata.Title.ShouldBe("Support promise & SLA | Brightwave");
        metadata.Properties["description"].ShouldBe("We answer every ticket within 24 hours.");
    }

    [Theory]
    [InlineData("Fault repairs within", 17, 11)]
    [InlineData("support ticket", 16, 37)]
    [InlineData("Our support promise", 14, 9)]
    [InlineData("Engineers visit within 5 days.", 21, 8)]
    [InlineData("Brightwave Basic", 33, 15)]
    [InlineData("Our team of 300 engineers", 29, 31)]
    [InlineData("General Data Protection Regulation", 30, 29)]
    [InlineData("Home Support", 12, 20)]
    public void Phrases_map_to_their_line_and_column_in_the_page(string phrase, int line, int column)
    {
        var (actualLine, actualColumn, source) = SupportPage().Locate(phrase);

        (actualLine, actualColumn).ShouldBe((line, column));
        if (phrase != "Home Support") source.ShouldBe(phrase); // the nav links have tags between them
    }

    [Fact]
    public void A_phrase_across_inline_tags_maps_from_its_first_to_its_last_character()
    {
        var (line, column, source) = SupportPage().Locate("every support ticket within");

        (line, column).ShouldBe((16, 23));
        source.ShouldBe("every <strong>support ticket</strong> within");
    }

    [Fact]
    public void Entities_map_onto_the_whole_reference()
    {
        var document = SupportPage();

        document.Locate("€9.99").Source.ShouldBe("&#8364;9.99");
        document.Locate("48 hours &").Source.ShouldBe("48&nbsp;hours &amp;");
        document.Locate("€19.99").Source.ShouldBe("&euro;19.99");
        document.Locate("& SLA").Source.ShouldBe("&amp; SLA");
    }

    [Fact]
    public void The_meta_description_maps_to_its_content_attribute()
    {
        var (line, column, source) = SupportPage().Locate("We answer every ticket");

        (line, column).ShouldBe((6, 37));
        source.ShouldBe("We answer every ticket");
        SupportPage().Locate("every ticket within 24 hours.").Source.ShouldBe("every ticket within 24&nbsp;hours.");
    }

    [Theory]
    [InlineData("72 hours")]          // <p hidden>
    [InlineData("Hidden price")]      // display: none
    [InlineData("Decorative")]        // aria-hidden
    [InlineData("3 offers")]          // noscript
    [InlineData("7 days")]            // template
    [InlineData("12 hours")]          // style
    [InlineData("hours: 72")]         // script
    [InlineData("Always 100%")]       // JSON-LD
    [InlineData("99.9")]              // pre
    [InlineData("speedtest")]         // code
    [InlineData("utf-8")]             // meta charset is not prose
    public void Hidden_and_non_prose_content_is_not_read(string phrase) =>
        SupportPage().Segments.ShouldNotContain(s => s.Text.Contains(phrase));

    [Fact]
    public void A_suppression_comment_applies_to_the_next_line()
    {
        var suppression = SupportPage().Suppressions.ShouldHaveSingleItem();

        suppression.Line.ShouldBe(20); // 0-based: the <p> on line 21
        suppression.Ids.ShouldBe(["NL1001"]);
        suppression.Justification.ShouldBe("the 2026 SLA replaces this");
        SupportPage().Source.Lines[suppression.Line].ToString().ShouldContain("Engineers visit within 5 days.");
    }

    [Fact]
    public void Line_breaks_and_runs_of_spaces_collapse_to_one_space()
    {
        var document = Reader.ReadText("p.html", "<p>We reply\r\n   within\t24 hours</p>");

        document.Texts().ShouldBe(["We reply within 24 hours"]);
        document.Locate("within").Source.ShouldBe("within");
        document.Locate("24 hours").Source.ShouldBe("24 hours");
        document.ShouldMapVerbatimRunsExactly();
    }

    [Fact]
    public void Nested_blocks_split_the_parent_text_around_them()
    {
        var document = Reader.ReadText("p.html", "<div>Intro <b>bold</b><p>Inner paragraph.</p>Tail text</div><h2>Heading <em>two</em></h2>");

        document.Texts().ShouldBe(["Intro bold", "Inner paragraph.", "Tail text", "Heading two"]);
        document.Segments[3].Kind.ShouldBe(SegmentKind.Heading);
        document.Locate("Tail text").Column.ShouldBe(46);
    }

    [Fact]
    public void Legacy_and_numeric_references_decode_and_map()
    {
        var document = Reader.ReadText("p.html", "<p>Fish &amp chips &#x20AC;5 &copy2025 &#150; A&lt;B &bogus; done</p>");

        document.Texts().ShouldBe(["Fish & chips €5 ©2025 – A<B &bogus; done"]);
        document.Locate("&").Source.ShouldBe("&amp");
        document.Locate("€").Source.ShouldBe("&#x20AC;");
        document.Locate("©").Source.ShouldBe("&copy");
        document.Locate("–").Source.ShouldBe("&#150;");
        document.Locate("&bogus;").Source.ShouldBe("&bogus;");
        document.ShouldMapVerbatimRunsExactly();
    }

    [Fact]
    public void Text_after_hidden_markup_and_scripts_keeps_its_place()
    {
        const string html = "<p>Before <span style=\"visibility: hidden\">x &lt; <i>y</i></span> after <script>if (a<b) {}</script> end</p>";
        var document = Reader.ReadText("p.html", html);

        document.Texts().ShouldBe(["Before after end"]);
        document.Locate("after").Source.ShouldBe("after");
        document.Locate("end").Column.ShouldBe(html.IndexOf(" end", StringComparison.Ordinal) + 2);
    }

    [Fact]
    public void Misnested_and_foster_parented_markup_still_maps_verbatim_text_exactly()
    {
        var document = Reader.ReadText("p.html", "<table><tr>stray text<td>cell</td></tr></table><b>1<p>2</b>3</p><p>One<li>Two</p>");

        document.ShouldMapVerbatimRunsExactly();
        document.Texts().ShouldContain("cell");
        document.Locate("stray text").Source.ShouldBe("stray text");
    }

    [Fact]
    public void Deeply_nested_html_is_reported_once_and_still_read_quickly()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "We reply within 24 hours." + string.Concat(Enumerable.Repeat("</div>", 100_000));
        var watch = Stopwatch.StartNew();

        var document = Reader.ReadText("deep.html", html);

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20));
        var problem = document.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(ReadProblemKind.Malformed);
        document.Texts().ShouldBe(["We reply within 24 hours."]);
        document.Locate("24 hours").Source.ShouldBe("24 hours");
    }

    [Fact]
    public void Deeply_nested_unclosed_inline_tags_do_not_crash()
    {
        var html = "<p>" + string.Concat(Enumerable.Repeat("<b><i><span>", 30_000)) + "text";

        var document = Reader.ReadText("deep.html", html);

        document.Problems.ShouldHaveSingleItem().Kind.ShouldBe(ReadProblemKind.Malformed);
        document.Texts().ShouldBe(["text"]);
    }

    [Fact]
    public void Binary_and_oversized_files_give_one_problem_and_no_prose()
    {
        var binary = Reader.Read(new ContentFile("logo.html", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]));
        binary.Problems.ShouldHaveSingleItem().Kind.ShouldBe(ReadProblemKind.Unreadable);
        binary.Segments.ShouldBeEmpty();

        var huge = Reader.Read(new ContentFile("huge.html", new byte[HtmlReader.MaxBytes + 1]));
        huge.Problems.ShouldHaveSingleItem().Kind.ShouldBe(ReadProblemKind.TooLarge);
    }

    [Fact]
    public void A_page_that_is_not_utf8_is_read_in_its_declared_charset()
    {
        // 0xE9 is é and 0x80 is € in Windows-1252; neither is valid UTF-8.
        var bytes = System.Text.Encoding.Latin1.GetBytes("<meta charset=\"windows-1252\"><p>Caf\u00e9 prices from \u00809</p>");

        var document = Reader.Read(new ContentFile("cafe.html", bytes));

        document.Problems.ShouldBeEmpty();
        document.Texts().ShouldBe(["Café prices from €9"]);
    }

    [Fact]
    public void Images_with_empty_alt_and_elements_without_titles_add_nothing()
    {
        var document = Reader.ReadText("p.html", "<p><img src=a.png alt=\"\"> Plain <a href=/x title=' '>link</a></p><img alt=unquoted&amp;more>");

        document.Texts().ShouldBe(["Plain link", "unquoted&more"]);
        document.Locate("unquoted&more").Source.ShouldBe("unquoted&amp;more");
    }
}
