using System.Text.Json;
using NarrativeLint.Analyzers;
using NarrativeLint.Channels;
using NarrativeLint.Engine;

namespace NarrativeLint.Reporting;

/// <summary>One inline suppression as a compliance reviewer audits it.</summary>
/// <param name="Line">1-based line of the comment.</param>
/// <param name="Covers">The 1-based lines it covers: "13", "13-40", or "13-end" for a block never enabled again.</param>
/// <param name="Status"><c>used</c>, <c>unused</c> (NL0009: it silences nothing) or <c>unjustified</c> (NL0006: it silences nothing).</param>
public sealed record AuditedSuppression(string Path, int Line, string Kind, string Covers, IReadOnlyList<string> Ids, string Justification, string Status);

/// <summary>Every inline suppression of a run, with the verdict of the run on it: the <c>narrativelint suppressions</c> listing.</summary>
public static class SuppressionReport
{
    public static IReadOnlyList<AuditedSuppression> Of(AnalysisResult result)
    {
        var flagged = result.Findings
            .Where(f => f.Id == Descriptors.SuppressionSuppressesNothing.Id || f.Id == Descriptors.SuppressionWithoutJustification.Id)
            .ToLookup(f => (f.Path, f.Diagnostic.Location.SourceSpan.Start), f => f.Id);
        var list = new List<AuditedSuppression>();
        foreach (var document in result.Documents.OrderBy(d => d.Path, StringComparer.Ordinal))
        {
            var comments = document.Content.Suppressions;
            foreach (var comment in comments.Where(c => c.Kind != SuppressionKind.Enable).OrderBy(c => c.CommentSpan.Start))
            {
                var line = document.Content.Source.Lines.GetLineFromPosition(comment.CommentSpan.Start).LineNumber + 1;
                var end = InlineSuppressions.EndLine(comment, comments);
                var covers = end == comment.Line + 1 ? $"{comment.Line + 1}" : end == int.MaxValue ? $"{comment.Line + 1}-end" : $"{comment.Line + 1}-{end}";
                var ids = flagged[(document.Path, comment.CommentSpan.Start)].ToList();
                var status = comment.Justification.Length == 0 ? "unjustified" : ids.Contains(Descriptors.SuppressionSuppressesNothing.Id) ? "unused" : "used";
                list.Add(new AuditedSuppression(document.Path, line, comment.Kind == SuppressionKind.NextLine ? "next-line" : "block", covers,
                    comment.Ids.IsEmpty ? ["*"] : [.. comment.Ids], comment.Justification, status));
            }
        }
        return list;
    }

    /// <summary><c>path:line: IDs (kind, lines): justification [status]</c>, then a count per status.</summary>
    public static void WriteText(IReadOnlyList<AuditedSuppression> suppressions, TextWriter output)
    {
        foreach (var s in suppressions)
            output.WriteLine($"{s.Path}:{s.Line}: {string.Join(", ", s.Ids)} ({s.Kind}, line {s.Covers}): {(s.Justification.Length > 0 ? s.Justification : "(no justification)")} [{s.Status}]");
        output.WriteLine();
        output.WriteLine($"{suppressions.Count} suppressions: {suppressions.Count(s => s.Status == "used")} used, " +
                         $"{suppressions.Count(s => s.Status == "unused")} silence nothing (NL0009), {suppressions.Count(s => s.Status == "unjustified")} without justification (NL0006)");
    }

    public static void WriteJson(IReadOnlyList<AuditedSuppression> suppressions, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("suppressions");
            foreach (var s in suppressions)
            {
                json.WriteStartObject();
                json.WriteString("path", s.Path);
                json.WriteNumber("line", s.Line);
                json.WriteString("kind", s.Kind);
                json.WriteString("covers", s.Covers);
                json.WriteStartArray("ids");
                foreach (var id in s.Ids) json.WriteStringValue(id);
                json.WriteEndArray();
                json.WriteString("justification", s.Justification);
                json.WriteString("status", s.Status);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
