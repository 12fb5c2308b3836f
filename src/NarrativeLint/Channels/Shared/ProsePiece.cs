using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Text;

namespace NarrativeLint.Channels.Shared;

/// <summary>
/// A piece of prose as a reader found it: text the file spells exactly so at <see cref="Source"/> (verbatim),
/// or text decoded from that span (an escape, a line fold, an entity).
/// </summary>
internal readonly record struct ProsePiece(string Text, TextSpan Source, bool Verbatim)
{
    public void AppendTo(ProseBuilder builder)
    {
        if (Verbatim) builder.AppendVerbatim(Text, Source.Start);
        else builder.AppendDecoded(Text, Source);
    }
}
