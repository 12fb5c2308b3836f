using NarrativeLint.Language;

namespace NarrativeLint.Analyzers;

/// <summary>Negation as rules need it: a cue before the words, in the same clause.</summary>
public static class Negation
{
    /// <summary>
    /// Whether a negation cue that ends before <paramref name="tokenIndex"/> covers it. A cue inside the phrase
    /// itself ("no comment") does not negate that phrase.
    /// </summary>
    public static bool Negates(Sentence sentence, int tokenIndex)
    {
        int length = sentence.Tokens.Length;
        foreach (var cue in sentence.Cues)
        {
            if (cue.Kind != CueKind.Negation) continue;
            var (cueStart, cueLength) = cue.Tokens.GetOffsetAndLength(length);
            var (scopeStart, scopeLength) = cue.Scope.GetOffsetAndLength(length);
            if (cueStart + cueLength <= tokenIndex && tokenIndex >= scopeStart && tokenIndex < scopeStart + scopeLength) return true;
        }
        return false;
    }

    public static bool Negates(Sentence sentence, Range tokens) => Negates(sentence, tokens.Start.GetOffset(sentence.Tokens.Length));
}
