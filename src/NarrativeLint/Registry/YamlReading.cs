using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NarrativeLint.Registry;

/// <summary>
/// Typed reads of YAML nodes that record a <see cref="RegistryError"/> at the node's line:column instead of throwing,
/// so one pass over a file reports every problem in it.
/// </summary>
internal sealed partial class YamlReading(string file, List<RegistryError> errors)
{
    public string File => file;

    /// <summary>The documents of a YAML text; a syntax error becomes one error at its line:column and no documents.</summary>
    public IReadOnlyList<YamlDocument> Load(string text)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            Error(At(e.Start), $"malformed YAML: {SyntaxMessage(e)}");
            return [];
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // The scanner sometimes fails without a mark; the last event it read is the closest position we know.
            Error(parser.Current is { } last ? At(last.End) : new RegistryPosition(file, 1, 1),
                "malformed YAML after this point; expected closed brackets and quotes and consistent indentation");
            return [];
        }
        return [.. stream.Documents];
    }

    /// <summary>The text of a file, or null with an error at its first line saying why it cannot be read.</summary>
    public static string? ReadFile(string file, string what, List<RegistryError> errors)
    {
        try
        {
            return System.IO.File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            errors.Add(new RegistryError(new(file, 1, 1), $"cannot read {what}: {e.Message}"));
            return null;
        }
    }

    static string SyntaxMessage(YamlException e)
    {
        var message = MarkPrefix().Replace(e.Message, "");
        return DuplicateKey().Match(message) is { Success: true } m
            ? $"duplicate key '{m.Groups[1].Value}'; expected each key once in a mapping"
            : message.Length > 0 ? char.ToLowerInvariant(message[0]) + message[1..] : message;
    }

    public RegistryPosition At(YamlNode node) => At(node.Start);

    public RegistryPosition At(Mark mark) => new(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    public void Error(YamlNode node, string message) => errors.Add(new RegistryError(At(node), message));

    public void Error(RegistryPosition at, string message) => errors.Add(new RegistryError(at, message));

    /// <summary>The node as a mapping, or an error saying what <paramref name="what"/> should be.</summary>
    public YamlMappingNode? Mapping(YamlNode node, string what, IReadOnlyList<string> keys)
    {
        if (node is YamlMappingNode map)
            return map;
        Error(node, $"{what} must be a mapping with keys {string.Join(", ", keys)}; found {Describe(node)}");
        return null;
    }

    /// <summary>The entries of a mapping by key, reporting unknown and non-text keys.</summary>
    public Dictionary<string, (YamlNode Key, YamlNode Value)> Entries(YamlMappingNode map, string what, IReadOnlyList<string> keys)
    {
        var entries = new Dictionary<string, (YamlNode, YamlNode)>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                Error(key, $"a key in {what} must be text; expected one of {string.Join(", ", keys)}");
                continue;
            }
            if (!keys.Contains(name, StringComparer.Ordinal))
            {
                Error(key, $"unknown key '{name}' in {what}; expected one of {string.Join(", ", keys)}");
                continue;
            }
            entries[name] = (key, value);
        }
        return entries;
    }

    /// <summary>A text value; null (without error) for an empty or null scalar, null with an error for a list or mapping.</summary>
    public string? Text(YamlNode node, string what)
    {
        if (node is YamlScalarNode scalar)
            return IsNull(scalar) ? null : scalar.Value;
        Error(node, $"{what} must be text; found {Describe(node)}");
        return null;
    }

    /// <summary>
    /// A list of non-empty texts. A single text is an error unless <paramref name="allowSingle"/>: "avoid: A, B" would
    /// otherwise silently become the one phrase "A, B".
    /// </summary>
    public ImmutableArray<string> TextList(YamlNode node, string what, bool allowSingle = false)
    {
        if (node is YamlScalarNode scalar && (IsNull(scalar) || allowSingle))
            return IsNull(scalar) ? [] : [scalar.Value!];
        if (node is not YamlSequenceNode list)
        {
            Error(node, $"{what} must be a list of texts such as [first, second]; found {Describe(node)}");
            return [];
        }
        var items = ImmutableArray.CreateBuilder<string>();
        foreach (var item in list)
        {
            if (item is YamlScalarNode s && !IsNull(s) && !string.IsNullOrWhiteSpace(s.Value))
                items.Add(s.Value!);
            else
                Error(item, $"each item of {what} must be a non-empty text; found {Describe(item)}");
        }
        return items.ToImmutable();
    }

    /// <summary>
    /// Lists per language code (<c>en: [..]</c>), or a plain list meaning every language, stored under <c>*</c>.
    /// </summary>
    public ImmutableDictionary<string, ImmutableArray<string>> LanguageLists(YamlNode node, string what)
    {
        var result = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        switch (node)
        {
            case YamlSequenceNode:
                result["*"] = TextList(node, what);
                break;
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    var code = key is YamlScalarNode { Value: { } k } ? k : null;
                    if (code is null || !LanguageCodePattern().IsMatch(code))
                    {
                        Error(key, $"'{(key as YamlScalarNode)?.Value ?? Describe(key)}' in {what} is not a language code; expected a code such as en, it, ro, or * for all languages");
                        continue;
                    }
                    var list = TextList(value, $"{what} for '{code}'");
                    result[code] = result.TryGetValue(code, out var earlier) ? earlier.AddRange(list) : list;
                }
                break;
            case YamlScalarNode scalar when IsNull(scalar):
                break;
            default:
                Error(node, $"{what} must be a mapping of language code to a list of phrases (en: [..], it: [..]) or a plain list for all languages; found {Describe(node)}");
                break;
        }
        return result.ToImmutable();
    }

    /// <summary>One of the kebab-case names of <typeparamref name="TEnum"/> ("at-most" → AtMost).</summary>
    public TEnum? Choice<TEnum>(YamlNode node, string what, params TEnum[] excluded) where TEnum : struct, Enum
    {
        var names = Enum.GetValues<TEnum>().Where(v => !excluded.Contains(v)).ToDictionary(Kebab, v => v, StringComparer.Ordinal);
        var text = Text(node, what);
        if (text is not null && names.TryGetValue(text, out var value))
            return value;
        Error(node, text is null
            ? $"{what} is empty; expected one of {string.Join(", ", names.Keys)}"
            : $"unknown {what} '{text}'; expected one of {string.Join(", ", names.Keys)}");
        return null;
    }

    /// <summary>A calendar day written YYYY-MM-DD.</summary>
    public DateOnly? Day(YamlNode node, string what)
    {
        var text = Text(node, what);
        if (text is not null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        if (node is YamlScalarNode s && !IsNull(s))
            Error(node, $"bad date '{text}' in {what}; expected a day as YYYY-MM-DD such as 2025-06-30");
        return null;
    }

    /// <summary>A whole number greater than zero.</summary>
    public int? PositiveInteger(YamlNode node, string what)
    {
        var text = Text(node, what);
        if (text is not null && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
            return n;
        if (node is YamlScalarNode s && !IsNull(s))
            Error(node, $"{what} must be a positive whole number; found '{text}'");
        return null;
    }

    public static string Kebab<TEnum>(TEnum value) where TEnum : struct, Enum =>
        KebabBoundary().Replace(value.ToString(), "$1-$2").ToLowerInvariant();

    public static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s when IsNull(s) => "nothing",
        YamlScalarNode s => $"the text '{s.Value}'",
        _ => "an alias",
    };

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex MarkPrefix();

    [GeneratedRegex(@"^Duplicate key (.+)$")]
    private static partial Regex DuplicateKey();

    [GeneratedRegex(@"([a-z0-9])([A-Z])")]
    private static partial Regex KebabBoundary();

    [GeneratedRegex(@"^(\*|[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*)$")]
    private static partial Regex LanguageCodePattern();
}
