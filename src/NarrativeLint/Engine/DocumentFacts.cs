using System.Globalization;
using System.Text.RegularExpressions;
using NarrativeLint.Channels;
using NarrativeLint.Language;

namespace NarrativeLint.Engine;

/// <summary>Fills in what a reader could not know: channel from the registry, language and date from the file name or the text.</summary>
static partial class DocumentFacts
{
    [GeneratedRegex(@"\.(?<lang>[a-z]{2})\.[a-z0-9]+$", RegexOptions.IgnoreCase)]
    private static partial Regex LanguageSuffix();

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})")]
    private static partial Regex DatePrefix();

    /// <summary>Language: the metadata's, then a <c>.it.md</c>-style suffix, then detection from the prose, then the fallback pack's (English).</summary>
    public static string LanguageOf(ContentMetadata metadata, string path, Func<string?> detect, LanguagePacks packs)
    {
        if (metadata.Language is { Length: > 0 } declared) return packs.Get(declared).Code;
        var suffix = LanguageSuffix().Match(Path.GetFileName(path));
        if (suffix.Success && packs.All.Any(p => p.Code == suffix.Groups["lang"].Value.ToLowerInvariant()))
            return suffix.Groups["lang"].Value.ToLowerInvariant();
        return detect() ?? packs.Fallback.Code;
    }

    /// <summary>A date from a blog-style file name ("2025-01-09-our-care-promise.md"), where the metadata has none.</summary>
    public static DateOnly? DateFromFileName(string path)
    {
        var match = DatePrefix().Match(Path.GetFileName(path));
        return match.Success && DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : null;
    }
}
