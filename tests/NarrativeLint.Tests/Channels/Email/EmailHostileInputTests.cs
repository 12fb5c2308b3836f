using FsCheck;
using FsCheck.Fluent;
using NarrativeLint.Channels;
using NarrativeLint.Channels.Email;

namespace NarrativeLint.Tests.Channels.Email;

/// <summary>Broken messages give one problem and whatever prose could be read; the reader never throws.</summary>
public class EmailHostileInputTests
{
    static readonly EmailReader Reader = new();

    static ContentDocument Read(string text) => Reader.ReadText("hostile.eml", text.Replace("\r\n", "\n"));

    [Fact]
    public void A_truncated_multipart_keeps_the_parts_before_the_cut()
    {
        var document = Read("""
            Subject: Cut short
            Content-Type: multipart/alternative; boundary="b1"

            --b1
            Content-Type: text/plain; charset=utf-8

            We reply within 24 hours.

            --b1
            Content-Type: text/html; charset=utf-8
            Content-Transfer-Encoding: base64

            PHA+V2UgcmVwbHkgd2l0aGluIDI0IGhvdXJz
            """);

        var problem = document.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(ReadProblemKind.Malformed);
        problem.Message.ShouldContain("closing");
        document.Texts().ShouldBe(["Cut short", "We reply within 24 hours.", "We reply within 24 hours"]);
    }

    [Fact]
    public void A_multipart_without_a_boundary_parameter_is_split_at_its_dash_lines()
    {
        var document = Read("""
            Subject: No boundary
            Content-Type: multipart/alternative

            --guess
            Content-Type: text/plain

            Free returns within 30 days.
            --guess--
            """);

        document.Problems.ShouldHaveSingleItem().Message.ShouldContain("boundary");
        document.Texts().ShouldBe(["No boundary", "Free returns within 30 days."]);
    }

    [Fact]
    public void A_boundary_that_never_appears_reads_the_body_as_text()
    {
        var document = Read("Subject: x\nContent-Type: multipart/mixed; boundary=zzz\n\nJust text, no parts.\n");

        document.Problems.ShouldHaveSingleItem().Kind.ShouldBe(ReadProblemKind.Malformed);
        document.Texts().ShouldBe(["x", "Just text, no parts."]);
    }

    [Fact]
    public void An_unknown_charset_label_falls_back_with_one_problem()
    {
        var document = Read("Subject: x\nContent-Type: text/plain; charset=x-klingon\nContent-Transfer-Encoding: 8bit\n\nPrețul rămâne fix.\n");

        var problem = document.Problems.ShouldHaveSingleItem();
        problem.Message.ShouldContain("x-klingon");
        document.Texts().ShouldBe(["x", "Prețul rămâne fix."]);
        document.ShouldMapVerbatimRunsExactly();
    }

    [Fact]
    public void Invalid_base64_is_reported_once_and_the_rest_decoded()
    {
        var document = Read("Subject: x\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\nV2Ugc!mVwbHk*\nIGZhc3Q=\n");

        document.Problems.ShouldHaveSingleItem().Message.ShouldContain("base64");
        document.Segments.Length.ShouldBe(2);
    }

    [Fact]
    public void Multiparts_nested_beyond_the_limit_are_reported_once()
    {
        var text = "Subject: deep\n";
        for (int i = 0; i < 100; i++) text += $"Content-Type: multipart/mixed; boundary=b{i}\n\n--b{i}\n";
        text += "Content-Type: text/plain\n\nDeep text.\n";

        var document = Read(text);

        document.Problems.ShouldHaveSingleItem().Kind.ShouldBe(ReadProblemKind.Malformed);
        document.Texts().ShouldContain("deep");
    }

    [Fact]
    public void A_deeply_nested_html_part_is_reported_once()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "Deep words";
        var document = Read($"Subject: x\nContent-Type: text/html\n\n{html}\n");

        document.Problems.ShouldHaveSingleItem().Kind.ShouldBe(ReadProblemKind.Malformed);
        document.Texts().ShouldBe(["x", "Deep words"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("no headers at all, just words")]
    [InlineData("Subject: =?utf-8?B?!!!?= =?bogus?Q?=ZZ?=\n\n")]
    [InlineData("Content-Type: multipart/mixed; boundary=\"\n\n--\n--\n")]
    [InlineData("Content-Type: text/plain; charset=\"utf-8\nContent-Transfer-Encoding: quoted-printable\n\n=\n=4\n=ZZ end=")]
    [InlineData(": empty name\n\nbody")]
    public void Odd_messages_do_not_throw(string text)
    {
        var document = Read(text);

        document.Problems.Length.ShouldBeLessThanOrEqualTo(1);
        document.ShouldMapVerbatimRunsExactly();
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_read_as_latin1_so_lines_still_match()
    {
        byte[] bytes = [.. "Subject: Caf"u8, 0xE9, .. "\n\nPrix: 5 "u8, 0xA4, .. "\n"u8];

        var document = Reader.Read(new ContentFile("latin.eml", bytes));

        document.Source.Lines.Count.ShouldBe(4); // three lines and the empty one after the last break
        document.Texts().ShouldBe(["Café", "Prix: 5 ¤"]);
    }

    [Fact]
    public void Oversized_messages_are_reported_not_read()
    {
        var document = Reader.Read(new ContentFile("big.eml", new byte[EmailReader.MaxBytes + 1]));

        document.Problems.ShouldHaveSingleItem().Kind.ShouldBe(ReadProblemKind.TooLarge);
    }

    static readonly string[] Pieces =
    [
        "Subject: ", "Content-Type: ", "multipart/mixed; boundary=b", "multipart/alternative", "text/html", "text/plain; charset=",
        "iso-8859-2", "bogus", "Content-Transfer-Encoding: ", "base64", "quoted-printable", "\n", "\r\n", "\n\n", "--b", "--b--",
        "=E2=82=AC", "=\n", "=?utf-8?Q?x=C3=A9?=", "<p>", "</p>", "&amp;", "V2Ug", "!!", " ", "\t", "word", "é", "\0",
    ];

    [Fact]
    public void Arbitrary_messages_never_make_the_reader_throw()
    {
        var message = Gen.Sized(size => Gen.Choose(0, size * 2))
            .SelectMany(n => Gen.ArrayOf(Gen.Elements(Pieces), n))
            .Select(string.Concat);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Arb.From(message), (string text) =>
        {
            var document = Reader.ReadText("random.eml", text);
            document.Problems.Length.ShouldBeLessThanOrEqualTo(1);
            document.ShouldMapVerbatimRunsExactly();
        }));
    }
}
