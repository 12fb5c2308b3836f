using System.Text;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Engine;
using NarrativeLint.Registry;

namespace NarrativeLint.Tests.Rules;

/// <summary>
/// The rules' verifier, in the style of Roslyn's analyzer verifiers: a test writes each file's content with the
/// findings it expects marked (<c>We reply {|NL1001:within 72 hours|}.</c>), the whole engine runs on it in memory,
/// and the active findings must be exactly the marked ones, each with its ID and exact span, and no others.
/// The file name decides what it decides for users (<c>post.it.md</c> is Italian Markdown, <c>social/x.yaml</c> a social file).
/// </summary>
static class Verify
{
    /// <summary>One Markdown paragraph in <paramref name="language"/>, dated in its front matter, against the fixture registry.</summary>
    public static IReadOnlyList<Finding> Post(string markup, string language = "en", string date = Fixture.Date, IReadOnlyCollection<string>? ignoring = null) =>
        Files(Fixture.Registry, [Fixture.Post(markup, language, date)], ignoring);

    /// <summary>One file, named as a user would name it, against the fixture registry.</summary>
    public static IReadOnlyList<Finding> File(string path, string markup, IReadOnlyCollection<string>? ignoring = null) =>
        Files(Fixture.Registry, [(path, markup)], ignoring);

    /// <summary>Several files checked in one run (cross-document rules see all of them).</summary>
    public static IReadOnlyList<Finding> Files(params (string Path, string Markup)[] files) => Files(Fixture.Registry, files);

    /// <summary>
    /// Checks <paramref name="files"/> against <paramref name="registry"/>; findings with an ID in
    /// <paramref name="ignoring"/> are neither required nor allowed to be marked. Returns the findings in file order.
    /// </summary>
    public static IReadOnlyList<Finding> Files(BrandRegistry registry, IReadOnlyList<(string Path, string Markup)> files, IReadOnlyCollection<string>? ignoring = null)
    {
        var parsed = files.Select(f => (f.Path, Parsed: Markup.Parse(f.Markup))).ToList();
        var result = InMemoryRun.Check(registry, [.. parsed.Select(f => (f.Path, f.Parsed.Text))]);
        var reported = result.Active.Where(f => ignoring is null || !ignoring.Contains(f.Id)).ToList();

        var failures = new StringBuilder();
        foreach (var (path, (text, expected)) in parsed)
        {
            var actual = reported.Where(f => f.Path == path).ToList();
            var missing = Without(expected, actual.Select(Marked));
            var unexpected = Without(actual.Select(Marked), expected);
            if (missing.Count == 0 && unexpected.Count == 0) continue;
            Describe(failures, path, text, expected, actual, missing, unexpected);
        }
        var elsewhere = reported.Where(f => parsed.All(p => p.Path != f.Path)).ToList();
        foreach (var finding in elsewhere)
            failures.AppendLine($"unexpected finding in {finding.Path}, a file the test did not give: {finding.Id} {finding.Message}");
        if (failures.Length > 0) throw new ShouldAssertException(failures.ToString());
        return reported;
    }

    static MarkedSpan Marked(Finding finding) => new(finding.Id, finding.Diagnostic.Location.SourceSpan);

    /// <summary>The spans of <paramref name="spans"/> left once each one of <paramref name="matched"/> has taken its twin.</summary>
    static List<MarkedSpan> Without(IEnumerable<MarkedSpan> spans, IEnumerable<MarkedSpan> matched)
    {
        var left = spans.ToList();
        foreach (var span in matched) left.Remove(span);
        return left;
    }

    static void Describe(StringBuilder failures, string path, string text, IReadOnlyList<MarkedSpan> expected, List<Finding> actual,
        List<MarkedSpan> missing, List<MarkedSpan> unexpected)
    {
        var lines = SourceText.From(text).Lines;
        string Where(MarkedSpan s)
        {
            var span = lines.GetLinePositionSpan(s.Span);
            return $"{s.Id} at {span.Start.Line + 1}:{span.Start.Character + 1}-{span.End.Line + 1}:{span.End.Character + 1} [{s.Span.Start}..{s.Span.End}) \"{Quoted(text, s.Span)}\"";
        }

        failures.AppendLine($"{path}: the findings differ from the markup.");
        failures.AppendLine("expected:");
        failures.AppendLine(Indented(Markup.Mark(text, expected) ?? text));
        failures.AppendLine("actual:");
        failures.AppendLine(Indented(Markup.Mark(text, actual.Select(Marked)) ?? "(findings cross, so they are listed one by one below)\n" + text));
        foreach (var span in missing) failures.AppendLine("missing:    " + Where(span));
        foreach (var span in unexpected)
            failures.AppendLine("unexpected: " + Where(span) + ": " + actual.First(f => Marked(f) == span).Message);
    }

    static string Quoted(string text, TextSpan span) =>
        span.End <= text.Length ? text.Substring(span.Start, span.Length).Replace("\r", "\\r").Replace("\n", "\\n") : "(beyond the text)";

    static string Indented(string text) => "    " + text.Replace("\n", "\n    ");
}
