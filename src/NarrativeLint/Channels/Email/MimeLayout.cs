using System.Text;
using Microsoft.CodeAnalysis.Text;
using MimeKit;
using NarrativeLint.Channels.Shared;

namespace NarrativeLint.Channels.Email;

/// <summary>A text part of the message, located in the file: what <see cref="PartDecoder"/> decodes.</summary>
/// <param name="Body">The part's body in the file (as characters of <see cref="EmailText.Text"/>).</param>
/// <param name="TypeSpan">Where its Content-Type value is, for problems about the type or charset.</param>
internal sealed record TextBody(string MediaType, string? Charset, ContentEncoding Transfer, TextSpan Body, TextSpan TypeSpan)
{
    public bool IsHtml => MediaType == "text/html";
    public override string ToString() => MediaType;
}

/// <summary>
/// The MIME structure of a message as MimeKit parses it (RFC 5322 headers, RFC 2045/2046 parts, RFC 2047
/// and 2231 in header values), located in the file: MimeKit reports each entity's byte offsets, and each
/// header's raw bytes, so every header value and part body gets its span in the .eml text. What MimeKit
/// is lenient about without saying (a truncated multipart, a missing or absent boundary, nesting past
/// the limit) is reported here, once, as the first problem of the file.
/// </summary>
internal sealed class MimeLayout
{
    /// <summary>Multiparts nested deeper than this are not read.</summary>
    const int MaxNesting = 32;

    static readonly ParserOptions Options = new() { MaxMimeDepth = MaxNesting };

    readonly EmailText _file;
    readonly ProblemLog _problems;

    MimeLayout(EmailText file, ProblemLog problems) => (_file, _problems) = (file, problems);

    /// <summary>The message's own headers (not its parts'), as MimeKit decoded them.</summary>
    public HeaderList Headers { get; private set; } = [];

    /// <summary>The raw Subject value in the file, from after the colon to the end of its last folded line.</summary>
    public TextSpan? Subject { get; private set; }

    /// <summary>The text/plain and text/html parts that are the sender's prose, in file order.</summary>
    public List<TextBody> Prose { get; } = [];

    public static MimeLayout Read(EmailText file, ProblemLog problems)
    {
        var layout = new MimeLayout(file, problems);
        int start = HeaderStart(file.Bytes);
        if (layout.Parse(file.Bytes, start, file.Bytes.Length - start, shift: start) is not { } root) return layout;
        layout.Headers = root.Entity.Headers;
        layout.Subject = layout.Locate(root, HeaderId.Subject);
        layout.Walk(root.Entity, root.Offsets, 0);
        return layout;
    }

    /// <summary>Past a UTF-8 byte order mark and an mbox <c>From </c> separator line, which are not headers.</summary>
    static int HeaderStart(byte[] bytes)
    {
        int start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        if (!bytes.AsSpan(start).StartsWith("From "u8)) return start;
        int lineEnd = bytes.AsSpan(start).IndexOf((byte)'\n');
        return lineEnd < 0 ? bytes.Length : start + lineEnd + 1;
    }

    /// <summary>Byte offsets MimeKit reported for an entity, in the file.</summary>
    readonly record struct Offsets(long Begin, long HeadersEnd, long End);

    sealed record Parsed(MimeEntity Entity, Dictionary<MimeEntity, Offsets> Offsets);

    /// <summary>
    /// Parses <paramref name="count"/> bytes of <paramref name="buffer"/> from <paramref name="index"/> as one entity;
    /// a stream offset plus <paramref name="shift"/> is a byte offset in the file.
    /// </summary>
    Parsed? Parse(byte[] buffer, int index, int count, long shift)
    {
        var offsets = new Dictionary<MimeEntity, Offsets>(ReferenceEqualityComparer.Instance);
        var parser = new MimeParser(Options, new MemoryStream(buffer, index, count, writable: false), MimeFormat.Entity, persistent: true);
        parser.MimeEntityEnd += (_, e) => offsets[e.Entity] = new Offsets(e.BeginOffset + shift, e.HeadersEndOffset + shift, e.EndOffset + shift);
        try
        {
            return new Parsed(parser.ParseEntity(), offsets);
        }
        catch (FormatException e)
        {
            // No header block at all: the whole text is the body.
            var whole = _file.SpanOf(shift, shift + count);
            _problems.Report(ReadProblemKind.Malformed, $"The message does not start with header fields ({e.Message}); it was read as plain text.", new TextSpan(whole.Start, 0));
            Prose.Add(new TextBody("text/plain", null, ContentEncoding.Default, whole, default));
            return null;
        }
    }

    void Walk(MimeEntity entity, Dictionary<MimeEntity, Offsets> offsets, int depth)
    {
        if (!offsets.TryGetValue(entity, out var at)) return;
        var body = _file.SpanOf(at.HeadersEnd, at.End);
        switch (entity)
        {
            case Multipart { Count: > 0 } multipart:
                foreach (var child in multipart) Walk(child, offsets, depth + 1);
                if (multipart.Boundary is { } boundary && !HasClosingLine(boundary, at))
                    _problems.Report(ReadProblemKind.Malformed, $"The {entity.ContentType.MimeType} body ends without its closing '--{multipart.Boundary}--' line; the file may be truncated.", TextSpan.FromBounds(Math.Max(body.Start, body.End - 1), body.End));
                break;
            case Multipart multipart:
                ReadUnsplit(multipart, at, body, depth);
                break;
            case MimePart part when part.ContentType.MediaType.Equals("multipart", StringComparison.OrdinalIgnoreCase):
                // MimeKit stops recursing at MaxMimeDepth and hands the rest over as one opaque part.
                _problems.Report(ReadProblemKind.Malformed, $"Multipart parts are nested more than {MaxNesting} levels deep; the deeper ones were not read.", body);
                break;
            case TextPart text when (text.IsPlain || text.IsHtml) && !text.IsAttachment:
                Prose.Add(new TextBody(text.ContentType.MimeType.ToLowerInvariant(), text.ContentType.Charset, text.ContentTransferEncoding, body, LocateType(entity, at)));
                break;
            // Attachments, non-text parts and forwarded messages (message/rfc822) are not the sender's prose.
        }
    }

    /// <summary>
    /// A multipart MimeKit found no parts in: without a boundary parameter, its first <c>--line</c> is taken as the
    /// boundary and the body parsed again with it; otherwise the body is read as plain text.
    /// </summary>
    void ReadUnsplit(Multipart multipart, Offsets at, TextSpan body, int depth)
    {
        string type = multipart.ContentType.MimeType;
        var typeSpan = LocateType(multipart, at);
        if (string.IsNullOrEmpty(multipart.Boundary))
        {
            var guess = depth < MaxNesting ? GuessBoundary(_file.Text, body.Start, body.End) : null;
            _problems.Report(ReadProblemKind.Malformed,
                guess is null
                    ? $"The {type} part has no boundary parameter; its body was read as plain text."
                    : $"The {type} part has no boundary parameter; the parts were split at the '--{guess}' lines.",
                typeSpan.IsEmpty ? body : typeSpan);
            if (guess is not null && ParseWithBoundary(guess, at) is { } split)
            {
                Walk(split.Entity, split.Offsets, depth);
                return;
            }
        }
        else
        {
            _problems.Report(ReadProblemKind.Malformed, $"No part of the {type} body starts with its boundary '--{multipart.Boundary}'; the body was read as plain text.", body);
        }
        Prose.Add(new TextBody("text/plain", null, ContentEncoding.Default, body, typeSpan));
    }

    /// <summary>The body of <paramref name="at"/> parsed as a multipart with <paramref name="boundary"/>; offsets still lead into the file.</summary>
    Parsed? ParseWithBoundary(string boundary, Offsets at)
    {
        var header = Encoding.UTF8.GetBytes($"Content-Type: multipart/mixed; boundary=\"{boundary.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"\r\n\r\n");
        int bodyStart = (int)at.HeadersEnd, bodyLength = (int)(at.End - at.HeadersEnd);
        var buffer = new byte[header.Length + bodyLength];
        header.CopyTo(buffer, 0);
        Array.Copy(_file.Bytes, bodyStart, buffer, header.Length, bodyLength);
        return Parse(buffer, 0, buffer.Length, shift: bodyStart - header.Length);
    }

    bool HasClosingLine(string boundary, Offsets at)
    {
        var closing = Encoding.UTF8.GetBytes("--" + boundary + "--");
        return _file.Bytes.AsSpan((int)at.HeadersEnd, (int)(at.End - at.HeadersEnd)).IndexOf(closing) >= 0;
    }

    TextSpan LocateType(MimeEntity entity, Offsets at) => LocateIn(entity.Headers, at, HeaderId.ContentType) ?? default;

    TextSpan? Locate(Parsed parsed, HeaderId id) =>
        parsed.Offsets.TryGetValue(parsed.Entity, out var at) ? LocateIn(parsed.Entity.Headers, at, id) : null;

    /// <summary>
    /// Where the first <paramref name="id"/> header's raw value is. Header fields follow each other from the entity's
    /// first byte, each as its raw name, a colon and its raw value (folding and line break included).
    /// </summary>
    TextSpan? LocateIn(HeaderList headers, Offsets at, HeaderId id)
    {
        long position = at.Begin;
        var bytes = _file.Bytes;
        foreach (var header in headers)
        {
            long valueStart = position + header.RawField.Length;
            if (valueStart < bytes.Length && bytes[valueStart] == ':') valueStart++;
            long next = valueStart + header.RawValue.Length;
            if (next > at.HeadersEnd) return null;
            if (header.Id == id)
            {
                long valueEnd = next;
                while (valueEnd > valueStart && bytes[valueEnd - 1] is (byte)'\r' or (byte)'\n') valueEnd--;
                return _file.SpanOf(valueStart, valueEnd);
            }
            position = next;
        }
        return null;
    }

    /// <summary>The first line of the body that starts with "--" (and is not a closing line) names the boundary.</summary>
    static string? GuessBoundary(string text, int start, int end)
    {
        int position = start;
        while (position < end)
        {
            var (lineEnd, next) = Lines.Next(text, position, end);
            var line = text.AsSpan(position, lineEnd - position).TrimEnd();
            if (line.Length > 2 && line.StartsWith("--") && !line.EndsWith("--")) return line[2..].ToString();
            if (next == position) break;
            position = next;
        }
        return null;
    }
}
