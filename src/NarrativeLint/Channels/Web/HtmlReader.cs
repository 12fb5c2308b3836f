using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Channels.Shared;
using NarrativeLint.Channels.Shared.Html;

namespace NarrativeLint.Channels.Web;

/// <summary>
/// Reads web pages (.html, .htm): the visible prose of the page (see <see cref="HtmlProse"/>), in the
/// charset the page declares. Scripts, styles, code and hidden content are not prose. No external
/// resource is ever loaded.
/// </summary>
public sealed partial class HtmlReader : ChannelReader
{
    /// <summary>Pages larger than this are reported, not read.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    public override string DefaultChannel => "web";

    /// <summary>A page is read in the charset its BOM or meta tag declares, and reports bad bytes itself.</summary>
    public override bool DecodesItself => true;

    public override bool CanRead(ContentFile file) => file.Extension is ".html" or ".htm" or ".xhtml";

    public override ContentDocument Read(ContentFile file)
    {
        if (file.Bytes.Length > MaxBytes)
            return ContentDocument.Failed(file.Path, ReadProblemKind.TooLarge, $"The page is {file.Bytes.Length / 1024 / 1024} MB; pages over {MaxBytes / 1024 / 1024} MB are not read.");
        if (TextDecoding.LooksBinary(file.Bytes))
            return ContentDocument.Failed(file.Path, ReadProblemKind.Unreadable, "The file is binary, not an HTML page.");
        var problems = new ProblemLog();
        string text = Decode(file.Bytes, problems);
        var source = SourceText.From(text);
        HtmlProse prose;
        try
        {
            prose = HtmlProse.Read(text, TextOrigin.Identity(text), source, problems);
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
                Language = prose.Language,
                Title = prose.Title,
                Properties = prose.Properties(),
            },
            Segments = prose.Segments,
            Suppressions = prose.Suppressions,
            Problems = problems.ToArray(),
        };
    }

    // <meta charset="…"> and <meta http-equiv="Content-Type" content="text/html; charset=…"> alike.
    [GeneratedRegex(@"<meta\b[^>]*?\bcharset\s*=\s*[""']?\s*(?<label>[A-Za-z0-9_:.-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeclaredCharset();

    /// <summary>
    /// As browsers decode: a BOM, then the charset a meta tag declares, then UTF-8, then Windows-1252.
    /// Bytes the chosen charset cannot read are reported here, since the engine leaves decoding to this reader.
    /// </summary>
    static string Decode(byte[] bytes, ProblemLog problems)
    {
        if (TextDecoding.DecodeByBom(bytes) is { } marked) return marked;
        int? invalid = TextDecoding.FirstInvalidUtf8Byte(bytes);
        // Labels are ASCII: Latin-1 reads every byte as one character, whatever the page's charset.
        var label = DeclaredCharset().Match(Encoding.Latin1.GetString(bytes)) is { Success: true } match ? match.Groups["label"].Value : null;
        bool known = Charsets.TryGet(label, out var declared);
        // A meta tag that could be read in ASCII cannot be UTF-16 or UTF-32: browsers read such a page as UTF-8.
        if (known && declared.CodePage is 1200 or 1201 or 12000 or 12001) declared = Charsets.Utf8;
        if (known && (declared != Charsets.Utf8 || invalid is null)) return declared.GetString(bytes);

        var fallback = known || invalid is null ? Charsets.Utf8 : Charsets.Windows1252;
        string text = fallback.GetString(bytes);
        string? problem = (label, known) switch
        {
            (null, _) when invalid is null => null,
            (null, _) => $"The page declares no charset and is not valid UTF-8 (first bad byte at offset {invalid}); it was read as Windows-1252, as browsers do.",
            (_, true) => $"The page declares the charset '{label}' but is not valid UTF-8 (first bad byte at offset {invalid}); bad bytes were read as U+FFFD.",
            _ => $"The page declares the charset '{label}', which is unknown; it was read as {(invalid is null ? "UTF-8" : "Windows-1252")}.",
        };
        if (problem is not null) problems.Report(ReadProblemKind.Malformed, problem, DeclarationIn(text));
        return text;
    }

    static TextSpan DeclarationIn(string text) =>
        DeclaredCharset().Match(text) is { Success: true } match ? new TextSpan(match.Groups["label"].Index, match.Groups["label"].Length) : default;
}
