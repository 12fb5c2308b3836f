using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using NarrativeLint.Analyzers;
using NarrativeLint.Registry;
using YamlDotNet.RepresentationModel;

namespace NarrativeLint.Engine.Configuration;

/// <summary>The result of reading a configuration file: the configuration when valid, and every error with its position.</summary>
public sealed record ConfigurationLoadResult(ProjectConfiguration? Configuration, ImmutableArray<RegistryError> Errors)
{
    public bool Succeeded => Errors.IsEmpty && Configuration is not null;
}

/// <summary>
/// Finds and reads <c>narrativelint.yaml</c>, validated like the registry: unknown keys and bad values are errors with
/// file, line and column, all of them reported in one pass.
/// </summary>
public static partial class ConfigurationLoader
{
    public const string FileName = "narrativelint.yaml";

    internal static readonly string[] TopKeys =
        ["registry", "catalogues", "languages", "include", "exclude", "channels", "severity", "overrides", "fail-on", "ui-language", "history", "docs-url", "max-file-size", "max-file-time", "cache"];
    internal static readonly string[] OverrideKeys = ["paths", "severity"];
    internal static readonly string[] FailOnLevels = ["error", "warning", "none"];

    /// <summary>The nearest <c>narrativelint.yaml</c> in <paramref name="folder"/> or a folder above it, or null.</summary>
    public static string? Find(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FileName);
            if (System.IO.File.Exists(candidate)) return candidate;
        }
        return null;
    }

    public static ConfigurationLoadResult Load(string path)
    {
        string text;
        try
        {
            text = System.IO.File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return new(null, [new RegistryError(new(path, 1, 1), $"cannot read the configuration: {e.Message}")]);
        }
        return LoadText(text, path);
    }

    /// <summary>Reads configuration YAML; relative paths in it are resolved against the folder of <paramref name="path"/>.</summary>
    public static ConfigurationLoadResult LoadText(string text, string path)
    {
        var errors = new List<RegistryError>();
        var reader = new Reader(new YamlReading(path, errors), Path.GetDirectoryName(Path.GetFullPath(path))!);
        var configuration = new ProjectConfiguration { File = Path.GetFullPath(path) };
        foreach (var document in reader.Yaml.Load(text))
            configuration = reader.Read(document.RootNode, configuration);
        return new(errors.Count == 0 ? configuration : null, [.. errors]);
    }

    sealed class Reader(YamlReading yaml, string folder)
    {
        public YamlReading Yaml => yaml;

        public ProjectConfiguration Read(YamlNode root, ProjectConfiguration configuration)
        {
            if (root is YamlScalarNode empty && YamlReading.IsNull(empty)) return configuration;
            if (yaml.Mapping(root, "the configuration", TopKeys) is not { } map) return configuration;
            var e = yaml.Entries(map, "the configuration", TopKeys);
            var global = e.TryGetValue("severity", out var sev) ? Severities(sev.Value, "severity") : null;
            var scoped = e.TryGetValue("overrides", out var ov) ? Overrides(ov.Value) : [];
            return configuration with
            {
                Registry = e.TryGetValue("registry", out var r) ? Paths(r.Value, "registry", mustExist: true) : [],
                Catalogues = e.TryGetValue("catalogues", out var c) ? Catalogues(c.Value) : null,
                Languages = e.TryGetValue("languages", out var l) ? Paths(l.Value, "languages", mustExist: true, files: true) : [],
                Include = e.TryGetValue("include", out var inc) ? yaml.TextList(inc.Value, "include", allowSingle: true) : [],
                Exclude = e.TryGetValue("exclude", out var exc) ? yaml.TextList(exc.Value, "exclude", allowSingle: true) : [],
                Channels = e.TryGetValue("channels", out var ch) ? Channels(ch.Value) : [],
                Severities = global is null ? scoped : [new SeverityScope([], global), .. scoped],
                FailOn = e.TryGetValue("fail-on", out var f) ? OneOf(f.Value, "fail-on", FailOnLevels) : null,
                UiLanguage = e.TryGetValue("ui-language", out var ui) ? LanguageCode(ui.Value) : null,
                // A PostgreSQL connection string (Host=…;Database=…) is kept as written; a SQLite file is relative to this file.
                History = e.TryGetValue("history", out var h) && yaml.Text(h.Value, "history") is { } history
                    ? history.Contains('=') ? history : Path.GetFullPath(history, folder) : null,
                DocsUrl = e.TryGetValue("docs-url", out var d) ? DocsUrl(d.Value) : null,
                MaxFileMegabytes = e.TryGetValue("max-file-size", out var size) ? yaml.PositiveInteger(size.Value, "max-file-size") : null,
                MaxFileSeconds = e.TryGetValue("max-file-time", out var time) ? Seconds(time.Value) : null,
                Cache = e.TryGetValue("cache", out var cache) && yaml.Text(cache.Value, "cache") is { } folderName ? Path.GetFullPath(folderName, folder) : null,
            };
        }

        /// <summary>A path or a list of them, relative to the configuration's folder.</summary>
        ImmutableArray<string> Paths(YamlNode node, string what, bool mustExist, bool files = false)
        {
            var result = ImmutableArray.CreateBuilder<string>();
            var items = node is YamlSequenceNode list ? list.Children : (IList<YamlNode>)[node];
            foreach (var (item, written) in items.Zip(yaml.TextList(node, what, allowSingle: true)))
            {
                var full = Path.GetFullPath(written, folder);
                bool exists = files ? System.IO.File.Exists(full) : System.IO.File.Exists(full) || Directory.Exists(full);
                if (mustExist && !exists)
                    yaml.Error(item, $"{what}: '{written}' does not exist (relative to {folder}); expected {(files ? "a file" : "a file or folder")}");
                result.Add(full);
            }
            return result.ToImmutable();
        }

        ImmutableArray<string> Catalogues(YamlNode node)
        {
            var known = RegistryLoader.BuiltInCatalogues.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var ids = yaml.TextList(node, "catalogues");
            if (node is YamlSequenceNode list)
                foreach (var (item, id) in list.Children.Zip(ids))
                    if (!known.Contains(id))
                        yaml.Error(item, $"unknown catalogue '{id}'; expected one of {string.Join(", ", known.Order(StringComparer.Ordinal))}");
            return ids;
        }

        /// <summary><c>channels: { press: [press/**], social: social/** }</c>: channel id to the globs of its files.</summary>
        ImmutableArray<ChannelMapping> Channels(YamlNode node)
        {
            if (node is not YamlMappingNode map)
            {
                yaml.Error(node, $"channels must be a mapping of channel id to path globs, such as press: [\"press/**\"]; found {YamlReading.Describe(node)}");
                return [];
            }
            var result = ImmutableArray.CreateBuilder<ChannelMapping>();
            foreach (var (key, value) in map.Children)
            {
                if (key is not YamlScalarNode { Value: { Length: > 0 } id } || !ChannelId().IsMatch(id))
                {
                    yaml.Error(key, $"'{(key as YamlScalarNode)?.Value}' is not a channel id; expected lower-case words such as press or social");
                    continue;
                }
                result.Add(new ChannelMapping(id, yaml.TextList(value, $"the globs of channel '{id}'", allowSingle: true)));
            }
            return result.ToImmutable();
        }

        ImmutableArray<SeverityScope> Overrides(YamlNode node)
        {
            if (node is not YamlSequenceNode list)
            {
                yaml.Error(node, $"overrides must be a list of {{ paths: [globs], severity: {{ ID: level }} }}; found {YamlReading.Describe(node)}");
                return [];
            }
            var result = ImmutableArray.CreateBuilder<SeverityScope>();
            foreach (var item in list)
            {
                if (yaml.Mapping(item, "an override", OverrideKeys) is not { } map) continue;
                var e = yaml.Entries(map, "an override", OverrideKeys);
                var paths = e.TryGetValue("paths", out var p) ? yaml.TextList(p.Value, "paths", allowSingle: true) : [];
                if (paths.IsEmpty) yaml.Error(map, "an override has no paths; expected paths: [\"archive/**\"]");
                var severities = e.TryGetValue("severity", out var s) ? Severities(s.Value, "severity of an override") : null;
                if (severities is null) yaml.Error(map, "an override has no severity; expected severity: { NL1: info }");
                if (!paths.IsEmpty && severities is not null) result.Add(new SeverityScope(paths, severities));
            }
            return result.ToImmutable();
        }

        /// <summary><c>{ NL4001: error, NL6: none }</c>: a diagnostic ID or family prefix to a level.</summary>
        ImmutableDictionary<string, DiagnosticSeverity?>? Severities(YamlNode node, string what)
        {
            if (node is not YamlMappingNode map)
            {
                yaml.Error(node, $"{what} must be a mapping of diagnostic ID or family to a level, such as NL4001: error; found {YamlReading.Describe(node)}");
                return null;
            }
            var result = ImmutableDictionary.CreateBuilder<string, DiagnosticSeverity?>(StringComparer.OrdinalIgnoreCase);
            foreach (var (key, value) in map.Children)
            {
                var id = (key as YamlScalarNode)?.Value ?? "";
                if (!DiagnosticPrefix().IsMatch(id) || id.Length == 6 && Descriptors.Find(id) is null)
                {
                    yaml.Error(key, $"'{id}' in {what} is not a diagnostic ID or family; expected an ID such as NL4001 or a prefix such as NL4 (run 'narrativelint rules')");
                    continue;
                }
                if (OneOf(value, $"the level of {id}", SeverityLevels.Names) is { } level && SeverityLevels.TryParse(level, out var severity))
                    result[id.ToUpperInvariant()] = severity;
            }
            return result.ToImmutable();
        }

        string? OneOf(YamlNode node, string what, string[] allowed)
        {
            var text = yaml.Text(node, what);
            if (text is not null && allowed.Contains(text, StringComparer.Ordinal)) return text;
            yaml.Error(node, $"{what} is {(text is null ? "empty" : $"'{text}'")}; expected one of {string.Join(", ", allowed)}");
            return null;
        }

        string? LanguageCode(YamlNode node)
        {
            // A code without a translation (ja) is valid here: the run falls back to English with a warning.
            var text = yaml.Text(node, "ui-language");
            if (text is null || UiLanguagePattern().IsMatch(text)) return text;
            yaml.Error(node, $"ui-language '{text}' is not a language code; expected a code such as {string.Join(", ", Analyzers.MessageLanguage.Translated)}");
            return null;
        }

        /// <summary>A whole number of seconds; 0 turns the budget off.</summary>
        int? Seconds(YamlNode node)
        {
            var text = yaml.Text(node, "max-file-time");
            if (text is not null && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
                return seconds;
            yaml.Error(node, $"max-file-time is '{text}'; expected a whole number of seconds such as 60 (0 for no budget)");
            return null;
        }

        string? DocsUrl(YamlNode node)
        {
            var text = yaml.Text(node, "docs-url");
            if (text is not null && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
                return text.EndsWith('/') ? text : text + "/";
            yaml.Error(node, $"docs-url '{text}' is not an absolute http(s) URL; expected the folder of the diagnostics pages, such as https://example.com/docs/diagnostics/");
            return null;
        }
    }

    [GeneratedRegex(@"^NL\d{0,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex DiagnosticPrefix();

    [GeneratedRegex(@"^[a-z][a-z0-9-]*$")]
    private static partial Regex ChannelId();

    [GeneratedRegex(@"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex UiLanguagePattern();
}
