using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace NarrativeLint.Text;

/// <summary>Maps positions in extracted prose back to the source file it came from.</summary>
/// <remarks>
/// Prose is assembled from runs. A verbatim run copies source characters one for one, so any
/// sub-span maps exactly; a decoded run (an HTML entity, a quoted-printable line, a base64 block)
/// maps all of its characters onto the source span it was decoded from.
/// </remarks>
public sealed class SourceMap
{
    /// <summary>One run of prose: <c>Length</c> prose characters starting at <c>ProseStart</c>.</summary>
    public readonly record struct Run(int ProseStart, int Length, TextSpan Source, bool Verbatim);

    public ImmutableArray<Run> Runs { get; }

    public SourceMap(ImmutableArray<Run> runs) => Runs = runs;

    public static SourceMap Contiguous(int sourceStart, int length) =>
        new([new Run(0, length, new TextSpan(sourceStart, length), true)]);

    /// <summary>The source span covering the prose span: from the source of its first character to the end of the source of its last.</summary>
    public TextSpan ToSource(TextSpan prose)
    {
        if (Runs.IsEmpty) return default;
        int start = SourceStartOf(prose.Start);
        int end = prose.Length == 0 ? start : SourceEndOf(prose.End - 1);
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }

    /// <summary>
    /// Whether every character of the prose span was copied from the source (markup the reader skipped in
    /// between is fine); then the source text at <see cref="ToSource"/> is what the user sees there.
    /// </summary>
    public bool IsVerbatim(TextSpan prose)
    {
        if (Runs.IsEmpty || prose.Length == 0) return true;
        for (int i = IndexOf(prose.Start); i < Runs.Length && Runs[i].ProseStart < prose.End; i++)
            if (!Runs[i].Verbatim && Runs[i].Source.Length > 0) return false;
        return true;
    }

    int SourceStartOf(int prosePosition)
    {
        var run = Runs[IndexOf(prosePosition)];
        return run.Verbatim ? run.Source.Start + Math.Clamp(prosePosition - run.ProseStart, 0, run.Source.Length) : run.Source.Start;
    }

    int SourceEndOf(int prosePosition)
    {
        var run = Runs[IndexOf(prosePosition)];
        return run.Verbatim ? run.Source.Start + Math.Clamp(prosePosition - run.ProseStart + 1, 0, run.Source.Length) : run.Source.End;
    }

    int IndexOf(int prosePosition)
    {
        int lo = 0, hi = Runs.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (Runs[mid].ProseStart <= prosePosition) lo = mid; else hi = mid - 1;
        }
        return lo;
    }
}
