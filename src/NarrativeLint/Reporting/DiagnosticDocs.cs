using System.Collections.Concurrent;

namespace NarrativeLint.Reporting;

/// <summary>The docs page of each diagnostic (docs/diagnostics/ID.md), embedded at build time so an installed tool carries them.</summary>
public static class DiagnosticDocs
{
    static readonly ConcurrentDictionary<string, string?> Pages = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The Markdown of the page for <paramref name="id"/>, or null when the build has none.</summary>
    public static string? Markdown(string id) => Pages.GetOrAdd(id, static key =>
    {
        using var stream = typeof(DiagnosticDocs).Assembly.GetManifestResourceStream($"docs/diagnostics/{key.ToUpperInvariant()}.md");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
