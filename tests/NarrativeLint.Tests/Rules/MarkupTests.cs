using FsCheck;
using FsCheck.Fluent;
using Microsoft.CodeAnalysis.Text;

namespace NarrativeLint.Tests.Rules;

/// <summary>The markup the rule tests are written in, and what the verifier says when a test fails.</summary>
public class MarkupTests
{
    // Prose of every language the tests use, line breaks of every kind; not the markup's own characters ({ } | [ ] $).
    static readonly char[] Alphabet = "We reply 72h, entro: ore. ăâîșț àèéìòù€%\n\r\t-'\"#*_()<>".ToCharArray();

    static readonly string[] Ids = ["NL1001", "NL1003", "NL4001", "NL0007"];

    /// <summary>A text and spans that nest or stand apart (markup cannot show two spans that cross).</summary>
    static Gen<(string Text, List<MarkedSpan> Spans)> TextWithSpans =>
        from length in Gen.Sized(size => Gen.Choose(0, size * 3))
        from chars in Gen.ArrayOf(Gen.Elements(Alphabet), length)
        from count in Gen.Choose(0, 6)
        from raw in Gen.ArrayOf(
            from start in Gen.Choose(0, length)
            from end in Gen.Choose(start, length)
            from id in Gen.Elements(Ids)
            select new MarkedSpan(id, TextSpan.FromBounds(start, end)), count)
        select (new string(chars), Nested(raw));

    static List<MarkedSpan> Nested(IEnumerable<MarkedSpan> spans)
    {
        var kept = new List<MarkedSpan>();
        foreach (var span in spans)
            if (kept.All(k => !Cross(k.Span, span.Span))) kept.Add(span);
        kept.Sort(MarkedSpan.Order);
        return kept;
    }

    static bool Cross(TextSpan a, TextSpan b) =>
        a.Start < b.Start && b.Start < a.End && a.End < b.End || b.Start < a.Start && a.Start < b.End && b.End < a.End;

    [Fact]
    public void Parsing_marked_text_gives_back_the_text_and_every_span()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(Arb.From(TextWithSpans), ((string Text, List<MarkedSpan> Spans) input) =>
        {
            var markup = Markup.Mark(input.Text, input.Spans);
            markup.ShouldNotBeNull();
            var (text, spans) = Markup.Parse(markup);
            text.ShouldBe(input.Text, markup);
            spans.ToList().ShouldBe(input.Spans, markup);
        }));
    }

    [Fact]
    public void Nested_and_repeated_markers_each_give_a_span()
    {
        var (text, spans) = Markup.Parse("{|NL1001:Call our {|NL4001:helpdesk|}|}: {|NL4001:helpdesk|}{|NL0007:|}\nagain");
        text.ShouldBe("Call our helpdesk: helpdesk\nagain");
        spans.ShouldBe([
            new MarkedSpan("NL1001", new TextSpan(0, 17)),
            new MarkedSpan("NL4001", new TextSpan(9, 8)),
            new MarkedSpan("NL4001", new TextSpan(19, 8)),
            new MarkedSpan("NL0007", new TextSpan(27, 0)),
        ]);
    }

    [Fact]
    public void Crossing_spans_cannot_be_marked() =>
        Markup.Mark("abcdef", [new MarkedSpan("A", new TextSpan(0, 4)), new MarkedSpan("B", new TextSpan(2, 4))]).ShouldBeNull();

    [Fact]
    public void A_wrong_span_fails_with_the_expected_and_the_actual_markup()
    {
        var failure = Should.Throw<ShouldAssertException>(() => Verify.File("post.md", "We reply within {|NL1001:72 hours|}.\n"));
        failure.Message.ShouldContain("expected:\n    We reply within {|NL1001:72 hours|}.");
        failure.Message.ShouldContain("actual:\n    We reply {|NL1001:within 72 hours|}.");
        failure.Message.ShouldContain("missing:    NL1001 at 1:17-1:25 [16..24) \"72 hours\"");
        failure.Message.ShouldContain("unexpected: NL1001 at 1:10-1:25 [9..24) \"within 72 hours\": 'within 72 hours' says at most 72 hours");
    }

    [Fact]
    public void A_finding_the_markup_does_not_mark_fails_the_test_unless_its_id_is_ignored()
    {
        var failure = Should.Throw<ShouldAssertException>(() => Verify.File("post.md", "Call our helpdesk: we reply {|NL1001:within 72 hours|}.\n"));
        failure.Message.ShouldContain("unexpected: NL4001 at 1:10-1:18 [9..17) \"helpdesk\"");
        failure.Message.ShouldNotContain("missing:");

        Verify.File("post.md", "Call our helpdesk: we reply {|NL1001:within 72 hours|}.\n", ignoring: ["NL4001"]);
    }

    [Fact]
    public void A_marked_finding_the_engine_does_not_report_fails_the_test() =>
        Should.Throw<ShouldAssertException>(() => Verify.File("post.md", "We reply within {|NL1001:24 hours|}.\n"))
            .Message.ShouldContain("missing:    NL1001 at 1:17-1:25 [16..24) \"24 hours\"");

    [Fact]
    public void The_file_name_sets_the_language_and_a_multi_line_text_keeps_its_lines()
    {
        var finding = Verify.File("post.it.md", "# Assistenza\n\nRispondiamo a ogni richiesta\n{|NL1001:entro 72 ore|}.\n").ShouldHaveSingleItem();
        finding.Language.ShouldBe("it");
        finding.LineSpan.StartLinePosition.ShouldBe(new Microsoft.CodeAnalysis.Text.LinePosition(3, 0));
    }
}
