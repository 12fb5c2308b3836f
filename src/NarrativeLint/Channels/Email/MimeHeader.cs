using Microsoft.CodeAnalysis.Text;

namespace NarrativeLint.Channels.Email;

/// <summary>One header field: its name, its unfolded value, and where the raw value sits in the file.</summary>
/// <param name="Value">The value with folding removed (line breaks dropped, the whitespace after them kept), not yet decoded.</param>
/// <param name="ValueSpan">The raw value in the file, from after the colon to the end of its last folded line.</param>
internal sealed record MimeHeader(string Name, string Value, TextSpan ValueSpan);

/// <summary>The header fields of a message or a part, in order; lookups are case-insensitive and return the first field.</summary>
internal sealed class MimeHeaderList(IReadOnlyList<MimeHeader> headers)
{
    public static readonly MimeHeaderList Empty = new([]);

    public IReadOnlyList<MimeHeader> All => headers;

    public MimeHeader? Find(string name) => headers.FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    public string? this[string name] => Find(name)?.Value.Trim();

    public bool Has(string name) => Find(name) is not null;
}
