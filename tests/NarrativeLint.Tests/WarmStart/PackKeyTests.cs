using System.Reflection;
using NarrativeLint.Language;
using YamlDotNet.Serialization.NamingConventions;

namespace NarrativeLint.Tests.WarmStart;

/// <summary>A pack file's keys are named without YamlDotNet's naming convention (its regular expressions cost every start), exactly as it names them.</summary>
public class PackKeyTests
{
    /// <summary>The pack definition's types, and every type its properties hold (lists' items, mappings' values), once each.</summary>
    static IEnumerable<Type> DefinitionTypes()
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([typeof(LanguagePackDefinition)]);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type)) continue;
            if (type.IsGenericType) foreach (var argument in type.GetGenericArguments()) pending.Push(argument);
            else if (type.Assembly == typeof(LanguagePackDefinition).Assembly)
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)) pending.Push(property.PropertyType);
        }
        return seen.Where(t => !t.IsGenericType && t.Assembly == typeof(LanguagePackDefinition).Assembly);
    }

    [Fact]
    public void Every_property_of_a_pack_definition_is_keyed_as_the_hyphenated_naming_convention_keys_it()
    {
        var properties = DefinitionTypes().SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)).Where(p => p.CanWrite).ToList();
        properties.Count.ShouldBeGreaterThan(50);
        foreach (var property in properties)
            PackYaml.KeyOf(property.Name).ShouldBe(HyphenatedNamingConvention.Instance.Apply(property.Name), property.DeclaringType + "." + property.Name);
    }
}
