using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Channels;
using NarrativeLint.Text;

namespace NarrativeLint.Tests.Channels.Social;

/// <summary>Checks shared by the channel reader tests: prose maps back to the exact characters it came from.</summary>
internal static class ProseAssert
{
    /// <summary>Every verbatim run's source text equals its prose, and runs are in order without gaps.</summary>
    public static void MapsVerbatim(ContentDocument document)
    {
        foreach (var segment in document.Segments)
        {
            int expected = 0;
            foreach (var run in segment.Map.Runs)
            {
                run.ProseStart.ShouldBe(expected);
                expected += run.Length;
                run.Source.End.ShouldBeLessThanOrEqualTo(document.Source.Length);
                if (run.Verbatim)
                    document.Source.ToString(run.Source).ShouldBe(segment.Text.Substring(run.ProseStart, run.Length));
            }
            expected.ShouldBe(segment.Text.Length);
        }
    }

    /// <summary>The 1-based line and column where <paramref name="phrase"/> (found in some segment) sits in the source; the source there reads the phrase.</summary>
    public static (int Line, int Column) Locate(ContentDocument document, string phrase)
    {
        foreach (var segment in document.Segments)
        {
            int at = segment.Text.IndexOf(phrase, StringComparison.Ordinal);
            if (at < 0) continue;
            var span = segment.ToSource(new TextSpan(at, phrase.Length));
            document.Source.ToString(span).ShouldBe(phrase);
            var position = document.Source.Lines.GetLinePosition(span.Start);
            return (position.Line + 1, position.Character + 1);
        }
        throw new ShouldAssertException($"'{phrase}' is in no segment: {string.Join(" | ", document.Segments.Select(s => s.Text))}");
    }

    public static ContentFile File(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));

    public static SegmentKind[] Kinds(ContentDocument document) => [.. document.Segments.Select(s => s.Kind)];
}
