using System.Text.Json;
using NarrativeLint.Analyzers;
using NarrativeLint.Engine;

namespace NarrativeLint.Reporting;

/// <summary>Machine-readable findings with the same fields as SARIF, flat and easy to script against.</summary>
public sealed class JsonReporter : Reporter
{
    public override void Write(RunSummary run, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("tool", "NarrativeLint");
            json.WriteString("version", run.ToolVersion);
            json.WriteString("uiLanguage", run.UiLanguage.Code);
            json.WriteStartArray("registry");
            foreach (var file in run.RegistryFiles) json.WriteStringValue(file);
            json.WriteEndArray();
            json.WriteStartArray("documents");
            foreach (var document in run.Result.Documents)
            {
                json.WriteStartObject();
                json.WriteString("path", document.Path);
                DocumentEntry.Write(json, document, run.Result.TranslationOf(document.Path));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("findings");
            foreach (var finding in run.Result.Findings) WriteFinding(json, finding, run);
            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", run.Result.Documents.Length);
            foreach (var group in run.Result.Active.GroupBy(f => Level(f.Severity)).OrderBy(g => g.Key, StringComparer.Ordinal))
                json.WriteNumber(group.Key, group.Count());
            json.WriteNumber("suppressed", run.Result.Findings.Count(f => f.IsSuppressed));
            json.WriteNumber("baselined", run.Result.Findings.Count(f => f.IsBaselined));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        output.Write(System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
        output.WriteLine();
    }

    static void WriteFinding(Utf8JsonWriter json, Finding finding, RunSummary run)
    {
        var span = finding.LineSpan;
        json.WriteStartObject();
        json.WriteString("id", finding.Id);
        json.WriteString("severity", Level(finding.Severity));
        json.WriteString("path", finding.Path);
        json.WriteNumber("startLine", span.StartLinePosition.Line + 1);
        json.WriteNumber("startColumn", span.StartLinePosition.Character + 1);
        json.WriteNumber("endLine", span.EndLinePosition.Line + 1);
        json.WriteNumber("endColumn", span.EndLinePosition.Character + 1);
        // The English message stays what scripts, baselines and fingerprints match; the reader's language comes beside it.
        json.WriteString("message", finding.Message);
        if (run.IsLocalized) json.WriteString("localizedMessage", run.MessageOf(finding));
        WriteOptional(json, "commitmentId", finding.Property(FindingProperties.CommitmentId));
        WriteOptional(json, "channel", finding.Channel);
        WriteOptional(json, "language", finding.Language);
        WriteOptional(json, "position", finding.PositionNote);
        WriteOptional(json, "quoted", finding.Property(FindingProperties.Quoted));
        WriteOptional(json, "fix", finding.Property(FindingProperties.Fix));
        WriteOptional(json, "difference", finding.Property(FindingProperties.Difference));
        if (double.TryParse(finding.Property(FindingProperties.Confidence), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var confidence))
            json.WriteNumber("confidence", confidence);
        WriteOptional(json, "helpUri", finding.Diagnostic.Descriptor.HelpLinkUri);
        json.WriteBoolean("suppressed", finding.IsSuppressed);
        json.WriteBoolean("baselined", finding.IsBaselined);
        WriteOptional(json, "justification", finding.Suppression);
        json.WriteEndObject();
    }

    static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) json.WriteString(name, value);
    }
}
