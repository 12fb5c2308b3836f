namespace NarrativeLint.Engine.Translations;

/// <summary>
/// Words written with a capital inside a sentence — places, people, products, "European Economic Area" — which a
/// translation mostly keeps as they are ("Pavia" / "Pavía", "Economic" in "Spațiului Economic European"): anchors
/// that place a block whose numbers changed, or that has none. Accents are dropped and case folded; a sentence's first
/// word, capital by grammar, is not one.
/// </summary>
static class CapitalisedNames
{
    /// <summary>Shorter words ("I", "Un") are too common to place a block.</summary>
    const int ShortestName = 3;

    /// <summary>What a capitalised word's anchor starts with.</summary>
    public const string Prefix = "p:";

    public static void AddTo(string text, HashSet<string> anchors)
    {
        bool sentenceStart = true;
        for (int at = 0; at < text.Length;)
        {
            var c = text[at];
            if (!char.IsLetter(c))
            {
                // After ".", "!", "?", ":" or a line's start the next word opens a sentence, a list item or a table cell.
                if (c is '.' or '!' or '?' or ':' or ';' or '\n' or '|' or '•' or '¿' or '¡') sentenceStart = true;
                else if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c)) sentenceStart = false;
                at++;
                continue;
            }
            int end = at;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            if (!sentenceStart && char.IsUpper(c) && end - at >= ShortestName)
                anchors.Add(Prefix + Folded(text.AsSpan(at, end - at)));
            sentenceStart = false;
            at = end;
        }
    }

    static string Folded(ReadOnlySpan<char> word)
    {
        // Most names are ASCII: only a word with accents is decomposed.
        if (!System.Text.Ascii.IsValid(word)) return Decomposed(word);
        Span<char> lower = stackalloc char[word.Length];
        System.Text.Ascii.ToLower(word, lower, out _);
        return new string(lower);
    }

    static string Decomposed(ReadOnlySpan<char> word) => Text.LatinAccents.Fold(word.ToString()).ToLowerInvariant();
}
