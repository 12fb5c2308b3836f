using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Channels;
using NarrativeLint.Text;

namespace NarrativeLint.Tests.Channels;

/// <summary>Reading fixtures and checking where prose lands in the file, shared by the web and email reader tests.</summary>
internal static class ReaderAssertions
{
    public static ContentDocument ReadFixture(this ChannelReader reader, string relativePath)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Channels", "Fixtures", relativePath);
        return reader.Read(new ContentFile(relativePath, File.ReadAllBytes(path)));
    }

    public static ContentDocument ReadText(this ChannelReader reader, string path, string text) =>
        reader.Read(new ContentFile(path, System.Text.Encoding.UTF8.GetBytes(text)));

    /// <summary>The one segment containing <paramref name="phrase"/>.</summary>
    public static ProseSegment SegmentWith(this ContentDocument document, string phrase)
    {
        var matches = document.Segments.Where(s => s.Text.Contains(phrase, StringComparison.Ordinal)).ToList();
        matches.Count.ShouldBe(1, $"expected one segment containing '{phrase}', found: {string.Join(" | ", document.Segments.Select(s => s.Text))}");
        return matches[0];
    }

    /// <summary>Where <paramref name="phrase"/> is in the file: 1-based line and column of its start, and the source text it maps to.</summary>
    public static (int Line, int Column, string Source) Locate(this ContentDocument document, string phrase)
    {
        var segment = document.SegmentWith(phrase);
        var span = segment.ToSource(new TextSpan(segment.Text.IndexOf(phrase, StringComparison.Ordinal), phrase.Length));
        var start = document.Source.Lines.GetLinePosition(span.Start);
        return (start.Line + 1, start.Character + 1, document.Source.ToString(span));
    }

    /// <summary>The reader's contract: every verbatim run of every segment is the file's text at its source span.</summary>
    public static void ShouldMapVerbatimRunsExactly(this ContentDocument document)
    {
        foreach (var segment in document.Segments)
        foreach (var run in segment.Map.Runs)
        {
            if (!run.Verbatim) continue;
            run.Source.End.ShouldBeLessThanOrEqualTo(document.Source.Length);
            document.Source.ToString(run.Source).ShouldBe(segment.Text.Substring(run.ProseStart, run.Length));
        }
    }

    public static string[] Texts(this ContentDocument document) => [.. document.Segments.Select(s => s.Text)];
}
