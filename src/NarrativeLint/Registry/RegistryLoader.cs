using System.Collections.Immutable;

namespace NarrativeLint.Registry;

/// <summary>The result of loading a registry: the registry (possibly partial) and every error found.</summary>
public sealed record RegistryLoadResult(BrandRegistry Registry, ImmutableArray<RegistryError> Errors)
{
    public bool Succeeded => Errors.IsEmpty;
}

/// <summary>Loads a registry from one YAML file or a folder of them, validating as it goes.</summary>
public static class RegistryLoader
{
    /// <summary>Loads <paramref name="path"/> (a .yaml/.yml file or a folder, recursively, skipping <c>languages/</c>).</summary>
    public static RegistryLoadResult Load(string path) => throw new NotImplementedException();

    /// <summary>Loads registry YAML given as text; <paramref name="fileName"/> is used in error positions.</summary>
    public static RegistryLoadResult LoadText(string yaml, string fileName) => throw new NotImplementedException();
}
