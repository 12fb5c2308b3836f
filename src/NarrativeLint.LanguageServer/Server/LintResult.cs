using System.Collections.Immutable;
using NarrativeLint.Engine;
using NarrativeLint.LanguageServer.Documents;
using NarrativeLint.LanguageServer.Workspace;

namespace NarrativeLint.LanguageServer.Server;

/// <summary>One buffer linted at one version: its findings, as LSP diagnostics too, and the workspace state it saw.</summary>
/// <param name="Path">The buffer's path as findings name it.</param>
/// <param name="WorkspaceStamp">The workspace's state after this lint; a later change anywhere makes the result stale.</param>
public sealed record LintResult(
    OpenDocument Document,
    string Path,
    LintSetup Setup,
    ImmutableArray<Finding> Findings,
    Protocol.Diagnostic[] Diagnostics,
    long WorkspaceStamp)
{
    /// <summary>The pull model's result id: the document version and the workspace state together.</summary>
    public string ResultId => $"{WorkspaceStamp}:{Document.Version}";

    /// <summary>Findings whose range touches <paramref name="range"/>, with their LSP form.</summary>
    public IEnumerable<(Finding Finding, Protocol.Diagnostic Diagnostic)> Touching(Protocol.Range range)
    {
        int start = Document.Lines.OffsetOf(range.Start), end = Document.Lines.OffsetOf(range.End);
        for (int i = 0; i < Findings.Length; i++)
        {
            int from = Document.Lines.OffsetOf(Diagnostics[i].Range.Start), to = Document.Lines.OffsetOf(Diagnostics[i].Range.End);
            if (from <= end && start <= to) yield return (Findings[i], Diagnostics[i]);
        }
    }
}
