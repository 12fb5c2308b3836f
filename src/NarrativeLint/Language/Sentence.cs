using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace NarrativeLint.Language;

/// <summary>Kinds of cue word a language pack lists; analyzers ask a sentence whether it carries them.</summary>
public enum CueKind
{
    /// <summary>"not", "never", "non", "nu": negates the rest of its clause.</summary>
    Negation,
    /// <summary>"may", "might", "potremmo", "putem": a possibility, which still affirms an act a never-commitment forbids.</summary>
    Modal,
    /// <summary>"usually", "typically", "di solito": a hedge.</summary>
    Hedge,
    /// <summary>"until 2023", "used to", "fino al", "până în": the sentence speaks of the past.</summary>
    History,
    /// <summary>"always", "guaranteed", "100%", "sempre", "garantat": an absolute claim.</summary>
    Absolute,
    /// <summary>"less", "more", "cheaper", "in meno", "mai puțin": right after a quantity, it makes the quantity a change ("30% less power"), not a level.</summary>
    Comparative,
    /// <summary>"we", "our", "siamo", "suntem": the sentence speaks of the writer's own organisation.</summary>
    FirstPerson,
    /// <summary>"another", "new", "nuove", "încă": next to a number it counts an addition ("40 new towns"), not a total.</summary>
    Increment,
    /// <summary>"would", "sarebbe", "ar fi": a hypothetical consequence, not a report of what is done.</summary>
    Conditional,
    /// <summary>"cut", "ridotto", "redus": a verb of change; a quantity later in its clause is the amount of the change ("cut energy use by 22%"), not a level.</summary>
    Change,
    /// <summary>"to", "al", "la" right before a quantity after a verb of change: the level it reached ("cut to 24 hours").</summary>
    ChangeTo,
    /// <summary>"now", "today", "oggi", "acum": the clause tells the present, though the sentence may tell a past year ("Founded in 2011, we now serve…").</summary>
    Present,
}

/// <summary>A cue found in a sentence: which kind, which tokens, and for negation the clause it covers.</summary>
/// <param name="Tokens">Token index range of the cue words themselves.</param>
/// <param name="Scope">Token index range it applies to (for negation: to the end of its clause).</param>
public readonly record struct Cue(CueKind Kind, Range Tokens, Range Scope);

/// <summary>A sentence of a prose segment with everything the language layer found in it.</summary>
/// <param name="Span">The sentence's extent in the segment text.</param>
public sealed record Sentence(
    string Language,
    TextSpan Span,
    string Text,
    ImmutableArray<Token> Tokens,
    ImmutableArray<Quantity> Quantities,
    ImmutableArray<Cue> Cues)
{
    /// <summary>Numbers that measure nothing (numbering, codes, phone numbers…), with what each is instead.</summary>
    public ImmutableArray<StructuralNumber> StructuralNumbers { get; init; } = [];

    public bool Has(CueKind kind)
    {
        // A loop, not Any with a lambda: asked of every sentence by several rules, and each lambda is an object.
        foreach (var cue in Cues)
            if (cue.Kind == kind) return true;
        return false;
    }

    /// <summary>The index of the first token that ends after <paramref name="position"/> (segment coordinates): the token at or after it.</summary>
    public int TokenAt(int position)
    {
        int low = 0, high = Tokens.Length;
        while (low < high)
        {
            int mid = (low + high) / 2;
            if (Tokens[mid].Span.End <= position) low = mid + 1; else high = mid;
        }
        return low;
    }

    /// <summary>
    /// Whether a negation cue of its clause covers the token (after the cue, or anywhere in the clause where the pack's
    /// <c>negation-reach</c> is <c>clause</c>, as in German "Wir verkaufen Ihre Daten nicht"). A cue
    /// inside a phrase itself ("no comment") does not negate that phrase.
    /// </summary>
    public bool IsNegated(int tokenIndex)
    {
        foreach (var cue in Cues)
        {
            if (cue.Kind != CueKind.Negation) continue;
            var (cueStart, cueLength) = cue.Tokens.GetOffsetAndLength(Tokens.Length);
            var (scopeStart, scopeLength) = cue.Scope.GetOffsetAndLength(Tokens.Length);
            var insideCue = tokenIndex >= cueStart && tokenIndex < cueStart + cueLength;
            if (!insideCue && tokenIndex >= scopeStart && tokenIndex < scopeStart + scopeLength) return true;
        }
        return false;
    }

    /// <summary>Whether the phrase at <paramref name="tokens"/> is negated: see <see cref="IsNegated(int)"/>.</summary>
    public bool IsNegated(Range tokens) => IsNegated(tokens.Start.GetOffset(Tokens.Length));
}
