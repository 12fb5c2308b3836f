using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Text;

namespace NarrativeLint.Channels.Shared;

/// <summary>
/// Where a text a reader works on sits in the file: the file itself (an .html page), or a decoded
/// MIME part whose <see cref="SourceMap"/> leads back into the .eml file.
/// </summary>
internal sealed class TextOrigin
{
    readonly SourceMap? _map;
    int _lastRun;

    TextOrigin(string text, SourceMap? map) => (Text, _map) = (text, map);

    /// <summary>The text positions refer to.</summary>
    public string Text { get; }

    /// <summary>The text is the file: every position is a file position.</summary>
    public static TextOrigin Identity(string text) => new(text, null);

    /// <summary>The text was decoded from the file; <paramref name="map"/> takes its positions back to the file.</summary>
    public static TextOrigin Mapped(string text, SourceMap map) => new(text, map);

    /// <summary>Where the character at <paramref name="position"/> came from: a single file position when it was copied verbatim, else the span it was decoded from.</summary>
    public (bool Verbatim, TextSpan File) Locate(int position)
    {
        if (_map is null || _map.Runs.IsEmpty) return (true, new TextSpan(position, 1));
        var run = _map.Runs[RunIndex(position)];
        return run.Verbatim
            ? (true, new TextSpan(run.Source.Start + (position - run.ProseStart), 1))
            : (false, run.Source);
    }

    /// <summary>The file span a span of the text came from.</summary>
    public TextSpan ToFile(TextSpan span) => _map is null || _map.Runs.IsEmpty ? span : _map.ToSource(span);

    int RunIndex(int position)
    {
        var runs = _map!.Runs;
        // Readers walk forward, so the run of the previous lookup (or the next one) is usually the answer.
        if (_lastRun < runs.Length && runs[_lastRun].ProseStart <= position && position < runs[_lastRun].ProseStart + runs[_lastRun].Length)
            return _lastRun;
        int lo = 0, hi = runs.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (runs[mid].ProseStart <= position) lo = mid; else hi = mid - 1;
        }
        return _lastRun = lo;
    }
}
