namespace NarrativeLint.Language;

/// <summary>
/// Finds the pack's cue phrases in a sentence (negation, modal, hedge, history, absolute). The longest phrase at a
/// position wins, so "can't" is a negation and not the modal "can", and "no more than" (a not-cue) hides "no".
/// A negation covers its clause: from the cue to the next clause boundary ("," "but" "ma" "dar"…), or, where
/// <paramref name="wholeClause"/> (German puts "nicht" after the verb and its object), the whole clause around the cue.
/// </summary>
internal sealed class CueFinder(PhraseTable<CueKind[]> cues, PhraseTable<bool> clauseBoundaries, bool wholeClause)
{
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
                    var scope = kind == CueKind.Negation
                        ? new Range(wholeClause ? ClauseStart(tokens, i) : i, ClauseEnd(tokens, i + length))
                        : new Range(0, tokens.Length);
                    output.Add(new Cue(kind, new Range(i, i + length), scope));
                }
            }
            i += length;
        }
    }

    int ClauseEnd(ReadOnlySpan<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Length; k++)
            if (clauseBoundaries.TryMatchAt(tokens, k, out _, out _)) return k;
        return tokens.Length;
    }

    int ClauseStart(ReadOnlySpan<Token> tokens, int before)
    {
        for (var k = before - 1; k >= 0; k--)
            if (clauseBoundaries.TryMatchAt(tokens, k, out var length, out _)) return k + length;
        return 0;
    }

    static bool InsideDate(in Token token, IReadOnlyList<Quantity> quantities)
    {
        foreach (var quantity in quantities)
            if (quantity.Kind == QuantityKind.Date && quantity.Span.Contains(token.Span.Start)) return true;
        return false;
    }
}
