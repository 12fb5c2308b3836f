using System.Collections.Immutable;
using NarrativeLint.Language;

namespace NarrativeLint.Analyzers;

// What keeps two facts of one noun apart: a noun or an event says what kind of thing a number is of ("warranty",
// "shops"), not which one. "Our battery warranty lasts 10 years" and "Our inverter warranty lasts 12 years" are two
// warranties; "Free returns within 30 days" and "Free installation within 14 days" two offers. Tried and dropped: the
// commitments whose topics each sentence is on, disjoint: incidental cues ("broadband", "fibra") kept true pairs apart on the devset.
public sealed partial class FactDriftAnalyzer
{
    /// <summary>
    /// The stems of the content words right before and right after the fact's noun or event ("battery" of "battery warranty",
    /// "returns" of "Free returns"), and of the first content word of its clause, what the clause is about ("heat" of "The heat
    /// pump comes with a 5-year warranty"); "" where a function word, a cue, punctuation or the number itself stands there,
    /// and for a clause that opens with a name ("Velocell Hub": names are compared as names) or a number.
    /// </summary>
    static ImmutableArray<string> WordsBeside(Sentence sentence, LanguagePack pack, int at, int first, int last)
    {
        var tokens = sentence.Tokens;
        string Word(int i)
        {
            if (i < 0 || i >= tokens.Length || i >= first && i <= last) return "";
            var token = tokens[i];
            return token.Kind != TokenKind.Word || pack.FunctionWords.Contains(token.Lower) || IsNamed(sentence, pack, i) || InCue(sentence, i) ? "" : token.Stem;
        }
        // Where modifiers follow the noun they follow its preposition too ("garanzia della batteria"); a number there is the fact's own ("garanzia di 10 anni").
        int after = at + 1;
        for (int skipped = 0; pack.ModifiersAfterNoun && skipped < 2 && after < tokens.Length && tokens[after].Kind == TokenKind.Word && pack.FunctionWords.Contains(tokens[after].Lower); skipped++) after++;
        return [Word(at - 1), Word(after), SubjectBefore(sentence, pack, Math.Min(first, at)) is { } subject ? tokens[subject].Stem : ""];
    }

    /// <summary>
    /// The first content word of the clause before the token at <paramref name="before"/>, what the clause is about ("heat"
    /// of "The heat pump comes with a 5-year warranty"): null where a name or a number opens it ("Velocell Hub": names are
    /// compared as names), where the company tells it ("We have…", "Our…": what it has, which the noun says), or where none stands.
    /// </summary>
    static int? SubjectBefore(Sentence sentence, LanguagePack pack, int before)
    {
        var tokens = sentence.Tokens;
        for (int i = pack.ClauseStart(sentence, before + 1); i < tokens.Length && i < before; i++)
        {
            if (tokens[i].Kind == TokenKind.Number || tokens[i].Kind == TokenKind.Word && IsNamed(sentence, pack, i)) return null;
            if (InCue(sentence, i)) { if (sentence.Cues.Any(c => c.Kind == CueKind.FirstPerson && c.Tokens.Start.GetOffset(tokens.Length) == i)) return null; continue; }
            // Short words are nearly all function words too, where the pack does not list them (Romanian "cei" of "cei 45 de medici").
            if (tokens[i].Kind == TokenKind.Word && !pack.FunctionWords.Contains(tokens[i].Lower) && tokens[i].Text.Length >= ShortestCognate) return i;
        }
        return null;
    }

    /// <summary>Whether the token is a name: a capitalised word past the sentence's first, or one with an inner capital ("VeloFibre").</summary>
    static bool IsNamed(Sentence sentence, LanguagePack pack, int i) => i > 0 && pack.IsName(sentence.Tokens[i].Text) || sentence.Tokens[i].Text.Skip(1).Any(char.IsUpper);

    /// <summary>Whether the token stands in one of the sentence's cues.</summary>
    static bool InCue(Sentence sentence, int i) =>
        sentence.Cues.Any(c => c.Tokens.Start.GetOffset(sentence.Tokens.Length) <= i && i < c.Tokens.End.GetOffset(sentence.Tokens.Length));

    /// <summary>
    /// Whether two facts of one key, in one language, are of two things: another content word stands right beside the noun
    /// on the same side ("battery" / "inverter" before "warranty"), or their clauses are about another thing ("The heat pump
    /// comes with…" / "The battery comes with…"). Across languages the words are other words anyway: there the key and the names decide;
    /// and for counts of one subject, their noun phrases do.
    /// </summary>
    static bool OfOtherThings(StatedFact fact, StatedFact other)
    {
        if (NarrowedElsewhere(fact, other) || NarrowedElsewhere(other, fact) || !string.Equals(fact.EventOf, other.EventOf, StringComparison.Ordinal)) return true;
        if (!string.Equals(fact.Language, other.Language, StringComparison.OrdinalIgnoreCase) || fact.Beside.Length != other.Beside.Length) return false;
        // Counts of one subject ("Today we run 42 clinics across four countries" / "Our 38 clinics are ready"): the words after
        // the noun are the clause's, not the noun's; the noun phrases say whether they count one thing.
        if (CountsOfOneSubject(fact, other)) return !PhrasesAgree(fact.Phrase, other.Phrase);
        for (int side = 0; side < fact.Beside.Length; side++)
            if (fact.Beside[side].Length > 0 && other.Beside[side].Length > 0 && !string.Equals(fact.Beside[side], other.Beside[side], StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// The name right after the fact's noun and its preposition ("14 clinics in Italy", "14 cliniche in Italia", "26 de
    /// magazine din România"), which narrows the noun to a part; normalised as names are, "" where none. The preposition
    /// is one or two of the pack's function words, or one short lower-case word. Names further on say something else
    /// ("180 pharmacists work from Bologna"); the brand's own name narrows nothing.
    /// </summary>
    static string NameWithin(Sentence sentence, LanguagePack pack, int at, IReadOnlySet<string> brand)
    {
        var tokens = sentence.Tokens;
        bool Word(int i) => i < tokens.Length && tokens[i].Kind == TokenKind.Word;
        int next = at + 1;
        while (next - at <= 2 && Word(next) && pack.FunctionWords.Contains(tokens[next].Lower)) next++;
        if (next == at + 1 && Word(next) && tokens[next].Text.Length <= LongestPreposition && tokens[next].Text == tokens[next].Lower) next++;
        if (next == at + 1 || !Word(next) || brand.Contains(tokens[next].Text)) return "";
        return pack.IsName(tokens[next].Text) || tokens[next].Text.Skip(1).Any(char.IsUpper) ? Normalise(tokens[next].Text) : "";
    }

    /// <summary>The most letters of a preposition the packs do not list as a function word ("in", "across" is not one).</summary>
    const int LongestPreposition = 5;

    /// <summary>Whether one fact's noun is narrowed to a part the other fact does not name: "14 clinics in Italy" is not the "30 clinics" of the whole company.</summary>
    static bool NarrowedElsewhere(StatedFact fact, StatedFact other) => fact.Within.Length > 0 && !other.Names.Contains(fact.Within);

    /// <summary>
    /// What a year's event is of: the first word before the event in its clause that is neither a function word nor a
    /// word of a short stem ("was", "è", "a fost", "stata"). The brand's name or a first-person word ("Velocell è nata nel 2011", "We were
    /// founded in 2009"), or nothing ("Founded in 2009, the company…"), is the company: "". Another name is a product or a
    /// place ("Velocell TV launched in 2019", "Il nostro negozio di Torino è nato nel 2015": "torin"); another word a part
    /// of it ("Our Turin lab was founded in 2016": "lab"), keyed by its concept, else its cognate, else its stem, so that
    /// the same part meets itself in another language.
    /// </summary>
    static string WhatTheEventIsOf(Sentence sentence, LanguagePack pack, int at, IReadOnlySet<string> brand)
    {
        var tokens = sentence.Tokens;
        for (int i = at - 1; i >= 0 && tokens[i].Kind == TokenKind.Word && !pack.ClauseBoundaryAmong(sentence, i, i + 1); i--)
        {
            var token = tokens[i];
            if (IsBrandName(token.Text, brand) || sentence.Cues.Any(c => c.Kind == CueKind.FirstPerson && c.Tokens.Start.GetOffset(tokens.Length) == i)) return "";
            if (pack.FunctionWords.Contains(token.Lower) || token.Stem.Length < ShortestCognate && !pack.IsNameAt(sentence, i)) continue;
            if (pack.IsNameAt(sentence, i) || token.Text.Skip(1).Any(char.IsUpper)) return Normalise(token.Text);
            return pack.ConceptOf(token) ?? (CognateKey(token.Stem) is { } cognate ? "~" + cognate : "=" + token.Stem);
        }
        return "";
    }
}
