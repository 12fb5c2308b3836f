using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using NarrativeLint.Engine.Configuration;
using NarrativeLint.Registry;
using NarrativeLint.Tests.Robustness;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using static NarrativeLint.Tests.Cli.CliProcess;

namespace NarrativeLint.Tests.Gate;

/// <summary>The JSON Schemas in schemas/ accept what the loaders accept: the shipped registry, an init-generated configuration, every key.</summary>
public class SchemaTests
{
    // The library registers each schema under its $id once per process, so each is built once.
    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<JsonSchema>> Built = new();

    static JsonSchema Schema(string name) =>
        Built.GetOrAdd(name, n => new Lazy<JsonSchema>(() => JsonSchema.FromText(File.ReadAllText(Repository.PathOf($"schemas/{n}"))))).Value;

    static void ShouldValidate(JsonSchema schema, string yamlPath)
    {
        var results = schema.Evaluate(ToJson(File.ReadAllText(yamlPath)), new EvaluationOptions { OutputFormat = OutputFormat.List });
        results.IsValid.ShouldBeTrue($"{yamlPath}: " + string.Join("; ", (results.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void The_shipped_registry_and_catalogues_validate_against_the_registry_schema()
    {
        var schema = Schema("registry.schema.json");
        foreach (var file in Directory.EnumerateFiles(Repository.PathOf("rules"), "*.yaml").Concat(Directory.EnumerateFiles(Repository.PathOf("rules/catalogues"), "*.yaml")))
            ShouldValidate(schema, file);
    }

    [Fact]
    public void The_files_init_writes_validate_against_their_schemas()
    {
        using var folder = new TempFolder();
        Narrativelint(folder.Root, "init").ExitCode.ShouldBe(0);
        ShouldValidate(Schema("narrativelint.schema.json"), folder.PathOf("narrativelint.yaml"));
        ShouldValidate(Schema("registry.schema.json"), folder.PathOf("rules/brand.yaml"));
        File.ReadAllText(folder.PathOf(".narrativelint/registry.schema.json")).ShouldBe(File.ReadAllText(Repository.PathOf("schemas/registry.schema.json")).TrimEnd() + "\n");
    }

    [Fact]
    public void The_schemas_reject_an_unknown_key()
    {
        Schema("narrativelint.schema.json").Evaluate(ToJson("severty: { NL1: error }\n")).IsValid.ShouldBeFalse();
        Schema("registry.schema.json").Evaluate(ToJson("commitments:\n  - { id: a, statement: b, colour: red }\n")).IsValid.ShouldBeFalse();
    }

    [Fact]
    public void The_configuration_schema_names_exactly_the_keys_the_loader_accepts()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Repository.PathOf("schemas/narrativelint.schema.json")))!;
        Keys(schema["properties"]).ShouldBe(ConfigurationLoader.TopKeys, ignoreOrder: true);
        Keys(schema["properties"]!["overrides"]!["items"]!["properties"]).ShouldBe(ConfigurationLoader.OverrideKeys, ignoreOrder: true);
        schema["properties"]!["fail-on"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldBe(ConfigurationLoader.FailOnLevels);
        schema["properties"]!["catalogues"]!["items"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>())
            .ShouldBe(RegistryLoader.BuiltInCatalogues.Select(c => c.Id), ignoreOrder: true);
    }

    [Fact]
    public void The_registry_schema_names_exactly_the_keys_the_loader_accepts()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Repository.PathOf("schemas/registry.schema.json")))!;
        var defs = schema["$defs"]!;
        Keys(schema["properties"]).ShouldBe(RegistryFileReader.TopKeys, ignoreOrder: true);
        Keys(schema["properties"]!["brand"]!["properties"]).ShouldBe(RegistryFileReader.BrandKeys, ignoreOrder: true);
        Keys(schema["properties"]!["catalogue"]!["properties"]).ShouldBe(RegistryFileReader.CatalogueKeys, ignoreOrder: true);
        Keys(defs["commitment"]!["properties"]).ShouldBe(RegistryFileReader.CommitmentKeys, ignoreOrder: true);
        Keys(defs["fact"]!["properties"]).ShouldBe(RegistryFileReader.FactKeys, ignoreOrder: true);
        Keys(defs["value"]!["properties"]).ShouldBe(RegistryFileReader.ValueKeys, ignoreOrder: true);
        Keys(defs["term"]!["properties"]).ShouldBe(RegistryFileReader.TermKeys, ignoreOrder: true);
        Keys(defs["channel"]!["properties"]).ShouldBe(RegistryFileReader.ChannelKeys, ignoreOrder: true);
        Keys(defs["claim"]!["properties"]).ShouldBe(RegistryFileReader.ClaimKeys, ignoreOrder: true);
        Enum(defs["fact"]!["properties"]!["kind"]).ShouldBe(System.Enum.GetValues<NarrativeLint.Language.QuantityKind>().Select(YamlReading.Kebab), ignoreOrder: true);
        Enum(defs["fact"]!["properties"]!["relation"]).ShouldBe(System.Enum.GetValues<FactRelation>().Select(YamlReading.Kebab), ignoreOrder: true);
        Enum(defs["claim"]!["properties"]!["check"]).ShouldBe(System.Enum.GetValues<ClaimCheck>().Select(YamlReading.Kebab), ignoreOrder: true);
        Enum(defs["commitment"]!["properties"]!["status"]).ShouldBe(System.Enum.GetValues<CommitmentStatus>().Select(YamlReading.Kebab), ignoreOrder: true);
    }

    static IEnumerable<string> Keys(JsonNode? properties) => properties!.AsObject().Select(p => p.Key);

    static IEnumerable<string> Enum(JsonNode? node) => node!["enum"]!.AsArray().Select(n => n!.GetValue<string>());

    /// <summary>YAML as the JSON a YAML-aware editor validates: plain scalars that read as numbers, booleans or null are typed.</summary>
    static JsonElement ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var node = stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
        return JsonDocument.Parse(node?.ToJsonString() ?? "null").RootElement;
    }

    static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, Convert(p.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(Convert)]),
        YamlScalarNode { Style: ScalarStyle.Plain } s when s.Value is null or "" or "~" or "null" => null,
        YamlScalarNode { Style: ScalarStyle.Plain } s when s.Value is "true" or "false" => JsonValue.Create(s.Value == "true"),
        YamlScalarNode { Style: ScalarStyle.Plain } s when Regex.IsMatch(s.Value!, @"^-?\d+(\.\d+)?$") => JsonValue.Create(double.Parse(s.Value!, CultureInfo.InvariantCulture)),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => null,
    };
}
