using Microsoft.CodeAnalysis.Text;

namespace NarrativeLint.Language;

public enum TokenKind { Word, Number, Punctuation, Symbol }

/// <summary>A token of a sentence. <see cref="Span"/> is in the coordinates of the segment text the sentence came from.</summary>
/// <param name="Lower">The token lower-cased (diacritics kept: Romanian "fără" stays "fără").</param>
/// <param name="Stem">The language pack's light stem of <see cref="Lower"/>; cues are matched on stems.</param>
public readonly record struct Token(TextSpan Span, string Text, string Lower, string Stem, TokenKind Kind);
