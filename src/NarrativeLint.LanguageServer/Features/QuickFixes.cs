using NarrativeLint.Analyzers;
using NarrativeLint.Engine;
using NarrativeLint.LanguageServer.Documents;
using NarrativeLint.LanguageServer.Protocol;

namespace NarrativeLint.LanguageServer.Features;

/// <summary>
/// The code actions for findings under a range: the rule's own fix where it has one (the preferred term, the promised
/// value), and a suppression comment in the file's comment syntax on the line before.
/// </summary>
/// <remarks>
/// The suppression is inserted with its justification left empty: a suppression without one silences nothing and is
/// itself reported (NL0006), so the finding stays visible until the writer says why.
/// </remarks>
public static class QuickFixes
{
    public static IEnumerable<CodeAction> For(OpenDocument document, string path, IEnumerable<(Finding Finding, Protocol.Diagnostic Diagnostic)> findings)
    {
        foreach (var (finding, diagnostic) in findings)
        {
            if (finding.Property(FindingProperties.Fix) is { } fix)
            {
                var quoted = finding.Property(FindingProperties.Quoted) ?? document.Text[document.Lines.OffsetOf(diagnostic.Range.Start)..document.Lines.OffsetOf(diagnostic.Range.End)];
                yield return new CodeAction($"Replace '{FindingProperties.OneLine(quoted)}' with '{fix}'", CodeActionKind.QuickFix, [diagnostic], IsPreferred: true,
                    Edit(document, new TextEdit(diagnostic.Range, fix)));
            }
            if (Suppression(document, path, finding.Id, diagnostic.Range.Start.Line) is { } insert)
                yield return new CodeAction($"Suppress {finding.Id} on this line (then write why, after the colon)", CodeActionKind.QuickFix, [diagnostic], IsPreferred: false,
                    Edit(document, insert));
        }
    }

    static TextEdit? Suppression(OpenDocument document, string path, string id, int line)
    {
        int start = document.Lines.OffsetOf(new Position(line, 0));
        int indent = start;
        while (indent < document.Text.Length && document.Text[indent] is ' ' or '\t') indent++;
        if (CommentSyntax.SuppressionFor(path, id, document.Text[start..indent]) is not { } comment) return null;
        var at = new Position(line, 0);
        return new TextEdit(new Protocol.Range(at, at), comment + LineBreakOf(document.Text));
    }

    static string LineBreakOf(string text) => text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    static WorkspaceEdit Edit(OpenDocument document, TextEdit edit) => new(new Dictionary<string, TextEdit[]> { [document.Uri] = [edit] });
}
