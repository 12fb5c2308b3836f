using System.Text.RegularExpressions;

namespace NarrativeLint.Channels.Email;

/// <summary>RFC 5322 dates: <c>Mon, 03 Feb 2025 09:00:00 +0000</c>; the day is the one written, in the sender's zone.</summary>
internal static partial class EmailDate
{
    [GeneratedRegex(@"(?<day>\d{1,2})\s+(?<month>[A-Za-z]{3})[a-z]*\.?\s+(?<year>\d{2,4})", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var match = Pattern().Match(value);
        if (!match.Success) return null;
        int month = Array.IndexOf(Months, match.Groups["month"].Value.ToLowerInvariant()) + 1;
        int day = int.Parse(match.Groups["day"].Value);
        int year = int.Parse(match.Groups["year"].Value);
        // Obsolete two- and three-digit years (RFC 5322 4.3).
        if (match.Groups["year"].Value.Length == 2) year += year < 50 ? 2000 : 1900;
        else if (match.Groups["year"].Value.Length == 3) year += 1900;
        if (month == 0 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }
}
