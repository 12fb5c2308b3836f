using NarrativeLint.Language;

namespace NarrativeLint.Analyzers;

// Whose fact a count is: within one language a noun counted twice with two values is nearly always two things (two
// years' elections, two histograms' buckets), unless the two clauses tell the same subject's attribute — the company
// speaking of what it has ("Today we run 42 clinics" / "Our 38 clinics"), one named thing ("Su Kestrel Pharmacy ci sono
// circa 4.500 prodotti" / "Sul sito di Kestrel Pharmacy trovi oltre 6.000 prodotti"), or one noun phrase of two or more
// words ("210 partner lockers" / "our 180 partner lockers").
public sealed partial class FactDriftAnalyzer
{
    /// <summary>
    /// Whether the quantity's clause is the company speaking of itself: a first-person cue ("we", "our", "noastră") or a word
    /// of the brand's name stands in it.
    /// </summary>
    static bool InOwnVoice(Sentence sentence, LanguagePack pack, int first, IReadOnlySet<string> brand)
    {
        var (start, end) = ClauseAround(sentence, pack, first);
        for (int i = start; i < end; i++)
            if (sentence.Tokens[i].Kind == TokenKind.Word && IsBrandName(sentence.Tokens[i].Text, brand)) return true;
        return sentence.Cues.Any(c => c.Kind == CueKind.FirstPerson && c.Tokens.Start.GetOffset(sentence.Tokens.Length) is var at && at >= start && at < end);
    }

    /// <summary>
    /// Whether a word is one of the brand's name written as a name: "Hotels" of "Albergo Aurora Hotels" is the brand, "our 26
    /// hotels" and "12 hotels" are hotels.
    /// </summary>
    static bool IsBrandName(string word, IReadOnlySet<string> brand) => word.Length > 0 && char.IsUpper(word[0]) && brand.Contains(word);

    /// <summary>The tokens [start, end) of the clause the token stands in: from the last clause boundary before it to the next one after it.</summary>
    static (int Start, int End) ClauseAround(Sentence sentence, LanguagePack pack, int token)
    {
        int start = pack.ClauseStart(sentence, token + 1), end = token + 1;
        while (end < sentence.Tokens.Length && !pack.ClauseBoundaryAmong(sentence, end, end + 1)) end++;
        return (start, end);
    }

    /// <summary>Whether another quantity stands in the clause of the token at <paramref name="first"/>.</summary>
    static bool InClauseOf(Sentence sentence, LanguagePack pack, Quantity other, int first)
    {
        var (start, end) = ClauseAround(sentence, pack, first);
        int at = sentence.TokenAt(other.Span.Start);
        return at >= start && at < end;
    }

    /// <summary>The stems of the noun phrase a count counts, in order ("partner lock"): two clauses that count one phrase of two words or more count one thing.</summary>
    static string PhraseOf(Sentence sentence, LanguagePack pack, Quantity quantity, int last) =>
        string.Join(' ', CountedRun(sentence, pack, quantity, last).Select(word => sentence.Tokens[word.At].Stem));

    /// <summary>
    /// Whether two facts keyed by one counted noun in one language tell the same subject's attribute: both told by the
    /// company of itself, both of one set of names, or both of one noun phrase of two or more words (one within the other), in documents of one
    /// time. Counts of the same noun without any of these are left apart (<see cref="SameLanguageCognates"/>).
    /// </summary>
    static bool OfOneSubject(StatedFact fact, StatedFact other) =>
        OfOneTime(fact.Written, other.Written)
        && (fact.OwnVoice && other.OwnVoice
        || OfOneNamedThing(fact, other)
        || fact.Phrase.Contains(' ', StringComparison.Ordinal) && other.Phrase.Contains(' ', StringComparison.Ordinal) && PhrasesAgree(fact.Phrase, other.Phrase));

    /// <summary>
    /// Whether two documents may tell one time's figures: not both dated, or dated in one month (a campaign's mail and its
    /// post). Yearly posts of a series count their own members, voters, survey responses (on the OpenTelemetry blog: each
    /// year's election results, each survey's responses).
    /// </summary>
    static bool OfOneTime(DateOnly? written, DateOnly? other) =>
        written is not { } first || other is not { } second || first.Year == second.Year && first.Month == second.Month;

    /// <summary>Whether two facts are counts of one non-empty set of names.</summary>
    static bool OfOneNamedThing(StatedFact fact, StatedFact other) =>
        fact.Quantity.Kind == QuantityKind.Number && other.Quantity.Kind == QuantityKind.Number && fact.Names.Count > 0 && fact.Names.SetEquals(other.Names);

    /// <summary>Whether two facts are counts that one subject tells (<see cref="OfOneSubject"/>).</summary>
    static bool CountsOfOneSubject(StatedFact fact, StatedFact other) =>
        fact.Quantity.Kind == QuantityKind.Number && other.Quantity.Kind == QuantityKind.Number && OfOneSubject(fact, other);

    /// <summary>
    /// Whether two counted noun phrases may name one thing: one is the other, or within it ("medic veterinar" in "medic
    /// veterinar disponibil", "locker" in "partner locker"); "franchise shop" and "own shop" are two.
    /// </summary>
    static bool PhrasesAgree(string phrase, string other) =>
        $" {phrase} ".Contains($" {other} ", StringComparison.Ordinal) || $" {other} ".Contains($" {phrase} ", StringComparison.Ordinal);
}
