using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Analyzers;

namespace NarrativeLint.Engine.Translations;

/// <summary>
/// Digits whose shape, not their language, says what they are, so that a translation is read as its reader writes
/// them: a phone number is one value in its country's format, digits glued to letters are a code, and "2024/25"
/// names the year 2025 as "2024/2025" does.
/// </summary>
static partial class NumberShapes
{
    /// <summary>An international number: "+", a country code, then groups split by spaces, hyphens, dots or brackets.</summary>
    [GeneratedRegex(@"(?<![\w+])\+(?<country>\d{1,3})(?:[ \-.]?\(?\d+\)?)+")]
    private static partial Regex International();

    /// <summary>A national number: three or more groups of digits split by single spaces ("0800 123 4567", "01 23 45 67 89").</summary>
    [GeneratedRegex(@"(?<![\w.,+])\d{2,5}(?: \d{2,5}){2,}(?!\w|[.,]\d)")]
    private static partial Regex National();

    /// <summary>Fewer digits than this are no phone number ("12 34 56" is three numbers).</summary>
    const int PhoneDigits = 8;

    /// <summary>
    /// The phone numbers of a text, in order, each one number of all its digits: <see cref="BlockNumber.Dialling"/> holds its
    /// country code ("+39 051 123 4567") or, for a national number, "" ("0800 123 4567").
    /// </summary>
    public static List<BlockNumber> Phones(string text)
    {
        var phones = new List<BlockNumber>();
        // Most blocks have no digits, or no "+" and no space: one look at the characters saves the regexes.
        if (!text.AsSpan().ContainsAnyInRange('0', '9') || (!text.Contains('+') && !text.Contains(' '))) return phones;
        foreach (Match match in International().Matches(text))
            Add(match, match.Groups["country"].Value);
        foreach (Match match in National().Matches(text))
        {
            // Groups of three after a first of at most three digits are a number with its thousands spaced ("1 000 000"), not a
            // phone; a leading zero ("0264 123 456") is no number's.
            var groups = match.Value.Split(' ');
            if (groups[0].Length <= 3 && groups[0][0] != '0' && groups.Skip(1).All(g => g.Length == 3)) continue;
            if (!phones.Any(p => p.Span.OverlapsWith(new TextSpan(match.Index, match.Length)))) Add(match, "");
        }
        phones.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return phones;

        void Add(Match match, string dialling)
        {
            var digits = new string([.. match.Value.Where(char.IsAsciiDigit)]);
            if (digits.Length < PhoneDigits) return;
            phones.Add(new BlockNumber(digits, new TextSpan(match.Index, match.Length), [digits], digits, Dialling: dialling));
        }
    }

    /// <summary>
    /// Whether the digit run at <paramref name="index"/> is glued to the ASCII letters before it ("D02", "XY45", "x64"),
    /// as codes and model names are; "v2" is a version, read as a number.
    /// </summary>
    public static bool InCode(string text, int index) =>
        index > 0 && char.IsAsciiLetter(text[index - 1]) && !(text[index - 1] is 'v' or 'V' && (index < 2 || !char.IsAsciiLetter(text[index - 2])));

    /// <summary>Codes of letters and digits ("D02", "XY45"), whole, as anchors: a translation copies them as written.</summary>
    public static void AddCodes(string text, HashSet<string> anchors)
    {
        for (int at = 1; at < text.Length; at++)
        {
            if (!char.IsAsciiDigit(text[at]) || !InCode(text, at)) continue;
            int start = at;
            while (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1])) start--;
            int end = at;
            while (end < text.Length && char.IsAsciiLetterOrDigit(text[end])) end++;
            anchors.Add(string.Concat("k:", text.AsSpan(start, end - start)));
            at = end;
        }
    }

    /// <summary>A section's number opening a block or a line ("2.1 We keep…", "4) Il cliente…", "3. Ce date"), before a capital.</summary>
    [GeneratedRegex(@"^\s*\d{1,2}(?:\.\d{1,2})*(?:[.)]|(?<=\d\.\d{1,2}))\s+\p{Lu}")]
    private static partial Regex SectionNumber();

    /// <summary>
    /// Whether the digit run at <paramref name="index"/> numbers the section the block opens, or a line of it (a text
    /// file's numbered list is one paragraph): a translation that leaves a section or an item out numbers the next one
    /// again, and says nothing different in it.
    /// </summary>
    public static bool NumbersSection(string text, int index)
    {
        var line = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        return index - line < 4 && text.AsSpan(line, index - line).IsWhiteSpace() && SectionNumber().IsMatch(text.AsSpan(line));
    }

    /// <summary>
    /// A year's last two digits after a year and a slash or dash ("2024/25", "2024–25"): the whole year ("2025"),
    /// as "2024/2025" writes it; null for any other digits.
    /// </summary>
    public static string? YearAbbreviated(string text, int index, int length)
    {
        if (length != 2 || index < 5 || text[index - 1] is not ('/' or '-' or '–')) return null;
        var year = text.AsSpan(index - 5, 4);
        if ((index > 5 && char.IsDigit(text[index - 6])) || !int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var first)
            || first is < 1900 or > 2099) return null;
        var last = int.Parse(text.AsSpan(index, 2), System.Globalization.CultureInfo.InvariantCulture);
        var whole = first / 100 * 100 + last;
        return whole == first + 1 ? whole.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
