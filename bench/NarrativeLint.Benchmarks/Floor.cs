using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NarrativeLint.Benchmarks;

/// <summary>
/// The floor: the least work any Markdown linter with exact locations must do. Read every file, parse it with
/// Markdig keeping precise source positions, walk its literal text once splitting it into words, and run one
/// quantity pattern over it. Parallel over files on all cores, as the engine is, so the ratio compares like with like.
/// </summary>
static partial class Floor
{
    [GeneratedRegex(@"\b\d+(?:[.,]\d+)?\s*(?:%|percent|hours?|days?|weeks?|months?|years?|minutes?|seconds?|ms|MB|GB)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UseYamlFrontMatter().UsePipeTables().Build();

    /// <summary>Runs the floor over every file under <paramref name="corpus"/>; prints files, bytes, words and quantities.</summary>
    public static int Run(string corpus)
    {
        var paths = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Where(IsText).ToArray();
        long bytes = 0, words = 0, quantities = 0;
        Parallel.ForEach(paths, () => (Bytes: 0L, Words: 0L, Quantities: 0L), (path, state, totals) =>
        {
            var content = File.ReadAllBytes(path);
            var text = Encoding.UTF8.GetString(content);
            var document = Markdown.Parse(text, Pipeline);
            long fileWords = 0, fileQuantities = 0;
            foreach (var literal in document.Descendants<LiteralInline>())
            {
                var slice = literal.Content.AsSpan();
                fileWords += CountWords(slice);
                fileQuantities += Quantity().Count(slice);
            }
            return (totals.Bytes + content.Length, totals.Words + fileWords, totals.Quantities + fileQuantities);
        }, totals =>
        {
            Interlocked.Add(ref bytes, totals.Bytes);
            Interlocked.Add(ref words, totals.Words);
            Interlocked.Add(ref quantities, totals.Quantities);
        });
        Console.WriteLine($"floor: {paths.Length} files, {bytes} bytes, {words} words, {quantities} quantities");
        return 0;
    }

    /// <summary>The files <c>check</c> reads in the corpus: Markdown and plain text.</summary>
    static bool IsText(string path) => Path.GetExtension(path).ToLowerInvariant() is ".md" or ".markdown" or ".txt";

    static long CountWords(ReadOnlySpan<char> text)
    {
        long count = 0;
        bool inWord = false;
        foreach (var c in text)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) count++;
            inWord = letter;
        }
        return count;
    }
}
