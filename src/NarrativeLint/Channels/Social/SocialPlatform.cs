namespace NarrativeLint.Channels.Social;

/// <summary>Names social platforms the way length and disclosure rules know them: "twitter" is "x".</summary>
public static class SocialPlatform
{
    static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["x"] = "x", ["twitter"] = "x", ["tweets"] = "x",
        ["instagram"] = "instagram", ["ig"] = "instagram",
        ["linkedin"] = "linkedin",
        ["facebook"] = "facebook", ["fb"] = "facebook",
        ["tiktok"] = "tiktok",
        ["threads"] = "threads", ["mastodon"] = "mastodon", ["bluesky"] = "bluesky",
        ["youtube"] = "youtube",
    };

    /// <summary>The platform's canonical id, or the value lower-cased when it is not one we know; null for blank.</summary>
    public static string? Normalize(string? platform)
    {
        if (string.IsNullOrWhiteSpace(platform)) return null;
        var trimmed = platform.Trim();
        return Aliases.TryGetValue(trimmed, out var known) ? known : trimmed.ToLowerInvariant();
    }

    /// <summary>The platform a file name names in one of its words (<c>x-2025.json</c>, <c>instagram-summer.yaml</c>), or null.</summary>
    public static string? FromFileName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        foreach (var word in name.Split(['-', '_', '.', ' '], StringSplitOptions.RemoveEmptyEntries))
            if (Aliases.TryGetValue(word, out var platform)) return platform;
        return null;
    }
}
