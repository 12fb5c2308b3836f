using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Channels.Shared;
using NarrativeLint.Channels.Shared.Html;
using NarrativeLint.Text;

namespace NarrativeLint.Channels.Email;

/// <summary>
/// Reads email (.eml) with our own RFC 5322 / MIME reader. Prose: the Subject, each text/plain part
/// (one segment per paragraph) and each text/html part (through the HTML reader). Positions are in
/// the .eml file as written, however the part was encoded: see <see cref="PartDecoder"/> for the
/// mapping rules. Metadata: sender, subject, date, language, whether the mail is marketing, and
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
        var root = MimeParser.Parse(text.Text, problems);
        var headers = root.Headers;
        string? subject = headers.Find("Subject") is { } s ? EncodedWords.Decode(s.Value) : null;
        message.Metadata = MetadataOf(headers, subject);

        if (headers.Find("Subject") is { } subjectHeader && SubjectSegment(text.Text, subjectHeader) is { } subjectSegment)
        {
            message.Segments.Add(subjectSegment);
            message.Places.Add((subjectHeader.ValueSpan, "Subject header"));
        }

        string? htmlLanguage = null;
        int partNumber = 0;
        foreach (var part in Prose(root))
        {
            partNumber++;
            var decoded = PartDecoder.Decode(part, text, problems);
            message.Places.Add((part.Body, $"{part.ContentType} part {partNumber}"));
            if (part.ContentType.SubType == "html")
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

    /// <summary>
    /// The parts that are the message's text: text/plain and text/html leaves that are not attachments.
    /// Both alternatives of a multipart/alternative are read: either may state something the other does not.
    /// Attachments and forwarded messages (message/rfc822) are not the sender's prose.
    /// </summary>
    static IEnumerable<MimeEntity> Prose(MimeEntity root) =>
        root.Descendants().Where(part =>
            part.Children.Count == 0 && !part.ContentType.IsMultipart && part.ContentType.MediaType == "text"
            && part.ContentType.SubType is "plain" or "html" && !part.IsAttachment);

    static ProseSegment? SubjectSegment(string text, MimeHeader subject)
    {
        var writer = new ProseWriter(TextOrigin.Identity(text));
        string raw = text.Substring(subject.ValueSpan.Start, subject.ValueSpan.Length);
        foreach (var piece in EncodedWords.Split(raw))
        {
            var span = new TextSpan(subject.ValueSpan.Start + piece.Span.Start, piece.Span.Length);
            if (piece.Decoded is { } decoded) { writer.Decoded(decoded, span); continue; }
            for (int i = span.Start; i < span.End; i++) writer.Verbatim(text[i], i); // folding breaks collapse to one space
        }
        return writer.Build(SegmentKind.Subject);
    }

    static ContentMetadata MetadataOf(MimeHeaderList headers, string? subject)
    {
        bool unsubscribe = headers.Has("List-Unsubscribe");
        string? precedence = headers["Precedence"]?.ToLowerInvariant();
        bool bulk = unsubscribe || precedence is "bulk" or "list" || headers.Has("X-Campaign-ID") || headers.Has("X-Campaign");
        bool reply = headers.Has("In-Reply-To") || headers.Has("References");

        var properties = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers.All)
        {
            string value = EncodedWords.Decode(header.Value);
            properties[header.Name] = properties.TryGetValue(header.Name, out var earlier) ? earlier + "\n" + value : value;
        }

        string? language = headers["Content-Language"]?.Split(',')[0].Trim();
        return new ContentMetadata
        {
            Title = subject,
            Date = EmailDate.Parse(headers["Date"]),
            Language = string.IsNullOrEmpty(language) ? null : language,
            Email = new EmailFacts
            {
                Sender = headers.Find("From") is { } from ? EncodedWords.Decode(from.Value) : null,
                Marketing = bulk ? true : reply ? false : null,
                HasUnsubscribeHeader = unsubscribe,
            },
            Properties = properties.ToImmutable(),
        };
    }
}
