using System.Globalization;
using System.Text.Json;

namespace NarrativeLint.Reporting.History;

/// <summary>
/// What <c>narrativelint history</c> prints: the runs with their counts, oldest first, each commitment's and
/// channel's count over them, and which findings are new, fixed and still open between the last two runs.
/// </summary>
public sealed class HistoryReport(string location, IReadOnlyList<HistoryRun> runs, HistoryChanges? changes)
{
    /// <summary>Reads the runs (from <paramref name="since"/> on) and compares the findings of the last two.</summary>
    public static HistoryReport From(IHistoryStore store, DateTimeOffset? since)
    {
        var runs = store.Runs(since);
        var changes = runs.Count < 2 ? null : HistoryChanges.Between(store.Findings(runs[^2].Id), store.Findings(runs[^1].Id));
        return new HistoryReport(store.Location, runs, changes);
    }

    public void WriteJson(TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("store", location);
            json.WriteStartArray("runs");
            foreach (var run in runs)
            {
                json.WriteStartObject();
                json.WriteNumber("id", run.Id);
                json.WriteString("time", run.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
                if (run.Revision is null) json.WriteNull("revision");
                else json.WriteString("revision", run.Revision);
                json.WriteString("registryHash", run.Description.RegistryHash);
                json.WriteString("toolVersion", run.Description.ToolVersion);
                json.WriteStartObject("findings");
                json.WriteNumber("total", run.Counts.Total);
                json.WriteNumber("suppressed", run.Counts.Suppressed);
                json.WriteNumber("baselined", run.Counts.Baselined);
                Counts(json, "byRule", run.Counts.ByRule);
                Counts(json, "byCommitment", run.Counts.ByCommitment);
                Counts(json, "byChannel", run.Counts.ByChannel);
                Counts(json, "byLanguage", run.Counts.ByLanguage);
                Counts(json, "byFile", run.Counts.ByFile);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartObject("trend");
            Trend(json, "byCommitment", CountDimension.Commitment);
            Trend(json, "byChannel", CountDimension.Channel);
            json.WriteEndObject();
            if (changes is null) json.WriteNull("changes");
            else
            {
                json.WriteStartObject("changes");
                json.WriteNumber("from", runs[^2].Id);
                json.WriteNumber("to", runs[^1].Id);
                Findings(json, "new", changes.New);
                Findings(json, "fixed", changes.Fixed);
                Findings(json, "stillOpen", changes.StillOpen);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    public void WriteText(TextWriter output)
    {
        output.WriteLine($"{runs.Count} recorded run{(runs.Count == 1 ? "" : "s")} in {location}");
        foreach (var run in runs)
        {
            var revision = run.Revision is { Length: >= 7 } r ? r[..7] : "-";
            output.WriteLine($"  #{run.Id,-4} {run.Time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}  {revision,-7}  " +
                             $"{run.Counts.Total} open, {run.Counts.Suppressed} suppressed, {run.Counts.Baselined} baselined");
        }
        if (runs.Count == 0) return;
        foreach (var (title, dimension) in new[] { ("commitment", CountDimension.Commitment), ("channel", CountDimension.Channel) })
        {
            var keys = Keys(dimension);
            if (keys.Count == 0) continue;
            output.WriteLine();
            output.WriteLine($"Open findings per {title}, oldest run first:");
            var width = keys.Max(k => k.Length);
            foreach (var key in keys) output.WriteLine($"  {key.PadRight(width)}  {string.Join(" → ", Series(dimension, key))}");
        }
        if (changes is null) return;
        output.WriteLine();
        output.WriteLine($"Run #{runs[^1].Id} against run #{runs[^2].Id}: {changes.New.Count} new, {changes.Fixed.Count} fixed, {changes.StillOpen.Count} still open");
        foreach (var finding in changes.New) output.WriteLine($"  new    {finding.Rule} {finding.Path}:{finding.Line}: {finding.Message}");
        foreach (var finding in changes.Fixed) output.WriteLine($"  fixed  {finding.Rule} {finding.Path}:{finding.Line}: {finding.Message}");
    }

    List<string> Keys(string dimension) => [.. runs.SelectMany(r => r.Counts.Of(dimension).Keys).Distinct().Order(StringComparer.Ordinal)];

    IEnumerable<int> Series(string dimension, string key) => runs.Select(r => r.Counts.Of(dimension).GetValueOrDefault(key));

    void Trend(Utf8JsonWriter json, string name, string dimension)
    {
        json.WriteStartObject(name);
        foreach (var key in Keys(dimension))
        {
            json.WriteStartArray(key);
            foreach (var count in Series(dimension, key)) json.WriteNumberValue(count);
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    static void Counts(Utf8JsonWriter json, string name, IEnumerable<KeyValuePair<string, int>> counts)
    {
        json.WriteStartObject(name);
        foreach (var (key, count) in counts) json.WriteNumber(key, count);
        json.WriteEndObject();
    }

    static void Findings(Utf8JsonWriter json, string name, IReadOnlyList<HistoryFinding> findings)
    {
        json.WriteStartArray(name);
        foreach (var finding in findings)
        {
            json.WriteStartObject();
            json.WriteString("fingerprint", finding.Fingerprint);
            json.WriteString("rule", finding.Rule);
            json.WriteString("severity", finding.Severity);
            json.WriteString("path", finding.Path);
            json.WriteNumber("line", finding.Line);
            if (finding.Commitment is not null) json.WriteString("commitmentId", finding.Commitment);
            if (finding.Channel is not null) json.WriteString("channel", finding.Channel);
            if (finding.Language is not null) json.WriteString("language", finding.Language);
            json.WriteString("message", finding.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
