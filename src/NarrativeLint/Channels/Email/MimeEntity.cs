using Microsoft.CodeAnalysis.Text;

namespace NarrativeLint.Channels.Email;

/// <summary>A message or one of its parts: headers, content type, and either a body or child parts.</summary>
/// <param name="Body">The body's span in the file (for a multipart: everything after its headers).</param>
internal sealed record MimeEntity(MimeHeaderList Headers, ContentType ContentType, TextSpan Body, IReadOnlyList<MimeEntity> Children)
{
    /// <summary>7bit, 8bit, binary, quoted-printable or base64 (lower case); 7bit when absent.</summary>
    public string TransferEncoding => Headers["Content-Transfer-Encoding"]?.ToLowerInvariant() ?? "7bit";

    /// <summary>A part sent as a file (Content-Disposition: attachment) rather than as the message text.</summary>
    public bool IsAttachment =>
        Headers["Content-Disposition"] is { } disposition &&
        disposition.TrimStart().StartsWith("attachment", StringComparison.OrdinalIgnoreCase);

    /// <summary>This entity and all entities below it, depth first, parents before children.</summary>
    public IEnumerable<MimeEntity> Descendants()
    {
        var stack = new Stack<MimeEntity>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var entity = stack.Pop();
            yield return entity;
            for (int i = entity.Children.Count - 1; i >= 0; i--) stack.Push(entity.Children[i]);
        }
    }
}
