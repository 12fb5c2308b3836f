namespace NarrativeLint.Text;

/// <summary>
/// Latin letters without their accents ("Pavía" → "Pavia", "România" → "Romania", "ș" → "s"), by a table rather than
/// Unicode decomposition: the command line runs with invariant globalization, where <see cref="string.Normalize()"/>
/// leaves such letters as they are, so a fold that relied on it held in tests and failed in the tool.
/// </summary>
public static class LatinAccents
{
    static readonly Dictionary<char, char> Plain = Table(
        ("àáâãäåāăą", 'a'), ("ÀÁÂÃÄÅĀĂĄ", 'A'), ("çćĉċč", 'c'), ("ÇĆĈĊČ", 'C'), ("ďđ", 'd'), ("ĎĐ", 'D'),
        ("èéêëēĕėęě", 'e'), ("ÈÉÊËĒĔĖĘĚ", 'E'), ("ĝğġģ", 'g'), ("ĜĞĠĢ", 'G'), ("ĥħ", 'h'), ("ĤĦ", 'H'),
        ("ìíîïĩīĭįı", 'i'), ("ÌÍÎÏĨĪĬĮİ", 'I'), ("ĵ", 'j'), ("Ĵ", 'J'), ("ķ", 'k'), ("Ķ", 'K'), ("ĺļľŀł", 'l'), ("ĹĻĽĿŁ", 'L'),
        ("ñńņňŉ", 'n'), ("ÑŃŅŇ", 'N'), ("òóôõöøōŏő", 'o'), ("ÒÓÔÕÖØŌŎŐ", 'O'), ("ŕŗř", 'r'), ("ŔŖŘ", 'R'),
        ("śŝşšș", 's'), ("ŚŜŞŠȘ", 'S'), ("ţťŧț", 't'), ("ŢŤŦȚ", 'T'), ("ùúûüũūŭůűų", 'u'), ("ÙÚÛÜŨŪŬŮŰŲ", 'U'),
        ("ŵ", 'w'), ("Ŵ", 'W'), ("ýÿŷ", 'y'), ("ÝŸŶ", 'Y'), ("źżž", 'z'), ("ŹŻŽ", 'Z'));

    /// <summary>The text with each accented Latin letter as its plain letter, and combining accents dropped; other characters as they are.</summary>
    public static string Fold(string text)
    {
        if (System.Text.Ascii.IsValid(text)) return text;
        var folded = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            // Combining accents (a text written decomposed: "i" + U+0301) belong to the letter before them.
            if (c is >= '\u0300' and <= '\u036F') continue;
            folded.Append(Plain.TryGetValue(c, out var plain) ? plain : c);
        }
        return folded.ToString();
    }

    static Dictionary<char, char> Table(params (string Accented, char Plain)[] groups)
    {
        var table = new Dictionary<char, char>();
        foreach (var (accented, plain) in groups)
            foreach (var c in accented) table[c] = plain;
        return table;
    }
}
