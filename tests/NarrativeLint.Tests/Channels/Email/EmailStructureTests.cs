using System.Text;
using NarrativeLint.Channels;
using NarrativeLint.Channels.Email;

namespace NarrativeLint.Tests.Channels.Email;

/// <summary>What MimeKit's parse brings, located in the file: mbox and BOM prefixes, 8-bit headers, RFC 2231 continuations.</summary>
public class EmailStructureTests
{
    static readonly EmailReader Reader = new();

    [Fact]
    public void A_byte_order_mark_and_an_mbox_separator_are_not_headers()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "From offers@acme.example Mon Feb  3 09:00:00 2025\nFrom: Acme Offers <offers@acme.example>\nSubject: Spring plans\n\nStarter is 9 EUR a month.\n"u8];

        var document = Reader.Read(new ContentFile("mbox.eml", bytes));

        document.Problems.ShouldBeEmpty();
        document.Texts().ShouldBe(["Spring plans", "Starter is 9 EUR a month."]);
        document.Metadata.Email!.Sender.ShouldBe("Acme Offers <offers@acme.example>");
        document.Locate("Spring plans").Line.ShouldBe(3);
        document.ShouldMapVerbatimRunsExactly();
    }

    [Fact]
    public void Raw_utf8_in_headers_keeps_every_later_position_exact()
    {
        var text = """
            From: Assistenza Acmè <assistenza@acme.example>
            Subject: Più veloci di così: risposte in 24 ore
            Content-Type: multipart/alternative; boundary="alt"

            --alt
            Content-Type: text/plain; charset=utf-8

            Rispondiamo a ogni richiesta entro 24 ore, però non di domenica.
            --alt
            Content-Type: text/html; charset=utf-8

            <p>Perché aspettare? Rispondiamo entro 24 ore.</p>
            --alt--
            """.Replace("\r\n", "\n");

        var document = Reader.ReadText("it.eml", text);

        document.Problems.ShouldBeEmpty();
        document.Metadata.Title.ShouldBe("Più veloci di così: risposte in 24 ore");
        document.Locate("così").ShouldBe((2, 24, "così"));
        document.Locate("però non di domenica").ShouldBe((8, 44, "però non di domenica"));
        document.Locate("Perché aspettare?").ShouldBe((12, 4, "Perché aspettare?"));
        document.ShouldMapVerbatimRunsExactly();
    }

    [Fact]
    public void Positions_stay_exact_deep_into_a_long_message_of_multibyte_text()
    {
        var filler = string.Concat(Enumerable.Repeat("Prețul rămâne fix: 9 € pe lună, garantat 🙂.\n", 2000));
        var text = $"Subject: Oferte\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain; charset=utf-8\n\n{filler}\n--b\nContent-Type: text/html; charset=utf-8\n\n<p>Răspundem în cel mult 24 de ore.</p>\n--b--\n";

        var document = Reader.ReadText("long.eml", text);

        document.Problems.ShouldBeEmpty();
        document.Locate("Răspundem în cel mult 24 de ore.").ShouldBe((2011, 4, "Răspundem în cel mult 24 de ore."));
        document.ShouldMapVerbatimRunsExactly();
    }

    [Fact]
    public void An_rfc_2231_continued_charset_parameter_is_joined()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        byte[] bytes =
        [
            .. "Subject: x\nContent-Type: text/plain;\n charset*0=iso-8859;\n charset*1=-2\nContent-Transfer-Encoding: 8bit\n\n"u8,
            .. Encoding.GetEncoding("iso-8859-2").GetBytes("Răspundem în 24 de ore.\n"),
        ];

        var document = Reader.Read(new ContentFile("ro.eml", bytes));

        document.Problems.ShouldBeEmpty();
        document.Texts().ShouldBe(["x", "Răspundem în 24 de ore."]);
    }

    [Fact]
    public void A_header_line_without_a_name_is_reported_once_and_the_rest_is_read()
    {
        var document = Reader.ReadText("junk.eml", "From: a@acme.example\nthis line is no header\nSubject: Still read\n\nBody text.\n");

        document.Problems.ShouldHaveSingleItem().Kind.ShouldBe(ReadProblemKind.Malformed);
        document.Texts().ShouldBe(["Still read", "Body text."]);
        document.ShouldMapVerbatimRunsExactly();
    }

    [Fact]
    public void A_forwarded_message_is_not_the_sender_s_prose()
    {
        var document = Reader.ReadText("fwd.eml", """
            Subject: Fwd: old offer
            Content-Type: multipart/mixed; boundary=m

            --m
            Content-Type: text/plain

            See below.
            --m
            Content-Type: message/rfc822

            Subject: Old offer
            Content-Type: text/plain

            Returns within 60 days.
            --m--
            """.Replace("\r\n", "\n"));

        document.Problems.ShouldBeEmpty();
        document.Texts().ShouldBe(["Fwd: old offer", "See below."]);
    }
}
