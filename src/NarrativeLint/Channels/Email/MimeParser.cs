using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Channels.Shared;

namespace NarrativeLint.Channels.Email;

/// <summary>
/// Splits an RFC 5322 message into its MIME structure (RFC 2045/2046): headers, then a body that is
/// either a leaf or a multipart of parts between boundary lines. Tolerant: a missing closing
/// boundary, a missing boundary parameter or a truncated part is reported once and read as far as it goes.
/// </summary>
internal static class MimeParser
{
    /// <summary>Multiparts nested deeper than this are read as opaque bodies.</summary>
    const int MaxNesting = 32;

    public static MimeEntity Parse(string text, ProblemLog problems) => ParseEntity(text, 0, text.Length, problems, 0);

    static MimeEntity ParseEntity(string text, int start, int end, ProblemLog problems, int depth)
    {
        var (headers, bodyStart) = MimeHeaderParser.Parse(text, start, end, problems);
        var type = ContentType.Parse(headers["Content-Type"]);
        var body = TextSpan.FromBounds(bodyStart, end);
        if (!type.IsMultipart) return new MimeEntity(headers, type, body, []);

        if (depth >= MaxNesting)
        {
            problems.Report(ReadProblemKind.Malformed, $"Multipart parts are nested more than {MaxNesting} levels deep; the deeper ones were not read.", body);
            return new MimeEntity(headers, type, body, []);
        }

        string? boundary = type.Boundary;
        if (string.IsNullOrEmpty(boundary))
        {
            boundary = GuessBoundary(text, bodyStart, end);
            problems.Report(ReadProblemKind.Malformed,
                boundary is null
                    ? $"The {type} part has no boundary parameter; its body was read as plain text."
                    : $"The {type} part has no boundary parameter; the parts were split at the '--{boundary}' lines.",
                headers.Find("Content-Type")?.ValueSpan ?? body);
            if (boundary is null) return new MimeEntity(headers, ContentType.Default, body, []);
        }

        var children = new List<MimeEntity>();
        int? partStart = null;
        bool closed = false;
        int position = bodyStart;
        while (position < end)
        {
            var (lineEnd, next) = Lines.Next(text, position, end);
            var delimiter = DelimiterKind(text.AsSpan(position, lineEnd - position), boundary);
            if (delimiter != Delimiter.None)
            {
                if (partStart is { } from)
                    children.Add(ParseEntity(text, from, BeforeLineBreak(text, from, position), problems, depth + 1));
                if (delimiter == Delimiter.Close) { closed = true; break; }
                partStart = next;
            }
            if (next == position) break;
            position = next;
        }

        if (!closed)
        {
            if (partStart is { } from)
            {
                children.Add(ParseEntity(text, from, end, problems, depth + 1));
                problems.Report(ReadProblemKind.Malformed, $"The {type} body ends without its closing '--{boundary}--' line; the file may be truncated.", TextSpan.FromBounds(Math.Max(bodyStart, end - 1), end));
            }
            else
            {
                problems.Report(ReadProblemKind.Malformed, $"No part of the {type} body starts with its boundary '--{boundary}'; the body was read as plain text.", body);
                return new MimeEntity(headers, ContentType.Default, body, []);
            }
        }
        return new MimeEntity(headers, type, body, children);
    }

    enum Delimiter { None, Part, Close }

    static Delimiter DelimiterKind(ReadOnlySpan<char> line, string boundary)
    {
        if (line.Length < boundary.Length + 2 || !line.StartsWith("--") || !line[2..].StartsWith(boundary, StringComparison.Ordinal)) return Delimiter.None;
        var rest = line[(boundary.Length + 2)..];
        if (rest.StartsWith("--")) return Delimiter.Close;
        return rest.IsWhiteSpace() ? Delimiter.Part : Delimiter.None;
    }

    /// <summary>The line break before a delimiter line belongs to the delimiter, not to the part.</summary>
    static int BeforeLineBreak(string text, int start, int delimiterLine)
    {
        int end = delimiterLine;
        if (end > start && text[end - 1] == '\n') end--;
        if (end > start && text[end - 1] == '\r') end--;
        return end;
    }

    /// <summary>Without a boundary parameter, the first line of the body that starts with "--" is taken as the boundary.</summary>
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
