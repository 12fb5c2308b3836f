namespace NarrativeLint.Channels.Shared;

/// <summary>Line walking that accepts CRLF, LF and lone CR alike.</summary>
internal static class Lines
{
    /// <summary>The end of the line starting at <paramref name="start"/> (before its break) and the start of the next line.</summary>
    public static (int LineEnd, int Next) Next(string text, int start, int end)
    {
        int i = start;
        while (i < end && text[i] is not ('\r' or '\n')) i++;
        if (i >= end) return (end, end);
        if (text[i] == '\r' && i + 1 < end && text[i + 1] == '\n') return (i, i + 2);
        return (i, i + 1);
    }
}
