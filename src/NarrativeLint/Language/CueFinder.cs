namespace NarrativeLint.Language;

/// <summary>
/// Finds the pack's cue phrases in a sentence (negation, modal, hedge, history, absolute). The longest phrase at a
/// position wins, so "can't" is a negation and not the modal "can", and "no more than" (a not-cue) hides "no".
/// A negation covers its clause: from the cue to the next clause boundary ("," "but" "ma" "dar"…), and on
/// through an enumeration of short items ("we never sell, rent, trade or share your data").
/// </summary>
internal sealed class CueFinder(PhraseTable<CueKind[]> cues, PhraseTable<bool> clauseBoundaries, PhraseTable<bool> listJoiners)
{
    /// <summary>The most words an item of an enumeration has ("sell your personal data").</summary>
    const int ListItemTokens = 4;

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
                    var scope = kind == CueKind.Negation ? new Range(i, ClauseEnd(tokens, i + length)) : new Range(0, tokens.Length);
                    output.Add(new Cue(kind, new Range(i, i + length), scope));
                }
            }
            i += length;
        }
    }

    /// <summary>
    /// Where the clause starting at <paramref name="from"/> ends. A comma or a list joiner between two short items
    /// ("sell, rent", "trade or share") continues an enumeration rather than starting a new clause; a contrast
    /// ("…, but we may share it") or a long item ends it.
    /// </summary>
    int ClauseEnd(ReadOnlySpan<Token> tokens, int from)
    {
        var itemStart = from;
        for (var k = from; k < tokens.Length; k++)
        {
            if (!clauseBoundaries.TryMatchAt(tokens, k, out var length, out _)) continue;
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

    static bool InsideDate(in Token token, IReadOnlyList<Quantity> quantities)
    {
        foreach (var quantity in quantities)
            if (quantity.Kind == QuantityKind.Date && quantity.Span.Contains(token.Span.Start)) return true;
        return false;
    }
}
