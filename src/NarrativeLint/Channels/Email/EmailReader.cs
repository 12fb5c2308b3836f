using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using MimeKit;
using MimeKit.Utils;
using NarrativeLint.Channels.Shared;
using NarrativeLint.Channels.Shared.Html;
using NarrativeLint.Text;

namespace NarrativeLint.Channels.Email;

/// <summary>
/// Reads email (.eml): MimeKit parses the structure and headers (<see cref="MimeLayout"/>). Prose: the Subject,
/// each text/plain part (one segment per paragraph) and each text/html part (as a web page's prose). Positions are in
/// the .eml file as written, however the part was encoded: see <see cref="PartDecoder"/> for the
/// mapping rules. Metadata: subject, date, language, the <see cref="EmailFacts"/> the marketing rules use, and
/// every top-level header as a property.
/// </summary>
public sealed class EmailReader : ChannelReader
{
    /// <summary>Messages larger than this are reported, not read.</summary>
    public const int MaxBytes = 25 * 1024 * 1024;

    public override string DefaultChannel => "email";

    /// <summary>Each part is read in the charset its Content-Type names; the .eml file itself need not be UTF-8.</summary>
    public override bool DecodesItself => true;

    public override bool CanRead(ContentFile file) => file.Extension == ".eml";

    public override ContentDocument Read(ContentFile file)
    {
        if (file.Bytes.Length > MaxBytes)
            return ContentDocument.Failed(file.Path, ReadProblemKind.TooLarge, $"The message is {file.Bytes.Length / 1024 / 1024} MB; messages over {MaxBytes / 1024 / 1024} MB are not read.");
        var text = EmailText.FromBytes(file.Bytes);
        var source = SourceText.From(text.Text);
        var problems = new ProblemLog();
        var message = new EmailContent();
        try
        {
            Read(text, source, problems, message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A safety net: whatever was read so far is kept, and the run goes on.
            problems.Report(ReadProblemKind.Malformed, $"The message could not be read completely: {e.Message}");
        }
        return new ContentDocument
        {
            Path = file.Path,
            Source = source,
            Metadata = message.Metadata ?? new ContentMetadata(),
            Segments = [.. message.Segments],
            Suppressions = [.. message.Suppressions],
            Problems = problems.ToArray(),
            DescribePosition = message.Describe,
        };
    }

    /// <summary>What reading produced so far; kept when something fails half-way.</summary>
    sealed class EmailContent
    {
        public ContentMetadata? Metadata;
        public readonly List<ProseSegment> Segments = [];
        public readonly List<Suppression> Suppressions = [];
        public readonly List<(TextSpan Span, string Description)> Places = [];

        public string? Describe(int position)
        {
            foreach (var (span, description) in Places)
                if (span.Start <= position && position < span.End) return description;
            return null;
        }
    }

    static void Read(EmailText text, SourceText source, ProblemLog problems, EmailContent message)
    {
        var layout = MimeLayout.Read(text, problems);
        message.Metadata = MetadataOf(layout.Headers, problems);

        if (layout.Subject is { } subject && SubjectSegment(text.Text, subject) is { } subjectSegment)
        {
            message.Segments.Add(subjectSegment);
            message.Places.Add((subject, "Subject header"));
        }

        string? htmlLanguage = null;
        int partNumber = 0;
        foreach (var part in layout.Prose)
        {
            partNumber++;
            var decoded = PartDecoder.Decode(part, text, problems);
            message.Places.Add((part.Body, $"{part} part {partNumber}"));
            if (part.IsHtml)
            {
                var html = HtmlProse.Read(decoded.Text, decoded.Origin, source, problems);
                message.Segments.AddRange(html.Segments);
                message.Suppressions.AddRange(html.Suppressions);
                htmlLanguage ??= html.Language;
            }
            else
            {
                message.Segments.AddRange(PlainTextParagraphs.Read(decoded));
            }
        }
        if (message.Metadata.Language is null && htmlLanguage is not null)
            message.Metadata = message.Metadata with { Language = htmlLanguage };
    }

    /// <summary>The Subject's encoded words decoded, each mapped onto its word; the rest of the value verbatim.</summary>
    static ProseSegment? SubjectSegment(string text, TextSpan value)
    {
        var writer = new ProseWriter(TextOrigin.Identity(text));
        foreach (var piece in EncodedWords.Split(text.Substring(value.Start, value.Length)))
        {
            var span = new TextSpan(value.Start + piece.Span.Start, piece.Span.Length);
            if (piece.Decoded is { } decoded) { writer.Decoded(decoded, span); continue; }
            for (int i = span.Start; i < span.End; i++) writer.Verbatim(text[i], i); // folding breaks collapse to one space
        }
        return writer.Build(SegmentKind.Subject);
    }

    static ContentMetadata MetadataOf(HeaderList headers, ProblemLog problems)
    {
        bool unsubscribe = headers.Contains("List-Unsubscribe");
        string? precedence = headers["Precedence"]?.Trim().ToLowerInvariant();
        bool bulk = unsubscribe || precedence is "bulk" or "list" || headers.Contains("X-Campaign-ID") || headers.Contains("X-Campaign");
        bool reply = headers.Contains("In-Reply-To") || headers.Contains("References");

        var properties = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers)
        {
            if (!IsFieldName(header.Field))
            {
                // MimeKit keeps a line without a colon as a nameless field; the header block is broken there.
                problems.Report(ReadProblemKind.Malformed, "A header line has no field name; the headers should end with a blank line before the body.");
                continue;
            }
            string value = header.Value.Trim();
            properties[header.Field] = properties.TryGetValue(header.Field, out var earlier) ? earlier + "\n" + value : value;
        }

        string? language = headers["Content-Language"]?.Split(',')[0].Trim();
        return new ContentMetadata
        {
            Title = headers["Subject"]?.Trim(),
            // The day as written, in the sender's zone.
            Date = DateUtils.TryParse(headers["Date"] ?? "", out var date) ? DateOnly.FromDateTime(date.DateTime) : null,
            Language = string.IsNullOrEmpty(language) ? null : language,
            Email = new EmailFacts
            {
                Sender = headers["From"]?.Trim(),
                Marketing = bulk ? true : reply ? false : null,
                HasUnsubscribeHeader = unsubscribe,
            },
            Properties = properties.ToImmutable(),
        };
    }

    static bool IsFieldName(string name) => name.Length > 0 && name.All(c => c is > ' ' and <= '~');
}
