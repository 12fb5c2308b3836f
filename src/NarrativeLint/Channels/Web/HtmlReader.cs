using System.Collections.Immutable;
using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Channels.Email;
using NarrativeLint.Text;

namespace NarrativeLint.Channels.Web;

/// <summary>
/// Reads web pages (.html, .htm): the visible prose of the page, each block (paragraph, list item,
/// heading, table cell) one segment mapped to its exact source span, plus the title, the meta
/// description and the alt/title texts of elements. Scripts, styles, code and hidden content are
/// not prose. No external resource is ever loaded.
/// </summary>
public sealed class HtmlReader : ChannelReader
{
    /// <summary>Pages larger than this are reported, not read.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>Tags nested deeper than this are read as text (see <see cref="HtmlMarkup.ScanDocument"/>).</summary>
    internal const int MaxDepth = 256;

    public override string DefaultChannel => "web";

    public override bool CanRead(ContentFile file) => file.Extension is ".html" or ".htm" or ".xhtml";

    public override ContentDocument Read(ContentFile file)
    {
        if (file.Bytes.Length > MaxBytes)
            return ContentDocument.Failed(file.Path, ReadProblemKind.TooLarge, $"The page is {file.Bytes.Length / 1024 / 1024} MB; pages over {MaxBytes / 1024 / 1024} MB are not read.");
        if (LooksBinary(file.Bytes))
            return ContentDocument.Failed(file.Path, ReadProblemKind.Unreadable, "The file is binary, not an HTML page.");
        string text = Decode(file.Bytes);
        var source = SourceText.From(text);
        var problems = new ProblemLog();
        HtmlProse prose;
        try
        {
            prose = ReadHtml(text, TextOrigin.Identity(text), source, problems);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A safety net: the page still yields a document, and the run goes on.
            problems.Report(ReadProblemKind.Malformed, $"The page could not be parsed: {e.Message}");
            prose = HtmlProse.Empty;
        }
        return new ContentDocument
        {
            Path = file.Path,
            Source = source,
            Metadata = new ContentMetadata
            {
                Channel = DefaultChannel,
                Language = prose.Language,
                Title = prose.Title,
                Properties = prose.Properties(),
            },
            Segments = prose.Segments,
            Suppressions = prose.Suppressions,
            Problems = problems.ToArray(),
        };
    }

    /// <summary>
    /// Reads the prose of an HTML text. The email reader uses this for text/html parts:
    /// <paramref name="origin"/> then maps the decoded part back into the .eml file, so every
    /// segment and suppression it returns is in file positions.
    /// </summary>
    /// <param name="html">The HTML (equal to <c>origin.Text</c>).</param>
    /// <param name="file">The file's text, for the line a suppression comment applies to.</param>
    internal static HtmlProse ReadHtml(string html, TextOrigin origin, SourceText file, ProblemLog problems)
    {
        var scan = HtmlMarkup.ScanDocument(html, MaxDepth);
        if (scan.FirstTooDeep is { } deep)
            problems.Report(ReadProblemKind.Malformed, $"The HTML nests elements more than {MaxDepth} levels deep; the deeper tags were ignored.", origin.ToFile(deep));

        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(scan.Parsable);
        var walker = new HtmlProseWalker(scan.Parsable, origin);
        walker.Walk(document);

        var suppressions = ImmutableArray.CreateBuilder<Suppression>();
        foreach (var comment in scan.Comments)
        {
            if (!comment.Body.Contains("narrativelint", StringComparison.OrdinalIgnoreCase)) continue;
            if (SuppressionComment.TryParse(comment.Body, origin.ToFile(comment.Span), file) is { } suppression)
                suppressions.Add(suppression);
        }

        string? language = document.DocumentElement?.GetAttribute("lang")?.Trim();
        // <link rel="alternate" hreflang="it" href="…">: the page declares its translations, which pairing reads.
        var alternates = document.QuerySelectorAll("link[rel~=alternate][hreflang][href]")
            .Select(l => (Language: l.GetAttribute("hreflang")!.Trim(), Href: l.GetAttribute("href")!.Trim()))
            .Where(a => a.Language.Length > 0 && a.Href.Length > 0 && !a.Language.Equals("x-default", StringComparison.OrdinalIgnoreCase))
            .DistinctBy(a => a.Language, StringComparer.OrdinalIgnoreCase)
            .ToImmutableArray();
        return new HtmlProse(
            [.. walker.Segments],
            suppressions.ToImmutable(),
            string.IsNullOrEmpty(language) ? null : language,
            walker.Title,
            walker.Description,
            alternates);
    }

    /// <summary>UTF-8 (or the UTF-16 a BOM announces); a page that is not valid UTF-8 is read in the charset its meta tag names, else Windows-1252, as browsers do.</summary>
    static string Decode(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..]) return new UTF8Encoding(false, false).GetString(bytes, 3, bytes.Length - 3);
        if (bytes is [0xFF, 0xFE, ..]) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes is [0xFE, 0xFF, ..]) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            string latin = Encoding.Latin1.GetString(bytes);
            var declared = System.Text.RegularExpressions.Regex.Match(latin, @"<meta[^>]+charset\s*=\s*[""']?([A-Za-z0-9_:.-]+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
            var encoding = declared.Success && Charsets.TryGet(declared.Groups[1].Value, out var named) ? named : Charsets.Windows1252;
            return encoding.GetString(bytes);
        }
    }

    static bool LooksBinary(byte[] bytes)
    {
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..]) return false;
        return bytes.AsSpan(0, Math.Min(bytes.Length, 8192)).Contains((byte)0);
    }
}

/// <summary>The prose of one HTML text, in file positions.</summary>
internal sealed record HtmlProse(
    ImmutableArray<ProseSegment> Segments,
    ImmutableArray<Suppression> Suppressions,
    string? Language,
    string? Title,
    string? Description,
    ImmutableArray<(string Language, string Href)> Alternates = default)
{
    /// <summary>The key under which a page's declared translation into a language is kept in its metadata properties.</summary>
    public const string AlternatePrefix = "alternate:";

    public static readonly HtmlProse Empty = new([], [], null, null, null);

    /// <summary>The description and the declared alternates (<c>alternate:it</c> → href) as metadata properties.</summary>
    public ImmutableDictionary<string, string> Properties()
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        if (Description is not null) properties["description"] = Description;
        foreach (var (language, href) in Alternates.IsDefault ? [] : Alternates) properties[AlternatePrefix + language] = href;
        return properties.ToImmutable();
    }
}
