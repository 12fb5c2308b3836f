using System.Text;

namespace NarrativeLint.Language;

/// <summary>
/// Tells a text's language from its writing system where the script alone decides it (kana → Japanese, Hangul →
/// Korean, Han → Chinese, Bengali, Greek, …): exact and cheap, and the languages it finds have no shipped pack.
/// Latin-script text is left to function words (<see cref="LanguagePacks.Detect"/>).
/// </summary>
internal static class ScriptDetector
{
    /// <summary>Frequent words of Latin-script languages that have no shipped pack, so their text is not taken for a packed one.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> FunctionWordsWithoutPack = new Dictionary<string, string[]>
    {
        ["pl"] = ["i", "w", "z", "na", "się", "jest", "nie", "do", "że", "to", "jak", "dla", "oraz", "lub", "są", "przez", "od", "po", "ale", "być", "może", "ten", "ta", "tym", "które", "który", "która", "aby", "czy", "także"],
        ["nl"] = ["de", "het", "een", "en", "van", "is", "zijn", "niet", "met", "voor", "op", "dat", "die", "wij", "onze", "ook", "aan", "bij", "naar", "worden", "wordt", "kunt", "uw"],
    };

    /// <summary>The language a text's letters decide, or null when most letters are Latin (or there are too few).</summary>
    public static string? Detect(string text)
    {
        int latin = 0, han = 0, kana = 0, hangul = 0, bengali = 0, cyrillic = 0, ukrainian = 0, greek = 0, arabic = 0, hebrew = 0, devanagari = 0, thai = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsLetter(rune)) continue;
            var c = rune.Value;
            switch (c)
            {
                case < 0x0250: latin++; break;
                case >= 0x0370 and < 0x0400: greek++; break;
                case >= 0x0400 and < 0x0530:
                    cyrillic++;
                    if (c is 'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є' or 'Ґ') ukrainian++;
                    break;
                case >= 0x0590 and < 0x0600: hebrew++; break;
                case >= 0x0600 and < 0x0700: arabic++; break;
                case >= 0x0900 and < 0x0980: devanagari++; break;
                case >= 0x0980 and < 0x0A00: bengali++; break;
                case >= 0x0E00 and < 0x0E80: thai++; break;
                case >= 0x1100 and < 0x1200 or >= 0xAC00 and < 0xD7B0 or >= 0x3130 and < 0x3190: hangul++; break;
                case >= 0x3040 and < 0x3100: kana++; break;
                case >= 0x3400 and < 0xA000 or >= 0xF900 and < 0xFB00 or >= 0x20000: han++; break;
            }
        }
        var other = han + kana + hangul + bengali + cyrillic + greek + arabic + hebrew + devanagari + thai;
        // Code, product names and URLs put Latin letters in any page: the other script must be a real share of the letters.
        if (other < 8 || other * 4 < latin) return null;
        // Japanese mixes kana into Han; a few kana are enough to tell it from Chinese.
        if (han + kana >= other / 2) return kana * 20 >= han + kana ? "ja" : "zh";
        var best = new (int Count, string Code)[]
        {
            (hangul, "ko"), (bengali, "bn"), (cyrillic, ukrainian * 50 >= cyrillic ? "uk" : "ru"), (greek, "el"),
            (arabic, "ar"), (hebrew, "he"), (devanagari, "hi"), (thai, "th"),
        }.MaxBy(p => p.Count);
        return best.Code;
    }
}
