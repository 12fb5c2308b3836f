using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Channels;
using NarrativeLint.Channels.Email;
using NarrativeLint.Text;

namespace NarrativeLint.Tests.Channels.Email;

public class EmailReaderTests
{
    static readonly EmailReader Reader = new();

    static ContentDocument Reply() => Reader.ReadFixture("email/outage-reply.eml");
    static ContentDocument Newsletter() => Reader.ReadFixture("email/spring-offers.eml");

    [Fact]
    public void Reads_eml_files_as_the_email_channel()
    {
        Reader.DefaultChannel.ShouldBe("email");
        Reader.CanRead(new ContentFile("mail/Offer.EML", [])).ShouldBeTrue();
        Reader.CanRead(new ContentFile("site/index.html", [])).ShouldBeFalse();
    }

    [Fact]
    public void A_plain_text_reply_reads_as_subject_and_paragraphs_without_the_quoted_mail()
    {
        var document = Reply();

        document.Problems.ShouldBeEmpty();
        document.Segments.Select(s => (s.Kind, s.Text)).ShouldBe(
        [
            (SegmentKind.Subject, "Re: Internet down in Carrigaline"),
            (SegmentKind.Paragraph, "Hi Aoife,"),
            (SegmentKind.Paragraph, "thanks for your message. We aim to fix faults within 48 hours, and an engineer is booked for Monday."),
            (SegmentKind.Paragraph, "I've added €15 credit to your account."),
            (SegmentKind.Paragraph, "Kind regards, Ciarán, Brightwave Care"),
        ]);
        document.ShouldMapVerbatimRunsExactly();
    }

    [Fact]
    public void A_reply_is_transactional_and_its_headers_become_metadata()
    {
        var metadata = Reply().Metadata;

        metadata.Channel.ShouldBeNull("the engine assigns the channel: registry globs first, then the reader's default");
        metadata.Email!.Marketing.ShouldBe(false);
        metadata.Email!.Sender.ShouldBe("Brightwave Care <care@brightwave.example>");
        metadata.Title.ShouldBe("Re: Internet down in Carrigaline");
        metadata.Date.ShouldBe(new DateOnly(2025, 3, 6));
        metadata.Language.ShouldBeNull();
        metadata.Properties["In-Reply-To"].ShouldBe("<outage4411@example.ie>");
        metadata.Properties["subject"].ShouldBe("Re: Internet down in Carrigaline");
        metadata.Email!.HasUnsubscribeHeader.ShouldBeFalse();
    }

    [Theory]
    [InlineData("within 48 hours", 16, 1)]
    [InlineData("Carrigaline", 4, 2)]
    [InlineData("€15 credit", 19, 12)]
    [InlineData("Ciarán", 25, 1)]
    [InlineData("Internet down", 3, 14)]
    public void Plain_text_phrases_map_to_their_line_and_column(string phrase, int line, int column)
    {
        var (actualLine, actualColumn, source) = Reply().Locate(phrase);

        (actualLine, actualColumn).ShouldBe((line, column));
        source.ShouldBe(phrase);
    }

    [Fact]
    public void A_phrase_across_a_line_break_maps_over_both_lines()
    {
        Reply().Locate("faults within").Source.ShouldBe("faults\nwithin");
        Reply().Locate("down in Carrigaline").Source.ShouldBe("down in\n Carrigaline");
    }

    [Fact]
    public void A_newsletter_reads_both_alternatives_and_is_marketing()
    {
        var document = Newsletter();

        document.Problems.ShouldBeEmpty();
        document.Segments.Select(s => (s.Kind, s.Text)).ShouldBe(
        [
            (SegmentKind.Subject, "Spring offers – fibre for €39.99"),
            (SegmentKind.Paragraph, "Spring offers from Brightwave’s team."),
            (SegmentKind.Paragraph, "Brightwave Fibre: speeds up to 1 Gbps for €39.99 a month, with your price fixed for 24 months."),
            (SegmentKind.Paragraph, "Unsubscribe: https://brightwave.example/unsubscribe?c=spring"),
            (SegmentKind.Heading, "Spring offers"),
            (SegmentKind.Paragraph, "Brightwave Fibre: speeds up to 1 Gbps for €39.99 a month."),
            (SegmentKind.Paragraph, "We reply to every ticket within 24 hours."),
            (SegmentKind.Paragraph, "Installation within 10 working days."),
        ]);
        document.ShouldMapVerbatimRunsExactly();

        var metadata = document.Metadata;
        metadata.Email!.Marketing.ShouldBe(true);
        metadata.Language.ShouldBe("en");
        metadata.Email!.Sender.ShouldBe("Brightwave Offers <offers@brightwave.example>");
        metadata.Title.ShouldBe("Spring offers – fibre for €39.99");
        metadata.Email!.HasUnsubscribeHeader.ShouldBeTrue();
        metadata.Properties["Content-Type"].ShouldBe("multipart/alternative; boundary=\"=_bw-spring-1\"");
    }

    [Fact]
    public void An_encoded_word_subject_maps_onto_the_encoded_word()
    {
        var (line, column, source) = Newsletter().Locate("fibre for €39.99");

        (line, column).ShouldBe((3, 10));
        source.ShouldBe("=?utf-8?Q?Spring_offers_=E2=80=93_fibre_for_=E2=82=AC39.99?=");
    }

    [Fact]
    public void Quoted_printable_text_maps_onto_the_encoded_line_it_came_from()
    {
        var document = Newsletter();

        document.Locate("Spring offers from").ShouldBe((20, 1, "Spring offers from"));
        document.Locate("Brightwave’s").Source.ShouldBe("Brightwave=E2=80=99s");
        var euro = document.Segments[2];
        euro.Text.ShouldContain("€39.99 a month");
        document.Source.ToString(euro.ToSource(new TextSpan(euro.Text.IndexOf("€39.99", StringComparison.Ordinal), 6))).ShouldBe("=E2=82=AC39.99");
        // The soft line break joins "price" and " fixed"; each part stays on its own encoded line.
        document.Locate("price fixed").Source.ShouldBe("price=\n fixed");
        document.Locate("fixed for 24 months").ShouldBe((23, 2, "fixed for 24 months"));
        document.Locate("c=spring").Source.ShouldBe("c=3Dspring");
    }

    [Theory]
    [InlineData("Spring offers", 31)]
    [InlineData("1 Gbps", 32)]
    [InlineData("within 24 hours", 33)]
    [InlineData("Installation", 33)]
    public void Base64_html_maps_onto_the_encoded_line_holding_its_bytes(string phrase, int line)
    {
        var document = Newsletter();
        var segment = document.Segments.Skip(4).Single(s => s.Text.Contains(phrase, StringComparison.Ordinal));
        var span = segment.ToSource(new TextSpan(segment.Text.IndexOf(phrase, StringComparison.Ordinal), phrase.Length));

        (document.Source.Lines.GetLinePosition(span.Start).Line + 1).ShouldBe(line);
    }

    [Fact]
    public void Iso_8859_2_eight_bit_text_is_decoded_and_mapped_per_character()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var latin2 = System.Text.Encoding.GetEncoding("iso-8859-2");
        var bytes = Join(
            Ascii("From: Suport <suport@brightwave.example>\r\nSubject: =?iso-8859-2?B?" + Convert.ToBase64String(latin2.GetBytes("Răspuns la tichet")) + "?=\r\n"),
            Ascii("Content-Type: text/plain; charset=ISO-8859-2\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"),
            latin2.GetBytes("Bună ziua,\r\n\r\nRăspundem în cel mult 24 de ore. Ştiţi asta.\r\n"));

        var document = Reader.Read(new ContentFile("ro.eml", bytes));

        document.Problems.ShouldBeEmpty();
        document.Texts().ShouldBe(["Răspuns la tichet", "Bună ziua,", "Răspundem în cel mult 24 de ore. Ştiţi asta."]);
        var (line, column, source) = document.Locate("în cel mult 24 de ore");
        (line, column).ShouldBe((8, 11));
        source.Length.ShouldBe("în cel mult 24 de ore".Length); // one file character per byte
        document.Locate("cel mult 24 de ore").Source.ShouldBe("cel mult 24 de ore");
        document.ShouldMapVerbatimRunsExactly();
    }

    [Fact]
    public void Windows_1252_quoted_printable_and_windows_1250_parts_are_decoded()
    {
        var text = """
            From: Offers <offers@brightwave.example>
            Subject: Prices
            Content-Type: multipart/mixed; boundary=outer

            --outer
            Content-Type: text/plain; charset=windows-1252
            Content-Transfer-Encoding: quoted-printable

            Caf=E9 plan: =809.99 a month, =93no strings=94.
            --outer
            Content-Type: text/plain; charset=windows-1250
            Content-Transfer-Encoding: quoted-printable

            Za=BF=F3=B3=E6 g=EAsi=B9 ja=9F=F1.
            --outer--
            """.Replace("\r\n", "\n");

        var document = Reader.ReadText("mixed.eml", text);

        document.Problems.ShouldBeEmpty();
        document.Texts().ShouldBe(["Prices", "Café plan: €9.99 a month, “no strings”.", "Zażółć gęsią jaźń."]);
        document.Locate("€9.99").ShouldBe((9, 14, "=809.99"));
        document.Locate("gęsią").Line.ShouldBe(14);
    }

    [Fact]
    public void Nested_multiparts_are_read_and_attachments_are_not()
    {
        var text = """
            From: Brightwave <news@brightwave.example>
            Subject: Your bill
            Content-Type: multipart/mixed; boundary="mixed-1"

            --mixed-1
            Content-Type: multipart/alternative; boundary="alt-1"

            --alt-1
            Content-Type: text/plain; charset=us-ascii

            Your bill is ready. Fees never exceed 50 euro.

            --alt-1
            Content-Type: text/html; charset=utf-8

            <p>Your bill is <b>ready</b>.</p>
            <!-- narrativelint-disable-next-line NL4001: legal name -->
            <p>BrightWave Ltd.</p>
            --alt-1--

            --mixed-1
            Content-Type: text/plain; name="terms.txt"
            Content-Disposition: attachment; filename="terms.txt"

            Attached terms: fees up to 500 euro.
            --mixed-1--
            """.Replace("\r\n", "\n");

        var document = Reader.ReadText("bill.eml", text);

        document.Problems.ShouldBeEmpty();
        document.Texts().ShouldBe(["Your bill", "Your bill is ready. Fees never exceed 50 euro.", "Your bill is ready.", "BrightWave Ltd."]);
        var html = document.Segments[2];
        document.Source.Lines.GetLinePosition(html.ToSource(new TextSpan(html.Text.IndexOf("ready", StringComparison.Ordinal), 5)).Start).Line.ShouldBe(15); // 0-based
        var suppression = document.Suppressions.ShouldHaveSingleItem();
        suppression.Ids.ShouldBe(["NL4001"]);
        suppression.Line.ShouldBe(17); // 0-based: the <p> on line 18 of the .eml
        document.DescribePosition(document.SegmentWith("BrightWave").ToSource(new TextSpan(0, 1)).Start).ShouldBe("text/html part 2");
    }

    [Fact]
    public void A_quoted_printable_html_part_maps_through_soft_breaks_and_escaped_attributes()
    {
        var text = """
            From: news@brightwave.example
            Subject: News
            Content-Type: text/html; charset=utf-8
            Content-Transfer-Encoding: quoted-printable

            <p class=3D"lead" title=3D"Fibre =E2=80=93 1 Gbps">Fibre installed with=
            in 10 working days.</p>
            <p>Prices from =E2=82=AC9.99.</p>
            """.Replace("\r\n", "\n");

        var document = Reader.ReadText("qp-html.eml", text);

        document.Problems.ShouldBeEmpty();
        document.Texts().ShouldBe(["News", "Fibre – 1 Gbps", "Fibre installed within 10 working days.", "Prices from €9.99."]);
        document.Locate("Fibre installed").ShouldBe((6, 52, "Fibre installed"));
        document.Locate("within 10").Source.ShouldBe("with=\nin 10");
        document.Locate("10 working days.").ShouldBe((7, 4, "10 working days."));
        document.Locate("€9.99").Source.ShouldBe("=E2=82=AC9.99");
        document.Locate("1 Gbps").Source.ShouldBe("1 Gbps");
        document.ShouldMapVerbatimRunsExactly();
    }

    [Fact]
    public void A_bulk_mail_without_an_unsubscribe_header_is_marketing_without_one()
    {
        var document = Reader.ReadText("bulk.eml", "From: a@b.example\nPrecedence: list\nSubject: Hi\n\nBody.\n");

        document.Metadata.Email!.Marketing.ShouldBe(true);
        document.Metadata.Email!.HasUnsubscribeHeader.ShouldBeFalse();
        Reader.ReadText("plain.eml", "From: a@b.example\nSubject: Hi\n\nBody.\n").Metadata.Email!.Marketing.ShouldBeNull();
        Reader.ReadText("campaign.eml", "From: a@b.example\nX-Campaign: c1\nIn-Reply-To: <x@y>\n\nBody.\n").Metadata.Email!.Marketing.ShouldBe(true);
    }

    [Theory]
    [InlineData("Mon, 03 Feb 2025 09:00:00 +0000", 2025, 2, 3)]
    [InlineData("3 Feb 2025 09:00 GMT", 2025, 2, 3)]
    [InlineData("Tue, 28 Oct 25 12:00:00 +0200 (EET)", 2025, 10, 28)]
    public void Dates_are_read_as_written(string header, int year, int month, int day) =>
        Reader.ReadText("d.eml", $"Date: {header}\nSubject: x\n\nBody\n").Metadata.Date.ShouldBe(new DateOnly(year, month, day));

    static byte[] Ascii(string text) => System.Text.Encoding.ASCII.GetBytes(text);
    static byte[] Join(params byte[][] parts) => [.. parts.SelectMany(p => p)];
}
