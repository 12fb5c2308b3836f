using System.Text;
using System.Text.Json;
using NarrativeLint.Analyzers;

namespace NarrativeLint.Engine;

/// <summary>One accepted finding: where, which rule, which commitment, what words — never a line number, so edits elsewhere keep it.</summary>
public sealed record BaselineEntry(string Path, string Rule, string? Commitment, string Text);

/// <summary>
/// The findings a team accepted when it adopted the gate. A finding matches an entry with the same path, rule,
/// commitment and normalised quoted text; each entry matches as many findings as were accepted with that key.
/// </summary>
public sealed class Baseline
{
    const int FormatVersion = 1;

    readonly Dictionary<BaselineEntry, int> _accepted;

    Baseline(Dictionary<BaselineEntry, int> accepted) => _accepted = accepted;

    public int Count => _accepted.Values.Sum();

    /// <summary>The findings of a run that count (not suppressed), as a baseline.</summary>
    public static Baseline Of(AnalysisResult result) =>
        new(result.Findings.Where(f => !f.IsSuppressed).GroupBy(f => KeyOf(f, result)).ToDictionary(g => g.Key, g => g.Count()));

    /// <summary>The run's findings with those this baseline accepts marked <see cref="Finding.IsBaselined"/>.</summary>
    public AnalysisResult Apply(AnalysisResult result)
    {
        var left = new Dictionary<BaselineEntry, int>(_accepted);
        var findings = result.Findings.Select(f =>
        {
            var key = KeyOf(f, result);
            if (f.IsSuppressed || !left.TryGetValue(key, out var count) || count == 0) return f;
            left[key] = count - 1;
            return f with { IsBaselined = true };
        });
        return result with { Findings = [.. findings] };
    }

    /// <summary>The key of a finding: its quoted words, else the text at its location, else its source line, normalised.</summary>
    public static BaselineEntry KeyOf(Finding finding, AnalysisResult result)
    {
        var text = finding.Property(FindingProperties.Quoted) ?? SourceText(finding, result) ?? "";
        return new BaselineEntry(finding.Path, finding.Id, finding.Property(FindingProperties.CommitmentId), Normalise(text));
    }

    static string? SourceText(Finding finding, AnalysisResult result)
    {
        var source = result.Document(finding.Path)?.Content.Source;
        if (source is null || source.Length == 0) return null;
        var span = finding.Diagnostic.Location.SourceSpan;
        if (!span.IsEmpty && span.End <= source.Length) return source.ToString(span);
        var line = finding.LineSpan.StartLinePosition.Line;
        return line < source.Lines.Count ? source.Lines[line].ToString() : null;
    }

    /// <summary>Case, Unicode form and runs of white space do not tell two wordings apart.</summary>
    public static string Normalise(string text) =>
        string.Join(' ', text.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The baseline as JSON: entries sorted by path, rule, commitment and text, so it diffs well under review.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            json.WriteStartArray("findings");
            foreach (var (entry, count) in _accepted.OrderBy(p => p.Key.Path, StringComparer.Ordinal).ThenBy(p => p.Key.Rule, StringComparer.Ordinal)
                         .ThenBy(p => p.Key.Commitment, StringComparer.Ordinal).ThenBy(p => p.Key.Text, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("path", entry.Path);
                json.WriteString("rule", entry.Rule);
                if (entry.Commitment is not null) json.WriteString("commitment", entry.Commitment);
                json.WriteString("text", entry.Text);
                if (count > 1) json.WriteNumber("count", count);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Reads a baseline file; a malformed one is an error naming the file, not an empty baseline.</summary>
    public static Baseline Parse(string json, string file)
    {
        var accepted = new Dictionary<BaselineEntry, int>();
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (!root.TryGetProperty("version", out var version) || version.GetInt32() != FormatVersion)
                throw new FormatException($"{file}: not a NarrativeLint baseline of version {FormatVersion}");
            foreach (var item in root.GetProperty("findings").EnumerateArray())
            {
                var entry = new BaselineEntry(
                    item.GetProperty("path").GetString()!,
                    item.GetProperty("rule").GetString()!,
                    item.TryGetProperty("commitment", out var c) ? c.GetString() : null,
                    Normalise(item.GetProperty("text").GetString()!));
                accepted[entry] = accepted.GetValueOrDefault(entry) + (item.TryGetProperty("count", out var n) ? n.GetInt32() : 1);
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new FormatException(e is FormatException ? e.Message : $"{file}: not a valid NarrativeLint baseline: {e.Message}", e);
        }
        return new Baseline(accepted);
    }
}
