using System.Collections.Immutable;
using NarrativeLint.Language;
using YamlDotNet.RepresentationModel;

namespace NarrativeLint.Registry;

/// <summary>Where a pack in use came from: built in, a user's file, or a user's file laid over a built-in pack.</summary>
public sealed record LanguagePackSource(string Code, string Name, string Origin);

/// <summary>The packs a run uses, where each came from, and every problem in the user's pack files.</summary>
public sealed record LanguagePackLoadResult(LanguagePacks Packs, ImmutableArray<LanguagePackSource> Sources, ImmutableArray<RegistryError> Errors)
{
    public bool Succeeded => Errors.IsEmpty;
}

/// <summary>
/// Loads a user's language packs (<c>languages/*.yaml</c> beside the registry, or files the configuration names)
/// over the built-in ones. A user file with a built-in pack's code, or with <c>extends: it</c>, changes that
/// pack field by field: a section it writes replaces the same section, a mapping is merged key by key.
/// Files are validated like the registry: unknown keys and bad values are errors with file, line and column.
/// </summary>
public static class LanguagePackLoader
{
    const string ExtendsKey = "extends";
    const string BuiltIn = "built-in";

    /// <summary>The built-in packs plus the <c>languages/</c> folder beside <paramref name="registryPath"/> (a folder or a file in one).</summary>
    public static LanguagePackLoadResult LoadBesideRegistry(string registryPath) => Load(FilesBeside(registryPath));

    /// <summary>The pack files of the <c>languages/</c> folder beside a registry path, in ordinal order; none when there is no such folder.</summary>
    public static IReadOnlyList<string> FilesBeside(string registryPath)
    {
        var folder = Directory.Exists(registryPath) ? registryPath : Path.GetDirectoryName(Path.GetFullPath(registryPath)) ?? ".";
        var languages = Path.Combine(folder, "languages");
        return Directory.Exists(languages)
            ? Directory.EnumerateFiles(languages).Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).ToList()
            : [];
    }

    /// <summary>The built-in packs with <paramref name="files"/> laid over them, in order (a later file wins).</summary>
    public static LanguagePackLoadResult Load(IEnumerable<string> files)
    {
        var errors = new List<RegistryError>();
        // A built-in pack no file changes is read from its own text once; its YAML tree is built only for a file to lay over it.
        var definitions = new Dictionary<string, (YamlMappingNode? Node, string Origin)>(StringComparer.Ordinal);
        foreach (var code in LanguagePacks.EmbeddedCodes())
            definitions[code] = (null, BuiltIn);

        foreach (var file in files)
        {
            if (YamlReading.ReadFile(file, "language pack", errors) is not { } text) continue;
            var fileCode = Path.GetFileNameWithoutExtension(file);
            // A copy of a built-in pack, such as the demo's rules/languages/, changes nothing.
            if (definitions.TryGetValue(fileCode, out var shipped) && shipped.Origin == BuiltIn && text == LanguagePacks.ReadEmbeddedText(fileCode)) continue;
            var before = errors.Count;
            var yaml = new YamlReading(file, errors);
            if (yaml.Load(text) is not [var document, ..]) continue;
            if (yaml.Mapping(document.RootNode, "a language pack", Schema.Keys(typeof(LanguagePackDefinition))) is not { } map) continue;
            Schema.Check(yaml, map, typeof(LanguagePackDefinition), "the language pack", "");
            var code = Scalar(map, "code")?.Trim().ToLowerInvariant();
            if (string.IsNullOrEmpty(code)) yaml.Error(map, "a language pack needs a 'code' such as fr or pt-br");
            var extends = Scalar(map, ExtendsKey)?.Trim().ToLowerInvariant();
            if (extends is not null && !definitions.ContainsKey(extends))
                yaml.Error(map.Children.First(kv => kv.Key is YamlScalarNode { Value: ExtendsKey }).Value,
                    $"'{extends}' is not a pack this pack can extend; expected one of {string.Join(", ", definitions.Keys.Order())}");
            if (errors.Count > before || code is null) continue;

            var baseCode = extends ?? code;
            var laid = definitions.TryGetValue(baseCode, out var under);
            var node = laid ? Merge(under.Node ?? BuiltInNode(baseCode), map) : map;
            var origin = laid ? $"{file} (over {(under.Origin == BuiltIn ? "built-in" : under.Origin)} '{baseCode}')" : file;
            definitions[code] = (node, origin);
        }

        // No file changes a built-in pack: the packs are the process's one built-in set, which the registry's built-in
        // catalogues are read with anyway, not a second copy of it read and compiled again.
        if (definitions.Values.All(d => d.Node is null))
            return new LanguagePackLoadResult(LanguagePacks.Default,
                [.. LanguagePacks.Default.All.Select(p => new LanguagePackSource(p.Code, p.Name, BuiltIn))], [.. errors]);

        var packs = new List<LanguagePack>();
        var sources = ImmutableArray.CreateBuilder<LanguagePackSource>();
        foreach (var (code, (node, origin)) in definitions.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            try
            {
                var pack = LanguagePack.FromYaml(node is null ? LanguagePacks.ReadEmbeddedText(code)! : Serialize(node));
                // A changed pack is compiled now, so a bad value is reported here and not in the middle of a run; a shipped one, as tested, when first used.
                if (node is not null) pack.Annotate("1");
                packs.Add(pack);
                sources.Add(new LanguagePackSource(pack.Code, pack.Name, origin));
            }
            catch (Exception e) when (e is InvalidDataException or YamlDotNet.Core.YamlException or FormatException or OverflowException)
            {
                errors.Add(new RegistryError(new(origin, 1, 1), $"language pack '{code}' cannot be used: {e.Message}"));
            }
        }
        return new LanguagePackLoadResult(new LanguagePacks(packs), sources.ToImmutable(), [.. errors]);
    }

    static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode k && k.Value == key).Value is YamlScalarNode { Value: var value } ? value : null;

    /// <summary><paramref name="over"/> laid on <paramref name="under"/>: mappings merge key by key, anything else replaces.</summary>
    static YamlMappingNode Merge(YamlMappingNode under, YamlMappingNode over)
    {
        var merged = new YamlMappingNode();
        foreach (var (key, value) in under.Children) merged.Add(key, value);
        foreach (var (key, value) in over.Children)
        {
            if (key is YamlScalarNode { Value: ExtendsKey }) continue;
            merged.Children[key] = merged.Children.TryGetValue(key, out var old) && old is YamlMappingNode oldMap && value is YamlMappingNode newMap
                ? Merge(oldMap, newMap)
                : value;
        }
        return merged;
    }

    static string Serialize(YamlMappingNode node)
    {
        var writer = new StringWriter();
        new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    static YamlMappingNode BuiltInNode(string code)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(LanguagePacks.ReadEmbeddedText(code)!));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    /// <summary>The keys and value shapes of a pack file, read from <see cref="LanguagePackDefinition"/> itself, so the two cannot drift.</summary>
    static class Schema
    {
        static readonly string[] CueNames = [.. Enum.GetValues<CueKind>().Select(YamlReading.Kebab), "not-cues"];
        static readonly string[] UnitNames = [.. Enum.GetValues<DurationUnit>().Select(YamlReading.Kebab)];
        static readonly string[] QualifierNames = [.. Enum.GetValues<Qualifier>().Where(q => q != Qualifier.None).Select(YamlReading.Kebab)];
        static readonly Dictionary<string, string[]> Choices = new(StringComparer.Ordinal)
        {
            ["negation-reach"] = ["rest-of-clause", "clause"],
            ["algorithm"] = ["light", "snowball"],
        };

        public static IReadOnlyList<string> Keys(Type type)
        {
            var keys = Properties(type).Select(p => p.Key).ToList();
            if (type == typeof(LanguagePackDefinition)) keys.Add(ExtendsKey);
            return keys;
        }

        static IEnumerable<(string Key, Type Type)> Properties(Type type) =>
            PackYaml.ShapeOf(type).Properties.Select(p => (p.Key, p.Value.Property.PropertyType));

        public static void Check(YamlReading yaml, YamlNode node, Type type, string what, string key)
        {
            if (type == typeof(string))
            {
                if (yaml.Text(node, what) is { } text && Choices.TryGetValue(key, out var choices) && !choices.Contains(text))
                    yaml.Error(node, $"unknown {what} '{text}'; expected one of {string.Join(", ", choices)}");
                return;
            }
            if (type == typeof(bool) || type == typeof(int) || type == typeof(long))
            {
                var text = yaml.Text(node, what);
                var ok = type == typeof(bool) ? text is "true" or "false" : long.TryParse(text, out _);
                if (!ok) yaml.Error(node, $"{what} must be {(type == typeof(bool) ? "true or false" : "a whole number")}; found {YamlReading.Describe(node)}");
                return;
            }
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
            {
                if (node is YamlScalarNode empty && YamlReading.IsNull(empty)) return;
                if (node is not YamlSequenceNode list)
                {
                    yaml.Error(node, $"{what} must be a list such as [first, second]; found {YamlReading.Describe(node)}");
                    return;
                }
                foreach (var item in list) Check(yaml, item, type.GetGenericArguments()[0], $"an item of {what}", "");
                return;
            }
            if (node is YamlScalarNode nothing && YamlReading.IsNull(nothing)) return;
            if (node is not YamlMappingNode map)
            {
                yaml.Error(node, $"{what} must be a mapping; found {YamlReading.Describe(node)}");
                return;
            }
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
            {
                var (keyType, valueType) = (type.GetGenericArguments()[0], type.GetGenericArguments()[1]);
                string[]? allowed = key switch
                {
                    "duration-units" or "money-periods" => UnitNames,
                    "qualifiers" => QualifierNames,
                    "cues" => CueNames,
                    _ => null,
                };
                foreach (var (entryKey, value) in map.Children)
                {
                    var name = (entryKey as YamlScalarNode)?.Value;
                    if (keyType == typeof(int) && !(int.TryParse(name, out var month) && month is >= 1 and <= 12))
                        yaml.Error(entryKey, $"'{name}' in {what} is not a month; expected 1 to 12");
                    else if (allowed is not null && !allowed.Contains(name))
                        yaml.Error(entryKey, $"unknown key '{name}' in {what}; expected one of {string.Join(", ", allowed)}");
                    Check(yaml, value, valueType, $"'{name}' in {what}", "");
                }
                return;
            }
            var properties = Properties(type).ToDictionary(p => p.Key, p => p.Type, StringComparer.Ordinal);
            foreach (var (name, (_, value)) in yaml.Entries(map, what, Keys(type)))
                if (properties.TryGetValue(name, out var propertyType))
                    Check(yaml, value, propertyType, $"'{name}'", name);
        }
    }
}
