using System.Globalization;
using System.Text.RegularExpressions;
using NarrativeLint.Channels;
using NarrativeLint.Language;

namespace NarrativeLint.Engine;

/// <summary>Fills in what a reader could not know: channel from the registry, language and date from the file name or the text.</summary>
static partial class DocumentFacts
{
    [GeneratedRegex(@"\.(?<lang>[a-z]{2}(-[a-z]{2,4})?)\.[a-z0-9]+$", RegexOptions.IgnoreCase)]
    private static partial Regex LanguageSuffix();

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})")]
    private static partial Regex DatePrefix();

    /// <summary>
    /// Language: the metadata's (front matter, HTML <c>lang</c>), then the path's conventions, then detection from the
    /// text, then the fallback pack's (English). A language without a pack keeps its own code ("ja").
    /// </summary>
    public static string LanguageOf(ContentMetadata metadata, string path, Func<string?> detect, LanguagePacks packs)
    {
        if (metadata.Language is { Length: > 0 } declared) return packs.Get(declared).Code;
        if (LanguageFromPath(path) is { } fromPath) return packs.Get(fromPath).Code;
        return detect() ?? packs.Fallback.Code;
    }

    /// <summary>
    /// The language a site generator's layout gives a file: Hugo <c>content/ja/…</c>, Docusaurus <c>i18n/ja/…</c>,
    /// Jekyll <c>_ja/…</c> folders, and <c>page.ja.md</c> suffixes; only codes of real languages count.
    /// </summary>
    public static string? LanguageFromPath(string path)
    {
        var parts = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < parts.Length; i++)
        {
            var folder = parts[i + 1];
            if (parts[i] is "content" or "i18n" && LanguageCodes.IsLanguage(folder)) return folder.ToLowerInvariant();
            if (parts[i].StartsWith('_') && LanguageCodes.IsLanguage(parts[i][1..])) return parts[i][1..].ToLowerInvariant();
        }
        var suffix = LanguageSuffix().Match(Path.GetFileName(path));
        return suffix.Success && LanguageCodes.IsLanguage(suffix.Groups["lang"].Value) ? suffix.Groups["lang"].Value.ToLowerInvariant() : null;
    }

    /// <summary>A date from a blog-style file name ("2025-01-09-our-care-promise.md"), where the metadata has none.</summary>
    public static DateOnly? DateFromFileName(string path)
    {
        var match = DatePrefix().Match(Path.GetFileName(path));
        return match.Success && DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : null;
    }
}
