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

    [GeneratedRegex(@"\]\(\s*<?(?<target>(?:[^()\s>]|\([^()\s]*\))+)|\bhref\s*=\s*[""'](?<target>[^""']+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex LinkTarget();

    /// <summary>A name with an inner capital ("VeloBox", "OpenTelemetry"), which every language writes alike; read from the text, not tokens, so scripts without spaces ("VeloBoxルーター") give it too.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z][a-z0-9]*[A-Z][A-Za-z0-9]*")]
    private static partial Regex InnerCapitalName();

    [GeneratedRegex(@"`(?<code>[^`\n]+)`")]
    private static partial Regex CodeSpan();

    static readonly IReadOnlySet<string> NoAnchors = new HashSet<string>();

    public static ImmutableArray<TranslationBlock> Of(AnalyzedDocument document, IReadOnlySet<string> languages)
    {
        var page = PageUrl(document.Path, languages);
        var source = document.Content.Source;
        var written = source.ToString();
        var segments = document.Content.Segments;
        var blocks = ImmutableArray.CreateBuilder<TranslationBlock>(segments.Length);
        int next = 0;
        for (int index = 0; index < segments.Length; index++)
        {
            var segment = segments[index];
            // A document's sentences come segment by segment, in order: one pass finds each segment's run.
            int first = next;
            while (next < document.Sentences.Length && document.Sentences[next].Segment == segment) next++;
            var sentences = next > first ? document.Sentences.AsSpan(first, next - first).ToImmutableArray() : [];
            HashSet<string>? anchors = null;
            void Add(string anchor) => (anchors ??= new HashSet<string>(StringComparer.Ordinal)).Add(anchor);
            var numbers = Numbers(segment.Text);
            foreach (var number in numbers) Add("n:" + number.Value);
            foreach (var sentence in sentences)
            {
                foreach (var quantity in sentence.Sentence.Quantities)
                    if (quantity is { Kind: QuantityKind.Date, Date: { } date, Precision: not DatePrecision.Year }) Add("d:" + DateKey(quantity));
            }
            foreach (Match name in InnerCapitalName().Matches(segment.Text)) Add("w:" + name.Value);
            var links = ImmutableArray<BlockLink>.Empty;
            if (SourceOf(segment, source) is { Length: > 0 } region)
            {
                var linkList = ImmutableArray.CreateBuilder<BlockLink>();
                for (var match = LinkTarget().Match(written, region.Start, region.Length); match.Success; match = match.NextMatch())
                {
                    var target = match.Groups["target"];
                    var link = new BlockLink(NormalisedLink(target.Value, page, languages), target.Value, new TextSpan(target.Index, target.Length));
                    if (link.Target.Length > 0) linkList.Add(link);
                }
                links = linkList.ToImmutable();
                foreach (var link in links) Add("l:" + link.Target);
                for (var code = CodeSpan().Match(written, region.Start, region.Length); code.Success; code = code.NextMatch())
                    Add("c:" + code.Groups["code"].Value.Trim());
            }
            blocks.Add(new TranslationBlock(index, segment, sentences, anchors ?? NoAnchors, numbers, links));
        }
        return blocks.MoveToImmutable();
    }

    static ImmutableArray<BlockNumber> Numbers(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('0', '9') && !ContainsOtherDigit(text)) return [];
        var numbers = ImmutableArray.CreateBuilder<BlockNumber>();
        foreach (Match match in DigitRun().Matches(text))
        {
            // A bracketed marker ("[4]", a footnote) numbers the text; it says nothing a translation must keep.
            if (match.Index > 0 && text[match.Index - 1] == '[' && match.Index + match.Length < text.Length && text[match.Index + match.Length] == ']') continue;
            var parts = ImmutableArray.CreateBuilder<string>();
            var value = match.ValueSpan;
            for (int at = 0; at < value.Length;)
            {
                if (!char.IsDigit(value[at])) { at++; continue; }
                int end = at;
                while (end < value.Length && char.IsDigit(value[end])) end++;
                parts.Add(Digits(value[at..end]));
                at = end;
            }
            numbers.Add(new BlockNumber(Digits(value), new TextSpan(match.Index, match.Length), parts.ToImmutable()));
        }
        return numbers.ToImmutable();

        // Digits of any script read as ASCII ("৯৫" is 95); trailing zeros go, so "10,000" meets "1万" written "10 thousand" and "3.2 thousand" meets "3,200".
        static string Digits(ReadOnlySpan<char> written)
        {
            Span<char> ascii = written.Length <= 256 ? stackalloc char[written.Length] : new char[written.Length];
            int length = 0;
            foreach (var c in written)
                if (char.IsDigit(c)) ascii[length++] = (char)('0' + (int)char.GetNumericValue(c));
            var value = ascii[..length].Trim('0');
            return value.Length == 0 ? "0" : value.ToString();
        }

        // DigitRun's \d is any script's decimal digit (Bengali, Devanagari, full-width).
        static bool ContainsOtherDigit(string text)
        {
            foreach (var c in text)
                if (c > 0x7F && char.IsDigit(c)) return true;
            return false;
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
    /// A link target as a translation would keep it: without its fragment and query, trailing
    /// slash, language path segments (<c>/it/docs/x</c>, <c>/en-us/</c>) or a language subdomain (<c>it.wikipedia.org</c>).
    /// </summary>
    public static string NormalisedLink(string target, Uri page, IReadOnlySet<string> languages)
    {
        // Neither the fragment (headings' ids are translated) nor the query (a prefilled issue title in the reader's language, a link checker's flag) names another page.
        var link = target.Split('#', '?')[0].Trim();
        if (link.Length == 0) return "";
        // A relative link is read from the page's own address, as a site generator publishes it.
        if (!link.StartsWith('/') && !Uri.TryCreate(link, UriKind.Absolute, out _) && Uri.TryCreate(page, link, out var resolved)) link = resolved.AbsolutePath;
        if (link.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) return link.ToLowerInvariant();
        string host = "";
        if (Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            var labels = uri.Host.ToLowerInvariant().Split('.');
            // A link to a resource in the reader's language (it.wikipedia.org, /it/docs/…) is the translator's choice, not a drift: it stays apart as "~".
            if (labels.Length > 2 && TranslationPairing.IsLanguage(labels[0], languages)) return "~" + string.Join('.', labels[1..]);
            host = string.Join('.', labels);
            if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
            link = uri.AbsolutePath;
        }
        var parts = link.Split('/').Where(p => p.Length > 0 && !string.Equals(p, "index.html", StringComparison.OrdinalIgnoreCase)).ToList();
        if (host.Length > 0 && parts.Any(p => TranslationPairing.IsLanguage(p, languages))) return "~" + host;
        parts.RemoveAll(p => TranslationPairing.IsLanguage(p, languages));
        var path = string.Join('/', parts);
        path = Uri.UnescapeDataString(path);
        return host.Length > 0 ? host + "/" + path : path;
    }

    /// <summary>
    /// Where a page is published, as Hugo and Docusaurus do: its path without the content folder and language,
    /// extension or index name, as a folder (<c>content/it/docs/a.md</c> → <c>/docs/a/</c>).
    /// </summary>
    static Uri PageUrl(string path, IReadOnlySet<string> languages)
    {
        var (key, _) = TranslationPairing.PathKey(path, languages);
        var star = key.IndexOf("*/", StringComparison.Ordinal);
        var rest = star >= 0 ? key[(star + 2)..] : key.TrimStart('/');
        rest = Path.ChangeExtension(rest, null) ?? rest;
        var name = Path.GetFileName(rest);
        if (name is "index" or "_index" or "README") rest = rest[..^name.Length];
        return new Uri("https://page.invalid/" + rest.Trim('/') + "/");
    }

    /// <summary>Where in the source a segment was read from, to the end of its last line (a link's target follows the text it links).</summary>
    static TextSpan SourceOf(Text.ProseSegment segment, SourceText source)
    {
        if (segment.Text.Length == 0) return default;
        var span = segment.ToSource(new TextSpan(0, segment.Text.Length));
        if (span.End > source.Length || span.Start > span.End) return default;
        var end = source.Lines.GetLineFromPosition(span.End).End;
        return TextSpan.FromBounds(span.Start, Math.Max(end, span.End));
    }
}
