using System.Globalization;

namespace NarrativeLint.Language;

/// <summary>
/// How a language writes digits: its decimal and group separators ("2,300" / "3.4" in English,
/// "5.200" / "3,6" in Italian and Romanian). A group separator groups only when exactly three digits follow.
/// </summary>
internal sealed class NumeralFormat(char decimalSeparator, char groupSeparator, bool groupAsDecimal)
{
    public char DecimalSeparator { get; } = decimalSeparator;
    public char GroupSeparator { get; } = groupSeparator;

    /// <summary>Whether a group separator not followed by three digits still reads as a decimal point ("99.95" in Italian).</summary>
    public bool GroupAsDecimal { get; } = groupAsDecimal;

    /// <summary>The end of the number run starting at <paramref name="start"/> (a digit), within <paramref name="end"/>.</summary>
    public int ScanNumber(string text, int start, int end)
    {
        var p = start;
        while (p < end && char.IsAsciiDigit(text[p])) p++;
        while (p < end)
        {
            var c = text[p];
            if (c == GroupSeparator && IsGroup(text, p, end))
            {
                p += 4;
                continue;
            }
            if ((c == DecimalSeparator || (GroupAsDecimal && c == GroupSeparator)) && p + 1 < end && char.IsAsciiDigit(text[p + 1]))
            {
                p++;
                while (p < end && char.IsAsciiDigit(text[p])) p++;
            }
            break;
        }
        return p;
    }

    /// <summary>Exactly three digits after the separator at <paramref name="p"/>, then no further digit.</summary>
    static bool IsGroup(string text, int p, int end)
    {
        for (var k = 1; k <= 3; k++)
            if (p + k >= end || !char.IsAsciiDigit(text[p + k])) return false;
        return p + 4 >= end || !char.IsAsciiDigit(text[p + 4]);
    }

    /// <summary>The value of a number token written in this format.</summary>
    public decimal Parse(ReadOnlySpan<char> number)
    {
        Span<char> buffer = stackalloc char[Math.Min(number.Length, 64)];
        var length = 0;
        var sawDecimal = false;
        for (var i = 0; i < number.Length && length < buffer.Length; i++)
        {
            var c = number[i];
            if (char.IsAsciiDigit(c))
            {
                buffer[length++] = c;
                continue;
            }
            var isGroup = !sawDecimal && c == GroupSeparator && DigitsThenBoundary(number, i);
            if (isGroup) continue;
            if (sawDecimal) break;
            sawDecimal = true;
            buffer[length++] = '.';
        }
        return decimal.TryParse(buffer[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : 0m;
    }

    static bool DigitsThenBoundary(ReadOnlySpan<char> number, int i)
    {
        for (var k = 1; k <= 3; k++)
            if (i + k >= number.Length || !char.IsAsciiDigit(number[i + k])) return false;
        return i + 4 >= number.Length || !char.IsAsciiDigit(number[i + 4]);
    }
}
