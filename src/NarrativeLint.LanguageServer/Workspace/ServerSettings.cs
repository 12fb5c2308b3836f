using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NarrativeLint.Analyzers;
using NarrativeLint.Engine;
using RoslynSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace NarrativeLint.LanguageServer.Workspace;

/// <summary>
/// What the client configures, from <c>initializationOptions</c> and later <c>workspace/didChangeConfiguration</c>:
/// <c>{ "registry": "rules", "severity": { "NL4001": "error" }, "uiLanguage": "it", "debounceMs": 150, "docsUri": "…", "cache": ".narrativelint/cache" }</c>,
/// bare or under a <c>narrativelint</c> key (as VS Code sends its settings section). <c>language</c> is the older name of <c>uiLanguage</c>.
/// </summary>
public sealed record ServerSettings
{
    /// <summary>The registry file or folder, relative to the workspace root unless absolute.</summary>
    public string Registry { get; init; } = "rules";

    public ImmutableDictionary<string, RoslynSeverity?> Severities { get; init; } =
        ImmutableDictionary<string, RoslynSeverity?>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The language diagnostics and hovers are shown in: the <c>uiLanguage</c> setting, else the client's user-interface
    /// locale (<c>InitializeParams.locale</c>, which VS Code fills with its display language), else LC_ALL, LC_MESSAGES
    /// or LANG, else English.
    /// </summary>
    public CultureInfo MessageCulture { get; init; } = DefaultCulture(null);

    /// <summary>The client's user-interface locale, the language when <c>uiLanguage</c> is not set.</summary>
    public string? ClientLocale { get; init; }

    /// <summary>The settings of a client that shows its user interface in <paramref name="locale"/> (null: it does not say).</summary>
    public static ServerSettings ForClient(string? locale) => new() { ClientLocale = locale, MessageCulture = DefaultCulture(locale) };

    /// <summary>Quiet time after a keystroke before the buffer is linted again; the first change after a pause is linted at once.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>Where each diagnostic's page lives (<c>…/NL1001.md</c>); null: found next to the server or in the workspace.</summary>
    public string? DocsUri { get; init; }

    /// <summary>The cache folder (as <c>check --cache</c>), relative to the workspace root unless absolute; the workspace index reads unchanged files from it. Null: none.</summary>
    public string? Cache { get; init; }

    /// <summary>Whether two settings would lint alike (the severities compared by content), so an unchanged configuration reloads nothing.</summary>
    public bool SameAs(ServerSettings other) =>
        Registry == other.Registry && MessageCulture.Name == other.MessageCulture.Name && Debounce == other.Debounce && DocsUri == other.DocsUri && Cache == other.Cache
        && Severities.Count == other.Severities.Count && Severities.All(s => other.Severities.TryGetValue(s.Key, out var level) && level == s.Value);

    /// <summary>Settings overlaid by a JSON object; what it does not name keeps its value. Problems are returned, not thrown.</summary>
    public ServerSettings With(JsonElement? json, List<string> problems)
    {
        if (json is not { ValueKind: JsonValueKind.Object } element) return this;
        if (element.TryGetProperty("narrativelint", out var section) && section.ValueKind == JsonValueKind.Object) element = section;
        var settings = this;
        if (String(element, "registry") is { Length: > 0 } registry) settings = settings with { Registry = registry };
        if ((String(element, "uiLanguage") ?? String(element, "language")) is { } language)
            settings = settings with { MessageCulture = language.Length == 0 ? DefaultCulture(ClientLocale) : CultureOf(language, problems) };
        if (String(element, "cache") is { } cache) settings = settings with { Cache = cache.Length == 0 ? null : cache };
        if (String(element, "docsUri") is { } docs) settings = settings with { DocsUri = docs.Length == 0 ? null : docs };
        if (element.TryGetProperty("debounceMs", out var debounce) && debounce.TryGetInt32(out var ms) && ms >= 0)
            settings = settings with { Debounce = TimeSpan.FromMilliseconds(ms) };
        if (element.TryGetProperty("severity", out var severity) && severity.ValueKind == JsonValueKind.Object)
            settings = settings with { Severities = SeveritiesOf(severity, problems) };
        return settings;
    }

    static ImmutableDictionary<string, RoslynSeverity?> SeveritiesOf(JsonElement severity, List<string> problems)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, RoslynSeverity?>(StringComparer.OrdinalIgnoreCase);
        foreach (var setting in severity.EnumerateObject())
        {
            if (setting.Value.ValueKind == JsonValueKind.String && SeverityLevels.TryParse(setting.Value.GetString()!, out var level))
                builder[setting.Name] = level;
            else
                problems.Add($"severity '{setting.Name}': expected error, warning, info, hidden or none");
        }
        return builder.ToImmutable();
    }

    static CultureInfo DefaultCulture(string? clientLocale) => MessageLanguage.Choose((clientLocale, "the client's locale"), MessageLanguage.FromEnvironment()).Culture;

    /// <summary>A language without a translation, or no language at all, is English, and said so in the problems.</summary>
    static CultureInfo CultureOf(string language, List<string> problems)
    {
        var choice = MessageLanguage.Choose((language, "uiLanguage"));
        if (choice.Warning is { } warning) problems.Add(warning);
        return choice.Culture;
    }

    static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
