using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
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

    [GeneratedRegex(@"^(?<hour>[01]?[0-9]|2[0-4]):(?<minutes>[0-5][0-9])$")]
    private static partial Regex ClockTime();

    /// <summary>"pm", " p.m.", "am" right after an hour, not the start of a word ("11 amici").</summary>
    [GeneratedRegex(@"\G\s?(?<half>[ap])\.?m\.?(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Meridiem();

    [GeneratedRegex(@"`(?<code>[^`\n]+)`")]
    private static partial Regex CodeSpan();

    /// <summary>A git commit id, abbreviated or whole.</summary>
    [GeneratedRegex(@"^[0-9a-f]{7,40}$")]
    private static partial Regex CommitId();

    public static ImmutableArray<TranslationBlock> Of(AnalyzedDocument document, IReadOnlySet<string> languages)
    {
        var page = PageUrl(document.Path, languages);
        var source = document.Content.Source;
        // The whole source once: a block's prefilters and its link and code patterns read slices of it.
        var sourceText = source.ToString();
        var blocks = ImmutableArray.CreateBuilder<TranslationBlock>(document.Content.Segments.Length);
        int next = 0;
        for (int index = 0; index < document.Content.Segments.Length; index++)
        {
            var segment = document.Content.Segments[index];
            // A document's sentences come segment by segment, in order: one pass finds each segment's run (a segment is
            // a record, so grouping by it would hash its whole text once per sentence).
            int first = next;
            while (next < document.Sentences.Length && document.Sentences[next].Segment == segment) next++;
            var sentences = ImmutableArray.CreateBuilder<BlockSentence>(next - first);
            for (int at = first; at < next; at++) sentences.Add(BlockSentence.Of(document.Sentences[at]));
            var anchors = new HashSet<string>(StringComparer.Ordinal);
            var addresses = AddressesIn(segment.Text);
            var digitRuns = Numbers(segment.Text);
            // The digits of an address the prose writes ("…/terms-2025") are the link's: the link target is compared, not they.
            if (addresses is not null) digitRuns.RemoveAll(n => addresses.Exists(a => a.Span.Contains(n.Span)));
            // By index: a builder's enumerator is an object made per block.
            for (int n = 0; n < digitRuns.Count; n++) anchors.Add("n:" + digitRuns[n].Exact);
            var spelled = Spelled(sentences);
            // Digit runs come in text order; only numbers read from words need placing among them (a stable sort, as before).
            var numbers = spelled is null ? digitRuns.ToImmutable() : digitRuns.Concat(spelled).OrderBy(n => n.Span.Start).ToImmutableArray();
            for (int at = 0; at < sentences.Count; at++)
            {
                foreach (var quantity in sentences[at].Quantities)
                    if (quantity is { Kind: QuantityKind.Date, Date: { } date, Precision: not DatePrecision.Year }) anchors.Add("d:" + DateKey(quantity));
            }
            AddUnitsOfNumbers(digitRuns, sentences, anchors);
            AddInnerCapitalNames(segment.Text, anchors);
            NumberShapes.AddCodes(segment.Text, anchors);
            CapitalisedNames.AddTo(segment.Text, anchors);
            var (start, length) = SourceOf(segment, source);
            var links = ImmutableArray<BlockLink>.Empty;
            var written = sourceText.AsSpan(start, length);
            if (written.Contains("](", StringComparison.Ordinal) || written.Contains("href", StringComparison.OrdinalIgnoreCase) || written.Contains('`'))
            {
                links = LinksIn(segment, sourceText, start, length, page, languages);
                // Matched in place, as in a copy of the block's text: a table cell's source runs to the end of its row, which every cell of the row would copy.
                for (var code = CodeSpan().Match(sourceText, start, length); code.Success; code = code.NextMatch())
                    anchors.Add("c:" + code.Groups["code"].Value.Trim());
            }
            links = WithBareAddresses(segment, links, addresses, page, languages);
            foreach (var link in links) anchors.Add("l:" + link.Target);
            blocks.Add(new TranslationBlock(index, segment, sentences.MoveToImmutable(), anchors, numbers, links));
        }
        return blocks.MoveToImmutable();
    }

    /// <summary>The link targets written in <c>sourceText[start..start + length]</c>, a block's source to the end of its last line.</summary>
    static ImmutableArray<BlockLink> LinksIn(Text.ProseSegment segment, string sourceText, int start, int length, Uri page, IReadOnlySet<string> languages)
    {
        // A Markdown link belongs to the block its text is in, not to the next table cell on the line: its "](" stands at the block's end or before.
        var end = segment.Text.Length == 0 ? start : segment.ToSource(new TextSpan(0, segment.Text.Length)).End;
        var links = ImmutableArray.CreateBuilder<BlockLink>();
        for (var match = LinkTarget().Match(sourceText, start, length); match.Success; match = match.NextMatch())
        {
            if (sourceText[match.Index] == ']' && match.Index > end) continue;
            var target = match.Groups["target"];
            // A group's Value is a new substring at every read: read once.
            var written = target.Value;
            var link = new BlockLink(Normalised(written, page, languages), written, new TextSpan(target.Index, target.Length));
            if (link.Target.Length > 0) links.Add(link);
        }
        return links.DrainToImmutable();
    }

    /// <summary>
    /// Every name with an inner capital ("VeloBox", "OpenTelemetry"), which every language writes alike: an ASCII letter
    /// not after a letter or digit, lower-case letters or digits, a capital, then letters and digits. Read from the text,
    /// not tokens, so scripts without spaces ("VeloBoxルーター") give it too.
    /// </summary>
    internal static void AddInnerCapitalNames(string text, HashSet<string> anchors)
    {
        for (int start = 0; start < text.Length; start++)
        {
            if (!char.IsAsciiLetter(text[start]) || (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1]))) continue;
            int at = start + 1;
            while (at < text.Length && (char.IsAsciiLetterLower(text[at]) || char.IsAsciiDigit(text[at]))) at++;
            if (at == text.Length || !char.IsAsciiLetterUpper(text[at])) continue;
            at++;
            while (at < text.Length && char.IsAsciiLetterOrDigit(text[at])) at++;
            anchors.Add(string.Concat("w:", text.AsSpan(start, at - start)));
            start = at;
        }
    }

    /// <summary>Numbers the pack read from words ("three", "tre", "două mii"), as digits, so they meet a translation that writes them as digits or in its own words.</summary>
    /// <returns>Null when the block has none (most have none).</returns>
    static List<BlockNumber>? Spelled(ImmutableArray<BlockSentence>.Builder sentences)
    {
        List<BlockNumber>? spelled = null;
        for (int at = 0; at < sentences.Count; at++)
            foreach (var quantity in sentences[at].Quantities)
                if (quantity.Kind != QuantityKind.Date && quantity.Value == decimal.Truncate(quantity.Value) && quantity.Value > 0 && !HasDigit(quantity.Text))
                {
                    var exact = quantity.Value.ToString("0", CultureInfo.InvariantCulture);
                    var value = exact.TrimEnd('0');
                    (spelled ??= []).Add(new BlockNumber(value, quantity.Span, [value], exact, Spelled: true));
                }
        return spelled;
    }

    /// <summary>Whether the text has a digit of any script (what <c>\d</c> matches), looked at without a regex.</summary>
    internal static bool HasDigit(string text)
    {
        var chars = text.AsSpan();
        if (chars.ContainsAnyInRange('0', '9')) return true;
        // Other scripts' digits are not ASCII: a text all of ASCII has none.
        if (!chars.ContainsAnyExceptInRange('\0', '\x7F')) return false;
        foreach (var c in chars)
            if (char.IsDigit(c)) return true;
        return false;
    }

    internal static ImmutableArray<BlockNumber>.Builder Numbers(string text)
    {
        // Most blocks hold no digit: no room for numbers, no phone search, no regex.
        if (!HasDigit(text)) return ImmutableArray.CreateBuilder<BlockNumber>(0);
        var numbers = ImmutableArray.CreateBuilder<BlockNumber>();
        var phones = NumberShapes.Phones(text);
        int nextPhone = 0;
        foreach (var match in DigitRun().EnumerateMatches(text))
        {
            // A phone number is one value, its groups together ("+39 051 123 4567"), whatever the digit runs in it.
            while (nextPhone < phones.Count && phones[nextPhone].Span.End <= match.Index) numbers.Add(phones[nextPhone++]);
            if (nextPhone < phones.Count && phones[nextPhone].Span.Start <= match.Index) continue;
            // A bracketed marker ("[4]", a footnote) numbers the text; it says nothing a translation must keep.
            if (match.Index > 0 && text[match.Index - 1] == '[' && match.Index + match.Length < text.Length && text[match.Index + match.Length] == ']') continue;
            // Digits inside a code ("D02 XY45", "A4", "x64") name something, as a word does: the code is an anchor, not a number.
            if (NumberShapes.InCode(text, match.Index) || NumberShapes.NumbersSection(text, match.Index)) continue;
            var written = text.AsSpan(match.Index, match.Length);
            // The groups of digits between separators.
            var parts = ImmutableArray.CreateBuilder<string>();
            for (int at = 0; at < written.Length;)
            {
                if (!char.IsDigit(written[at])) { at++; continue; }
                int end = at;
                while (end < written.Length && char.IsDigit(written[end])) end++;
                parts.Add(Digits(written[at..end]).TrimEnd('0'));
                at = end;
            }
            var exact = ClockHour(text, match.Index, match.Length) ?? NumberShapes.YearAbbreviated(text, match.Index, match.Length) ?? Digits(written);
            numbers.Add(new BlockNumber(exact.TrimEnd('0'), new TextSpan(match.Index, match.Length), parts.DrainToImmutable(), exact));
        }
        while (nextPhone < phones.Count) numbers.Add(phones[nextPhone++]);
        return numbers;

        // "23:00", "11pm", "11 p.m." and "alle 23" say one hour: a time on the hour is its hour of the day, as digits;
        // "5:30 pm" and "17:30" say one time, its hour of the day and its minutes.
        static string? ClockHour(string text, int index, int length)
        {
            var written = text.AsSpan(index, length);
            // Only a run with a colon can be a clock time: the others make no string for the regex.
            if (written.Contains(':') && ClockTime().Match(written.ToString()) is { Success: true } clock)
            {
                var minutes = clock.Groups["minutes"].Value;
                var of = int.Parse(clock.Groups["hour"].Value, CultureInfo.InvariantCulture);
                if (of is >= 1 and <= 12 && Afternoon(text, index + length) is { } pm) of = pm ? of % 12 + 12 : of % 12;
                else if (minutes != "00") return null;
                // As digits read without leading zeros, so "12:15 am" meets "00:15".
                return (minutes == "00" ? of : of * 100 + int.Parse(minutes, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture);
            }
            if (length > 2 || !int.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out var hour) || hour is < 1 or > 12) return null;
            return Afternoon(text, index + length) is { } afternoon ? (afternoon ? hour % 12 + 12 : hour % 12).ToString(CultureInfo.InvariantCulture) : null;
        }

        // Whether "pm" (true) or "am" (false) follows an hour at <paramref name="at"/>; null if neither does.
        static bool? Afternoon(string text, int at)
        {
            var marker = Meridiem().Match(text, at);
            return marker.Success ? char.ToLowerInvariant(marker.Groups["half"].Value[0]) == 'p' : null;
        }

        // Digits of any script read as ASCII ("৯৫" is 95), without leading zeros.
        static string Digits(ReadOnlySpan<char> written)
        {
            Span<char> ascii = written.Length <= 256 ? stackalloc char[written.Length] : new char[written.Length];
            int count = 0;
            foreach (var c in written)
                if (char.IsDigit(c)) ascii[count++] = (char)('0' + (int)char.GetNumericValue(c));
            var value = ascii[..count].TrimStart('0');
            return value.Length == 0 ? "0" : new string(value);
        }
    }

    /// <summary>A date at the precision it was written: 2026-03-03, 2026-03.</summary>
    static string DateKey(Quantity date) => date.Precision switch
    {
        DatePrecision.Day => date.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => date.Date!.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => date.Date!.Value.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The normalised targets a run has read, by the page's address and the target as written.</summary>
    sealed class LinkMemo
    {
        public readonly ConcurrentDictionary<(string Page, string Target), string> Targets = new();
        public int Count;
    }

    /// <summary>One memo per run's set of languages (an engine's), gone with it.</summary>
    static readonly ConditionalWeakTable<IReadOnlySet<string>, LinkMemo> LinkMemos = new();

    const int LinkMemoLimit = 100_000;

    /// <summary>
    /// <see cref="NormalisedLink"/>, remembered: a page's translations are read from the same address (the language is no
    /// part of it) and link the same targets, so a site's links are parsed as addresses about once, not once per language.
    /// </summary>
    internal static string Normalised(string target, Uri page, IReadOnlySet<string> languages)
    {
        var memo = LinkMemos.GetValue(languages, _ => new LinkMemo());
        var key = (page.OriginalString, target);
        if (memo.Targets.TryGetValue(key, out var known)) return known;
        var link = NormalisedLink(target, page, languages);
        // A counter, not the dictionary's Count, which takes every lock of the dictionary.
        if (Volatile.Read(ref memo.Count) < LinkMemoLimit && memo.Targets.TryAdd(key, link)) Interlocked.Increment(ref memo.Count);
        return link;
    }

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
        // A git host's file at the tip of its main branch or at one of its commits ("blob/main/x.md", "blob/514a684…/x.md", which
        // a link checker pins) is one file: the ref after "blob" or "tree" reads the same. A release tag ("tree/v0.10.0") does not.
        for (int i = 1; i < parts.Count; i++)
            if (parts[i - 1] is "blob" or "tree" && (parts[i] is "main" or "master" or "HEAD" || CommitId().IsMatch(parts[i]))) parts[i] = "@";
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

    /// <summary>Where the source text a segment was read from lies, to the end of its last line (a link's target follows the text it links).</summary>
    static (int Start, int Length) SourceOf(Text.ProseSegment segment, SourceText source)
    {
        if (segment.Text.Length == 0) return (0, 0);
        var span = segment.ToSource(new TextSpan(0, segment.Text.Length));
        if (span.End > source.Length || span.Start > span.End) return (0, 0);
        var end = source.Lines.GetLineFromPosition(span.End).End;
        return (span.Start, Math.Max(end, span.End) - span.Start);
    }
}
