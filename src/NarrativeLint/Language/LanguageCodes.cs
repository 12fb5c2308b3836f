namespace NarrativeLint.Language;

/// <summary>
/// The ISO 639-1 codes of written languages, so a folder "content/ja/" or a suffix "page.pl.md" is taken for a
/// language, and "content/js/" or "config.io.md" is not.
/// </summary>
public static class LanguageCodes
{
    static readonly HashSet<string> Codes = new(StringComparer.OrdinalIgnoreCase)
    {
        "af", "am", "ar", "as", "az", "be", "bg", "bn", "bo", "br", "bs", "ca", "cs", "cy", "da", "de", "el", "en", "eo", "es",
        "et", "eu", "fa", "fi", "fo", "fr", "fy", "ga", "gd", "gl", "gu", "ha", "he", "hi", "hr", "hu", "hy", "id", "ig", "is",
        "it", "ja", "jv", "ka", "kk", "km", "kn", "ko", "ku", "ky", "la", "lb", "lo", "lt", "lv", "mg", "mi", "mk", "ml", "mn",
        "mr", "ms", "mt", "my", "nb", "ne", "nl", "nn", "no", "oc", "or", "pa", "pl", "ps", "pt", "rm", "ro", "ru", "rw", "sd",
        "si", "sk", "sl", "so", "sq", "sr", "sv", "sw", "ta", "te", "tg", "th", "tk", "tl", "tr", "tt", "ug", "uk", "ur", "uz",
        "vi", "xh", "yi", "yo", "zh", "zu",
        "aa", "ab", "ae", "ak", "an", "av", "ay", "ba", "bh", "bi", "bm", "ce", "ch", "co", "cr", "cu", "cv", "dv", "dz", "ee",
        "ff", "gn", "gv", "ho", "ht", "hz", "ia", "ie", "ii", "ik", "io", "iu", "kg", "ki", "kj", "kl", "kr", "ks", "kv", "kw",
        "li", "ln", "lu", "mh", "na", "nd", "ng", "nr", "nv", "ny", "oj", "om", "os", "pi", "qu", "rn", "sa", "sc", "se", "sg",
        "sm", "sn", "ss", "st", "su", "ti", "tn", "to", "ts", "tw", "ty", "ve", "vo", "wa", "wo", "za",
    };

    /// <summary>Whether <paramref name="tag"/> is a language code, with or without a region ("pt", "pt-br", "zh-Hans").</summary>
    public static bool IsLanguage(string tag)
    {
        var cut = tag.IndexOfAny(['-', '_']);
        var primary = cut > 0 ? tag[..cut] : tag;
        var region = cut > 0 ? tag[(cut + 1)..] : "";
        return Codes.Contains(primary) && region.Length is 0 or 2 or 4 && region.All(char.IsAsciiLetter);
    }
}
