using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using NarrativeLint.Analyzers;
using NarrativeLint.Engine;

namespace NarrativeLint.Reporting;

/// <summary>
/// SARIF 2.1.0 for code scanning. <c>ruleId</c> is the diagnostic ID; locations are relative to
/// <c>%SRCROOT%</c> (the working directory) with 1-based line and column; <c>properties.commitmentId</c> names
/// the registry entry; suppressed findings carry an in-source suppression with its justification. Rules carry their docs
/// page as <c>help.markdown</c>; results carry related locations, fixes, a baseline state when a baseline was used, and a rank
/// when the rule gave a confidence.
/// For Word documents the region's line is the paragraph number and its columns the characters inside it.
/// </summary>
public sealed class SarifReporter : Reporter
{
    const string SourceRoot = "%SRCROOT%";

    public override void Write(RunSummary run, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, run);
            json.WriteString("columnKind", "utf16CodeUnits");
            // Every message.text is English, whatever the reader chose; the chosen language's text is in properties.localizedMessage.
            json.WriteString("language", "en");
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRoot);
            json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(run.WorkingDirectory) + Path.DirectorySeparatorChar).AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", true);
            json.WriteEndObject();
            json.WriteEndArray();
            WriteArtifacts(json, run);
            if (run.IsLocalized)
            {
                json.WriteStartObject("properties");
                json.WriteString("uiLanguage", run.UiLanguage.Code);
                json.WriteEndObject();
            }
            json.WriteStartArray("results");
            var ruleIndex = Descriptors.All.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i);
            foreach (var finding in run.Result.Findings) WriteResult(json, finding, ruleIndex, run);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
        output.WriteLine();
    }

    static void WriteTool(Utf8JsonWriter json, RunSummary run)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "NarrativeLint");
        json.WriteString("semanticVersion", run.ToolVersion);
        json.WriteStartArray("rules");
        foreach (var descriptor in Descriptors.All)
        {
            json.WriteStartObject();
            json.WriteString("id", descriptor.Id);
            json.WriteString("name", string.Concat(descriptor.Title.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => char.ToUpperInvariant(w[0]) + w[1..])).Replace("/", "").Replace("'", ""));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", descriptor.Title.ToString());
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", descriptor.Description.ToString());
            json.WriteEndObject();
            // SARIF requires helpUri to be absolute: only a configured docs URL (or an absolute help link) makes one.
            var helpUri = run.DocsUrl is { } docs ? docs + descriptor.Id + ".md" : Uri.IsWellFormedUriString(descriptor.HelpLinkUri, UriKind.Absolute) ? descriptor.HelpLinkUri : null;
            if (helpUri is not null) json.WriteString("helpUri", helpUri);
            json.WriteStartObject("help");
            json.WriteString("text", $"{descriptor.Title}. {descriptor.Description} See {helpUri ?? descriptor.HelpLinkUri}.");
            if (DiagnosticDocs.Markdown(descriptor.Id) is { } page) json.WriteString("markdown", page);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(descriptor.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", descriptor.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    static void WriteResult(Utf8JsonWriter json, Finding finding, Dictionary<string, int> ruleIndex, RunSummary run)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Id);
        if (ruleIndex.TryGetValue(finding.Id, out var index)) json.WriteNumber("ruleIndex", index);
        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();
        if (finding.HasLocation)
        {
            json.WriteStartArray("locations");
            WriteLocation(json, finding.Diagnostic.Location, run);
            json.WriteEndArray();
        }
        if (finding.Diagnostic.AdditionalLocations.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            int id = 0;
            foreach (var related in finding.Diagnostic.AdditionalLocations)
            {
                json.WriteStartObject();
                json.WriteNumber("id", ++id);
                WritePhysicalLocation(json, related, run);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteStartObject("partialFingerprints");
        json.WriteString("narrativelint/v1", FindingFingerprint.Of(finding));
        json.WriteEndObject();
        if (run.BaselineFile is not null) json.WriteString("baselineState", finding.IsBaselined ? "unchanged" : "new");
        // A rule that weighs its evidence says how sure it is (0..1); SARIF ranks results 0..100.
        if (double.TryParse(finding.Property(FindingProperties.Confidence), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var confidence))
            json.WriteNumber("rank", Math.Round(Math.Clamp(confidence, 0, 1) * 100, 1));
        if (finding.Suppression is { } justification)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "inSource");
            json.WriteString("justification", justification);
            json.WriteEndObject();
            json.WriteEndArray();
        }
        WriteFix(json, finding, run);
        json.WriteStartObject("properties");
        if (finding.Property(FindingProperties.CommitmentId) is { } commitment) json.WriteString("commitmentId", commitment);
        if (finding.Channel is { } channel) json.WriteString("channel", channel);
        if (finding.Language is { } language) json.WriteString("language", language);
        if (finding.PositionNote is { } note) json.WriteString("position", note);
        if (finding.Property(FindingProperties.Fix) is { } fix) json.WriteString("fix", fix);
        if (finding.Property(FindingProperties.Difference) is { } difference) json.WriteString("difference", difference);
        if (run.IsLocalized) json.WriteString("localizedMessage", run.MessageOf(finding));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// A fix replaces the quoted span with the rule's replacement, where the span is the file's own text (not a decoded
    /// email part or a Word paragraph, whose regions do not address bytes of the file).
    /// </summary>
    static void WriteFix(Utf8JsonWriter json, Finding finding, RunSummary run)
    {
        var location = finding.Diagnostic.Location;
        if (finding.Property(FindingProperties.Fix) is not { } replacement || finding.Channel == "document") return;
        if (Snippet(location, run) is not { Length: > 0 } snippet || snippet != finding.Property(FindingProperties.Quoted)) return;
        var span = location.GetLineSpan();
        json.WriteStartArray("fixes");
        json.WriteStartObject();
        json.WriteStartObject("description");
        json.WriteString("text", $"Replace '{snippet}' with '{replacement}'");
        json.WriteEndObject();
        json.WriteStartArray("artifactChanges");
        json.WriteStartObject();
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ArtifactUri(span.Path));
        if (!Path.IsPathRooted(span.Path)) json.WriteString("uriBaseId", SourceRoot);
        json.WriteEndObject();
        json.WriteStartArray("replacements");
        json.WriteStartObject();
        json.WriteStartObject("deletedRegion");
        WriteRegionBounds(json, span);
        json.WriteEndObject();
        json.WriteStartObject("insertedContent");
        json.WriteString("text", replacement);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    static void WriteRegionBounds(Utf8JsonWriter json, FileLinePositionSpan span)
    {
        json.WriteNumber("startLine", span.StartLinePosition.Line + 1);
        json.WriteNumber("startColumn", span.StartLinePosition.Character + 1);
        json.WriteNumber("endLine", span.EndLinePosition.Line + 1);
        json.WriteNumber("endColumn", span.EndLinePosition.Character + 1);
    }

    /// <summary>Every document checked, with what the engine decided about it, so a reviewer sees what was checked, not only what was found.</summary>
    static void WriteArtifacts(Utf8JsonWriter json, RunSummary run)
    {
        json.WriteStartArray("artifacts");
        foreach (var document in run.Result.Documents)
        {
            json.WriteStartObject();
            json.WriteStartObject("location");
            json.WriteString("uri", ArtifactUri(document.Path));
            if (!Path.IsPathRooted(document.Path)) json.WriteString("uriBaseId", SourceRoot);
            json.WriteEndObject();
            json.WriteStartObject("properties");
            DocumentEntry.Write(json, document, run.Result.TranslationOf(document.Path));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    static void WriteLocation(Utf8JsonWriter json, Location location, RunSummary run)
    {
        json.WriteStartObject();
        WritePhysicalLocation(json, location, run);
        json.WriteEndObject();
    }

    static void WritePhysicalLocation(Utf8JsonWriter json, Location location, RunSummary run)
    {
        var span = location.GetLineSpan();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ArtifactUri(span.Path));
        if (!Path.IsPathRooted(span.Path)) json.WriteString("uriBaseId", SourceRoot);
        json.WriteEndObject();
        json.WriteStartObject("region");
        WriteRegionBounds(json, span);
        // SARIF's snippet is the artifact's own text in the region; an encoded email part's quote lives in the message.
        var snippet = Snippet(location, run);
        if (!string.IsNullOrEmpty(snippet))
        {
            json.WriteStartObject("snippet");
            json.WriteString("text", snippet);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    static string? Snippet(Location location, RunSummary run)
    {
        var document = run.Result.Document(location.GetLineSpan().Path);
        if (document is null || location.SourceSpan.IsEmpty || location.SourceSpan.End > document.Content.Source.Length) return null;
        return document.Content.Source.ToString(location.SourceSpan);
    }

    static string ArtifactUri(string path) =>
        Path.IsPathRooted(path) ? new Uri(path).AbsoluteUri : string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
}
