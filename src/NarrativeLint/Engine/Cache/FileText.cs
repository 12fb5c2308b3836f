using System.Text;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Channels;

namespace NarrativeLint.Engine.Cache;

/// <summary>
/// The text of a file read back from the cache, as it decodes, read from disk only when something asks for it (a
/// finding's location, a snippet, a translation pair compared again): most of a warm run's documents never need theirs.
/// A file that cannot be read by then gives an empty text (locations are clamped to it); one changed since it was
/// hashed gives its new text — the run's findings are still those of the content it was hashed with.
/// </summary>
sealed class FileText(string path) : SourceText
{
    readonly Lazy<SourceText> _text = new(() => SourceText.From(Read(path)), LazyThreadSafetyMode.ExecutionAndPublication);

    static string Read(string path)
    {
        try
        {
            return TextDecoding.Decode(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    SourceText Text => _text.Value;

    public override Encoding? Encoding => null;

    public override int Length => Text.Length;

    public override char this[int position] => Text[position];

    public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count) => Text.CopyTo(sourceIndex, destination, destinationIndex, count);

    public override string ToString(TextSpan span) => Text.ToString(span);

    protected override TextLineCollection GetLinesCore() => Text.Lines;
}
