using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Text;

namespace NarrativeLint.Tests.Text;

public class SourceMapTests
{
    [Fact]
    public void Verbatim_runs_map_each_character_back_to_its_source()
    {
        // "We **reply** fast" → prose "We reply fast"
        var segment = new ProseBuilder()
            .AppendVerbatim("We ", 0)
            .AppendVerbatim("reply", 5)
            .AppendVerbatim(" fast", 12)
            .Build(SegmentKind.Paragraph);

        segment.Text.ShouldBe("We reply fast");
        segment.ToSource(new TextSpan(3, 5)).ShouldBe(new TextSpan(5, 5));
        segment.ToSource(new TextSpan(0, 13)).ShouldBe(TextSpan.FromBounds(0, 17));
    }

    [Fact]
    public void Decoded_runs_map_onto_the_whole_span_they_came_from()
    {
        // "A &amp; B" → "A & B"
        var segment = new ProseBuilder()
            .AppendVerbatim("A ", 0)
            .AppendDecoded("&", new TextSpan(2, 5))
            .AppendVerbatim(" B", 7)
            .Build(SegmentKind.Paragraph);

        segment.ToSource(new TextSpan(2, 1)).ShouldBe(new TextSpan(2, 5));
        segment.ToSource(new TextSpan(0, 5)).ShouldBe(new TextSpan(0, 9));
    }
}
