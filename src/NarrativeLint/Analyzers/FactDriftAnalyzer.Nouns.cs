using System.Text;
using NarrativeLint.Language;

namespace NarrativeLint.Analyzers;

// What a count is of when the packs map its noun to no concept, and whether a number in a sentence that tells a past
// year is told in the present.
public sealed partial class FactDriftAnalyzer
{
    /// <summary>The letters of a word's stem a cognate key keeps: "pharmac(ist)", "farmac(isti)" and "farmac(ie)" meet on "farmac".</summary>
    const int CognateLetters = 6;

    /// <summary>Shorter stems ("day", "item", "user") name too many things to key a fact by themselves.</summary>
    const int ShortestCognate = 5;

    /// <summary>
    /// The noun a count counts, where the packs map none to a concept, as a cognate key ("~farmac" for "pharmacists",
    /// "farmacisti", "farmaciști"), so that "180 registered pharmacists" and "210 farmacisti iscritti" meet without a
    /// concept list. The words after the count, within its clause and <see cref="Window"/> content words, may be its noun:
    /// where modifiers follow the noun ("farmacie partner") only the first; where they precede it ("partner pharmacies") any
    /// but the first of two or more, so "partner" alone never keys a fact. Names are the fact's names, not its noun.
    /// </summary>
    static List<(string Key, int At)> CountedWords(Sentence sentence, LanguagePack pack, Quantity quantity, int last)
    {
        var run = CountedRun(sentence, pack, quantity, last);
        return pack.ModifiersAfterNoun ? [.. run.Take(1)] : [.. run.Skip(run.Count > 1 ? 1 : 0)];
    }

    /// <summary>The content words after a count that may be its noun and its modifiers, each with its cognate key (<see cref="CountedWords"/>).</summary>
    static List<(string Key, int At)> CountedRun(Sentence sentence, LanguagePack pack, Quantity quantity, int last)
    {
        if (quantity.Kind != QuantityKind.Number || !pack.IsSupported) return [];
        var tokens = sentence.Tokens;
        var run = new List<(string Key, int At)>();
        for (int i = last + 1; i < tokens.Length && run.Count < Window && tokens[i].Kind is not (TokenKind.Punctuation or TokenKind.Number); i++)
        {
            if (pack.ClauseBoundaryAmong(sentence, i, i + 1) || tokens[i].Kind != TokenKind.Word || pack.IsName(tokens[i].Text)) break;
            // A word right before another number governs that number ("42 clinics across four countries", "in 2024"): the noun ended before it.
            if (i + 1 < tokens.Length && (tokens[i + 1].Kind == TokenKind.Number || sentence.Quantities.Any(q => sentence.TokenAt(q.Span.Start) == i + 1))) break;
            // Function words, and short words that are nearly all function words too (Romanian "de" of "1.400 de farmacii"), open no noun.
            if (pack.FunctionWords.Contains(tokens[i].Lower) || tokens[i].Text.Length < ShortestCognate && CognateKey(tokens[i].Stem) is null)
            {
                if (run.Count > 0) break;
                continue;
            }
            // A longer word too short a stem to key ("metres", "kilos", "users") is the noun all the same: the count is of it, not of a word further on ("300 metres from the hotel").
            if (CognateKey(tokens[i].Stem) is not { } key) break;
            run.Add(("~" + key, i));
        }
        return run;
    }

    /// <summary>
    /// Whether two facts keyed by a counted noun are of one language and of no one subject. Within a language a noun
    /// counted twice with two values is, on real text, nearly always two things (on the OpenTelemetry site: two years'
    /// elections, two surveys' responses, two histograms' buckets: 58 findings, none true) unless both clauses tell one
    /// subject's attribute (<see cref="OfOneSubject"/>); a statement told twice is matched whole, by <see cref="CompareStatements"/>.
    /// Across languages no sentence can be matched so, and the noun is the evidence.
    /// </summary>
    static bool SameLanguageCognates(StatedFact fact, StatedFact other) =>
        fact.Key.Contains("|~", StringComparison.Ordinal) && string.Equals(fact.Language, other.Language, StringComparison.OrdinalIgnoreCase) && !OfOneSubject(fact, other);

    /// <summary>
    /// A stem in a form its cognates in other Latin-script languages share, cut to <see cref="CognateLetters"/>
    /// (see <see cref="CognateForm"/>). Null for a short stem or one in another script.
    /// </summary>
    internal static string? CognateKey(string stem) =>
        CognateForm(stem) is { Length: >= ShortestCognate } form ? form[..Math.Min(CognateLetters, form.Length)] : null;

    /// <summary>
    /// A word as its cognates in other Latin-script languages write it: accents dropped, lower case, "ph" as "f", "th" as
    /// "t", "y" as "i", "k" as "c", doubled letters once ("pharmacy" and "farmacia", "Italy" and "Italia", "commission"
    /// and "comisión"). Null for a word with letters of another script, or digits: its cognates are not written so.
    /// </summary>
    internal static string? CognateForm(string word)
    {
        var folded = new StringBuilder(word.Length);
        foreach (var c in Text.LatinAccents.Fold(word))
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is < 'a' or > 'z') return null;
            folded.Append(lower);
        }
        var text = folded.ToString().Replace("ph", "f", StringComparison.Ordinal).Replace("th", "t", StringComparison.Ordinal).Replace('y', 'i').Replace('k', 'c');
        var single = new StringBuilder(text.Length);
        foreach (var c in text)
            if (single.Length == 0 || single[^1] != c) single.Append(c);
        return single.ToString();
    }

    /// <summary>
    /// Whether a number in a sentence that speaks of the past is told in the present all the same: its clause has a
    /// present word ("now", "oggi", "acum") and no history cue ("Founded in Turin in 2011, Tessera now serves 2.7 million
    /// customers"). "Until 2023 we had 120 shops" and "In 2019, we had 100 shops" stay history.
    /// </summary>
    static bool ToldInThePresent(Sentence sentence, LanguagePack pack, Quantity quantity)
    {
        int at = sentence.TokenAt(quantity.Span.Start);
        int start = pack.ClauseStart(sentence, at + 1), end = at + 1;
        while (end < sentence.Tokens.Length && !pack.ClauseBoundaryAmong(sentence, end, end + 1)) end++;
        bool Within(Cue cue) => cue.Tokens.Start.GetOffset(sentence.Tokens.Length) is var first && first >= start && first < end;
        return sentence.Cues.Any(c => c.Kind == CueKind.Present && Within(c)) && !sentence.Cues.Any(c => c.Kind == CueKind.History && Within(c));
    }
}
