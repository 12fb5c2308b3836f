namespace NarrativeLint.LanguageServer.Features;

/// <summary>
/// How a suppression comment is written in each kind of file the readers take comments from: HTML comments in
/// Markdown and HTML, <c>#</c> lines in plain text and YAML. Other formats (JSON, captions, e-mail) have none here.
/// </summary>
public static class CommentSyntax
{
    /// <summary>The suppression line for a file, with an empty justification for the writer to fill in; null where the format has no comments.</summary>
    public static string? SuppressionFor(string path, string ids, string indentation) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".md" or ".markdown" or ".html" or ".htm" => $"{indentation}<!-- narrativelint-disable-next-line {ids}:  -->",
        ".txt" or ".yaml" or ".yml" => $"{indentation}# narrativelint-disable-next-line {ids}: ",
        _ => null,
    };
}
