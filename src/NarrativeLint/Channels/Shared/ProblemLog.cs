using Microsoft.CodeAnalysis.Text;

namespace NarrativeLint.Channels.Shared;

/// <summary>
/// Collects what went wrong while reading one file. A file yields at most one problem (one NL0
/// diagnostic): the first one met, which is usually the cause of the rest. Every reader reports through one.
/// </summary>
internal sealed class ProblemLog
{
    public ReadProblem? First { get; private set; }

    public void Report(ReadProblemKind kind, string message, TextSpan span = default) =>
        Report(new ReadProblem(kind, message, span));

    public void Report(ReadProblem? problem) => First ??= problem;

    public System.Collections.Immutable.ImmutableArray<ReadProblem> ToArray() => First is null ? [] : [First];
}
