using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Analyzers;
using NarrativeLint.Language;

namespace NarrativeLint.Engine.Translations;

/// <summary>
/// Cuts a document into blocks (its prose segments) and finds in each what a translator keeps as written:
/// digits, dates, link targets, code spans and names. These anchors align a translation with its source and
/// are the values compared between them.
/// </summary>
static partial class TranslationBlocks
{
    [GeneratedRegex(@"\d+(?:[.,:'’\u00A0\u202F]\d+)*")]
    private static partial Regex DigitRun();

    [GeneratedRegex(@"\]\(\s*<?(?<target>[^)\s>]+)|\bhref\s*=\s*[""'](?<target>[^""']+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"`(?<code>[^`\n]+)`")]
    private static partial Regex CodeSpan();

    public static ImmutableArray<TranslationBlock> Of(AnalyzedDocument document, IReadOnlySet<string> languages)
    {
        var sentencesBySegment = document.Sentences.GroupBy(s => s.Segment).ToDictionary(g => g.Key, g => g.ToImmutableArray());
        var source = document.Content.Source;
        var blocks = ImmutableArray.CreateBuilder<TranslationBlock>(document.Content.Segments.Length);
        for (int index = 0; index < document.Content.Segments.Length; index++)
        {
            var segment = document.Content.Segments[index];
            var sentences = sentencesBySegment.GetValueOrDefault(segment, []);
            var anchors = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            var numbers = Numbers(segment.Text).ToImmutableArray();
            foreach (var number in numbers) anchors.Add("n:" + number.Value);
            foreach (var sentence in sentences)
            {
                foreach (var quantity in sentence.Sentence.Quantities)
                    if (quantity is { Kind: QuantityKind.Date, Date: { } date, Precision: not DatePrecision.Year }) anchors.Add("d:" + DateKey(quantity));
                foreach (var token in sentence.Sentence.Tokens)
                    if (token.Kind == TokenKind.Word && token.Text.Length > 2 && token.Text.Skip(1).Any(char.IsUpper)) anchors.Add("w:" + token.Text);
            }
            var (written, offset) = SourceOf(segment, source);
            var links = LinkTarget().Matches(written)
                .Select(m => m.Groups["target"])
                .Select(g => new BlockLink(NormalisedLink(g.Value, languages), g.Value, new TextSpan(offset + g.Index, g.Length)))
                .Where(l => l.Target.Length > 0).ToImmutableArray();
            foreach (var link in links) anchors.Add("l:" + link.Target);
            foreach (Match code in CodeSpan().Matches(written)) anchors.Add("c:" + code.Groups["code"].Value.Trim());
            blocks.Add(new TranslationBlock(index, segment, sentences, anchors.ToImmutable(), numbers, links));
        }
        return blocks.MoveToImmutable();
    }

    static IEnumerable<BlockNumber> Numbers(string text)
    {
        foreach (Match match in DigitRun().Matches(text))
        {
            var value = new string(match.Value.Where(char.IsAsciiDigit).ToArray()).TrimStart('0');
            yield return new BlockNumber(value.Length == 0 ? "0" : value, new TextSpan(match.Index, match.Length));
        }
    }

    /// <summary>A date at the precision it was written: 2026-03-03, 2026-03.</summary>
    static string DateKey(Quantity date) => date.Precision switch
    {
        DatePrecision.Day => date.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => date.Date!.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => date.Date!.Value.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// A link target as a translation would keep it: without its fragment (headings' ids are translated), trailing
    /// slash, language path segments (<c>/it/docs/x</c>, <c>/en-us/</c>) or a language subdomain (<c>it.wikipedia.org</c>).
    /// </summary>
    public static string NormalisedLink(string target, IReadOnlySet<string> languages)
    {
        var link = target.Split('#')[0].Trim();
        if (link.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) return link.ToLowerInvariant();
        string host = "";
        if (Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            var labels = uri.Host.ToLowerInvariant().Split('.');
            host = string.Join('.', labels.Length > 2 && TranslationPairing.IsLanguage(labels[0], languages) ? labels[1..] : labels);
            if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
            link = uri.AbsolutePath + uri.Query;
        }
        var parts = link.Split('/').Where(p => p.Length > 0 && !TranslationPairing.IsLanguage(p, languages) && !string.Equals(p, "index.html", StringComparison.OrdinalIgnoreCase));
        var path = string.Join('/', parts);
        path = Uri.UnescapeDataString(path);
        return host.Length > 0 ? host + "/" + path : path;
    }

    /// <summary>The source text a segment was read from, to the end of its last line (a link's target follows the text it links).</summary>
    static (string Text, int Offset) SourceOf(Text.ProseSegment segment, SourceText source)
    {
        if (segment.Text.Length == 0) return ("", 0);
        var span = segment.ToSource(new TextSpan(0, segment.Text.Length));
        if (span.End > source.Length || span.Start > span.End) return ("", 0);
        var end = source.Lines.GetLineFromPosition(span.End).End;
        return (source.ToString(TextSpan.FromBounds(span.Start, Math.Max(end, span.End))), span.Start);
    }
}
