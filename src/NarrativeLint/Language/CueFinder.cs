namespace NarrativeLint.Language;

/// <summary>
/// Finds the pack's cue phrases in a sentence (negation, modal, hedge, history, absolute). The longest phrase at a
/// position wins, so "can't" is a negation and not the modal "can", and "no more than" (a not-cue) hides "no".
/// A negation covers its clause: from the cue to the next clause boundary ("," "but" "ma" "dar"…), and on
/// through an enumeration of short items ("we never sell, rent, trade or share your data"); where
/// <paramref name="wholeClause"/> (German puts "nicht" after the verb and its object), from the clause's start.
/// A privative negation ("without", "senza", "fără") denies only the noun phrase after it: in "cancelled without
/// charge in the first 7 days" the days are not negated.
/// A date already past after one of the pack's until-words ("until 31 March 2025", "fino al 31 marzo 2025") is a history cue.
internal sealed class CueFinder(PhraseTable<CueKind[]> cues, PhraseTable<bool> clauseBoundaries, PhraseTable<bool> listJoiners, PhraseTable<bool> untilPastDate, bool wholeClause,
    PhraseTable<bool> nounNegations, IReadOnlySet<string> functionWords)
{
    /// <summary>The most words an item of an enumeration has ("sell your personal data").</summary>
    const int ListItemTokens = 4;

    /// <summary>The most words a noun phrase after a privative negation has ("without any extra charge").</summary>
    const int NounPhraseTokens = 4;

    /// <summary>The day dates are past from, fixed when the pack is compiled, as its phrases' "{past-year}" is.</summary>
    readonly DateOnly today = DateOnly.FromDateTime(DateTime.Today);

    /// <summary>Appends the cues of a sentence; cue words inside a date ("May 2026") are not cues.</summary>
    public void Find(ReadOnlySpan<Token> tokens, IReadOnlyList<Quantity> quantities, List<Cue> output)
    {
        var i = 0;
        while (i < tokens.Length)
        {
            if (!cues.TryMatchAt(tokens, i, out var length, out var kinds))
            {
                i++;
                continue;
            }
            foreach (var kind in kinds)
            {
                // "May 2026" is a month, not the modal "may"; "până în 2020" is both a date and history.
                if (kind != CueKind.History && InsideDate(tokens[i], quantities)) continue;
                {
                    var scope = kind switch
                    {
                        CueKind.Negation when nounNegations.TryMatchAt(tokens, i, out var privative, out _) && privative == length => new Range(i, NounPhraseEnd(tokens, quantities, i + length)),
                        CueKind.Negation => new Range(wholeClause ? ClauseStart(tokens, i) : i, ClauseEnd(tokens, i + length)),
                        CueKind.Change => new Range(i + length, ClauseEnd(tokens, i + length)),
                        _ => new Range(0, tokens.Length),
                    };
                    output.Add(new Cue(kind, new Range(i, i + length), scope));
                }
            }
            i += length;
        }
        if (untilPastDate.IsEmpty) return;
        foreach (var quantity in quantities)
        {
            if (quantity.Kind != QuantityKind.Date || quantity.Date is not { } date || date >= today) continue;
            int first = FirstTokenOf(tokens, quantity);
            // Only an until-word standing before the date: one the pack reads as the date's own bound ("până la 30 iunie",
            // "by 30 June" as well as "until") sets a deadline, which says nothing of the past.
            if (untilPastDate.TryMatchEndingAt(tokens, first, out var start, out _))
                output.Add(new Cue(CueKind.History, new Range(start, first), new Range(0, tokens.Length)));
        }
    }

    static int FirstTokenOf(ReadOnlySpan<Token> tokens, Quantity quantity)
    {
        int at = 0;
        while (at < tokens.Length && tokens[at].Span.End <= quantity.Span.Start) at++;
        return at;
    }

    /// <summary>
    /// Where the noun phrase starting at <paramref name="from"/> ends: at its clause's end, a number or a quantity's
    /// first word ("charge | within 7 days"), or the first function word after a content word ("charge | in the first
    /// 7 days", "your consent"), within a few words.
    /// </summary>
    int NounPhraseEnd(ReadOnlySpan<Token> tokens, IReadOnlyList<Quantity> quantities, int from)
    {
        int clauseEnd = ClauseEnd(tokens, from);
        bool content = false;
        for (var k = from; k < clauseEnd && k < from + NounPhraseTokens; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || StartsQuantity(tokens[k], quantities)) return k;
            bool function = functionWords.Contains(tokens[k].Lower);
            if (function && content) return k;
            content |= !function;
        }
        return Math.Min(clauseEnd, from + NounPhraseTokens);
    }

    /// <summary>
    /// Where the clause starting at <paramref name="from"/> ends. A comma or a list joiner between two short items
    /// ("sell, rent", "trade or share") continues an enumeration rather than starting a new clause, and so does a
    /// comma opening a series of short items that a list joiner closes ("with advertisers, ad networks or data
    /// brokers", "sell, rent or trade your data, record your calls, or use…"), however long the item before it;
    /// a contrast ("…, but we may share it") or a long item ends it.
    /// </summary>
    int ClauseEnd(ReadOnlySpan<Token> tokens, int from)
    {
        var itemStart = from;
        for (var k = from; k < tokens.Length; k++)
        {
            if (!clauseBoundaries.TryMatchAt(tokens, k, out var length, out _)) continue;
            if (tokens[k].Text == "," && ClosedSeries(tokens, k + length) is int lastItem)
            {
                itemStart = lastItem;
                k = lastItem - 1;
                continue;
            }
            // Only a comma continues a list; a joiner that is also a clause boundary ("and", "e", "și") may join clauses.
            bool enumerates = tokens[k].Text == ","
                              && k - itemStart is > 0 and <= ListItemTokens
                              && ItemLength(tokens, k + length) is > 0 and <= ListItemTokens;
            if (!enumerates) return k;
            itemStart = k + length;
            k += length - 1;
        }
        return tokens.Length;
    }

    /// <summary>
    /// Where the last item starts when the tokens from <paramref name="start"/> are short items joined by commas and
    /// closed by a list joiner ("ad networks or data brokers", "record your calls, or use…"); null otherwise.
    /// </summary>
    int? ClosedSeries(ReadOnlySpan<Token> tokens, int start)
    {
        for (var item = start; item < tokens.Length;)
        {
            int length = ItemLength(tokens, item);
            if (length is 0 or > ListItemTokens) return null;
            int next = item + length;
            if (tokens[next].Text == ",") next++;
            if (next < tokens.Length && listJoiners.TryMatchAt(tokens, next, out var joiner, out _)) return next + joiner;
            if (next == item + length) return null;
            item = next;
        }
        return null;
    }

    /// <summary>Where the clause holding the token before <paramref name="before"/> starts: right after the last clause boundary before it.</summary>
    public int ClauseStart(ReadOnlySpan<Token> tokens, int before)
    {
        for (var k = before - 1; k >= 0; k--)
            if (clauseBoundaries.TryMatchAt(tokens, k, out var length, out _)) return k + length;
        return 0;
    }

    /// <summary>
    /// Words from <paramref name="start"/> to the next comma or list joiner (an item of a list); 0 when a clause
    /// boundary of another kind or the end of the sentence comes first, since an item is followed by another.
    /// </summary>
    int ItemLength(ReadOnlySpan<Token> tokens, int start)
    {
        for (var k = start; k < tokens.Length; k++)
        {
            if (tokens[k].Text == "," || listJoiners.TryMatchAt(tokens, k, out _, out _)) return k - start;
            if (clauseBoundaries.TryMatchAt(tokens, k, out _, out _)) return 0;
        }
        return 0;
    }

    static bool StartsQuantity(in Token token, IReadOnlyList<Quantity> quantities)
    {
        foreach (var quantity in quantities)
            if (quantity.Span.Start == token.Span.Start) return true;
        return false;
    }

    static bool InsideDate(in Token token, IReadOnlyList<Quantity> quantities)
    {
        foreach (var quantity in quantities)
            if (quantity.Kind == QuantityKind.Date && quantity.Span.Contains(token.Span.Start)) return true;
        return false;
    }
}
