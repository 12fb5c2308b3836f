using FsCheck;
using FsCheck.Fluent;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Channels;
using NarrativeLint.Channels.Web;

namespace NarrativeLint.Tests.Channels.Web;

public class HtmlReaderPropertyTests
{
    static readonly HtmlReader Reader = new();

    static readonly string[] Words =
    [
        "We", "reply", "within", "24", "hours", "€9.99", "Brașov", "—", " ", "  ", "\n", "\r\n", "\t",
        "&amp;", "&amp", "&nbsp;", "&#8364;", "&#x20AC;", "&euro;", "&lt;", "&gt;", "&notit;", "&bogus;", "&#150;", "&#0;", "&",
        "a < b", "x&y", "<br>", "<!-- note -->", "<img alt=\"A &amp; B\">", "<script>if (a<b) {}</script>", "<code>x<y</code>",
    ];

    static readonly string[] Tags = ["p", "div", "li", "h2", "td", "section", "blockquote", "title", "span", "b", "em", "a", "strong", "i", "table", "tr"];

    static readonly string[] Attributes =
        ["", "", " class=\"x\"", " title=\"Up to 30&nbsp;days\"", " hidden", " style='display:none'", " aria-hidden=true", " title=unquoted&amp;"];

    static Gen<string> Text =>
        Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(Gen.Elements(Words), n)).Select(string.Concat);

    static Gen<string> Node(int size) => size <= 1
        ? Text
        : Gen.Frequency(
            (2, Text),
            (3, from tag in Gen.Elements(Tags)
                from attribute in Gen.Elements(Attributes)
                from count in Gen.Choose(0, 4)
                from children in Gen.ArrayOf(Node(size / 2), count)
                from closed in Gen.Elements(true, true, true, false)
                select $"<{tag}{attribute}>{string.Concat(children)}{(closed ? $"</{tag}>" : "")}"));

    static Gen<string> Page => Gen.Sized(size => Node(Math.Min(size, 40)));

    [Fact]
    public void Verbatim_prose_always_maps_to_the_same_text_in_the_page()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Arb.From(Page), (string html) =>
        {
            var document = Reader.ReadText("random.html", html);
            foreach (var segment in document.Segments)
            foreach (var run in segment.Map.Runs)
            {
                if (!run.Verbatim)
                {
                    run.Source.End.ShouldBeLessThanOrEqualTo(document.Source.Length);
                    continue;
                }
                // The whole run and a span inside it, through the segment's public mapping.
                var whole = new TextSpan(run.ProseStart, run.Length);
                document.Source.ToString(segment.ToSource(whole)).ShouldBe(segment.Text.Substring(whole.Start, whole.Length), html);
                var inner = new TextSpan(run.ProseStart + run.Length / 3, run.Length / 2);
                document.Source.ToString(segment.ToSource(inner)).ShouldBe(segment.Text.Substring(inner.Start, inner.Length), html);
            }
            document.Segments.ShouldAllBe(s => s.Text.Length > 0 && s.Text.Trim() == s.Text && !s.Text.Contains("  "));
        }));
    }

    static readonly char[] Alphabet = "<>/!-&#;=\"' \n\rabpdivx0123456789?é€\0".ToCharArray();

    [Fact]
    public void Arbitrary_text_never_makes_the_reader_throw()
    {
        var text = Gen.Sized(size => Gen.Choose(0, size * 4)).SelectMany(n => Gen.ArrayOf(Gen.Elements(Alphabet), n)).Select(chars => new string(chars));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Arb.From(text), (string html) =>
        {
            var document = Reader.ReadText("random.html", html);
            document.ShouldMapVerbatimRunsExactly();
            document.Problems.Length.ShouldBeLessThanOrEqualTo(1);
        }));
    }
}
