using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Text;

namespace NarrativeLint.Channels.Shared.Html;

/// <summary>
/// The prose of one HTML text, in file positions: what the web reader finds in a page and the email
/// reader in a text/html part. Each block (paragraph, list item, heading, table cell) is one segment;
/// the title, the meta description and alt/title texts are segments of their own.
/// </summary>
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

    /// <summary>Tags nested deeper than this are read as text (see <see cref="HtmlMarkup.ScanDocument"/>).</summary>
    public const int MaxDepth = 256;

    public static readonly HtmlProse Empty = new([], [], null, null, null);

    /// <summary>
    /// Reads the prose of an HTML text. <paramref name="origin"/> maps the text back into the file (the
    /// identity for a page, the part's map for a decoded MIME part), so every segment and suppression is in file positions.
    /// </summary>
    /// <param name="html">The HTML (equal to <c>origin.Text</c>).</param>
    /// <param name="file">The file's text, for the line a suppression comment applies to.</param>
    public static HtmlProse Read(string html, TextOrigin origin, SourceText file, ProblemLog problems)
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

    /// <summary>The description and the declared alternates (<c>alternate:it</c> → href) as metadata properties.</summary>
    public ImmutableDictionary<string, string> Properties()
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        if (Description is not null) properties["description"] = Description;
        foreach (var (language, href) in Alternates.IsDefault ? [] : Alternates) properties[AlternatePrefix + language] = href;
        return properties.ToImmutable();
    }
}
