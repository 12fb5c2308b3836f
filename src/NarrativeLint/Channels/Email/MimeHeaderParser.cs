using System.Text;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Channels.Shared;

namespace NarrativeLint.Channels.Email;

/// <summary>Reads an RFC 5322 header block: one field per line, continued on lines that start with whitespace, ended by an empty line.</summary>
internal static class MimeHeaderParser
{
    /// <summary>Parses the header block in <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>).</summary>
    /// <returns>The fields and where the body starts (after the empty line; <paramref name="end"/> when there is none).</returns>
    public static (MimeHeaderList Headers, int BodyStart) Parse(string text, int start, int end, ProblemLog problems)
    {
        var headers = new List<MimeHeader>();
        string? name = null;
        int valueStart = 0, valueEnd = 0;
        int position = start;
        if (position < end && text[position] == '\uFEFF') position++;

        void Complete()
        {
            if (name is null) return;
            headers.Add(new MimeHeader(name, Unfold(text, valueStart, valueEnd), TextSpan.FromBounds(valueStart, valueEnd)));
            name = null;
        }

        bool first = true;
        while (position < end)
        {
            var (lineEnd, next) = Lines.Next(text, position, end);
            if (lineEnd == position)
            {
                Complete();
                return (new MimeHeaderList(headers), next);
            }
            char c = text[position];
            if (c is ' ' or '\t')
            {
                if (name is not null) valueEnd = lineEnd;
            }
            else if (first && text.AsSpan(position, lineEnd - position).StartsWith("From "))
            {
                // An mbox separator line before the headers.
            }
            else
            {
                int colon = text.IndexOf(':', position, lineEnd - position);
                if (colon <= position || !IsFieldName(text.AsSpan(position, colon - position)))
                {
                    // Not a header: the block ended without its empty line. Read the rest as the body.
                    Complete();
                    problems.Report(ReadProblemKind.Malformed, "A header line has no field name; the headers end without the blank line that should follow them.", TextSpan.FromBounds(position, lineEnd));
                    return (new MimeHeaderList(headers), position);
                }
                Complete();
                name = text[position..colon].Trim();
                valueStart = colon + 1;
                valueEnd = lineEnd;
            }
            first = false;
            position = next;
        }
        Complete();
        return (new MimeHeaderList(headers), end);
    }

    /// <summary>Removes folding: each line break inside the value goes, the whitespace after it stays.</summary>
    static string Unfold(string text, int start, int end)
    {
        var value = new StringBuilder(end - start);
        for (int i = start; i < end; i++)
            if (text[i] is not ('\r' or '\n')) value.Append(text[i]);
        return value.ToString().Trim();
    }

    static bool IsFieldName(ReadOnlySpan<char> name)
    {
        foreach (char c in name.TrimEnd())
            if (c is <= ' ' or > '~') return false;
        return name.Trim().Length > 0;
    }
}
