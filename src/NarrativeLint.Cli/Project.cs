using NarrativeLint.Engine;
using NarrativeLint.Engine.Configuration;
using NarrativeLint.Language;
using NarrativeLint.Registry;

namespace NarrativeLint.Cli;

/// <summary>
/// What a command runs against: the project configuration (the nearest narrativelint.yaml, or --config), the registry
/// (--registry, else the configuration's, else rules/) and the language packs. Problems are printed with their position.
/// </summary>
sealed class Project
{
    public ProjectConfiguration? Configuration { get; private init; }
    public required RegistryLoadResult Registry { get; init; }
    public required LanguagePacks Packs { get; init; }

    /// <summary>Where each pack in <see cref="Packs"/> came from, for <c>narrativelint languages</c>.</summary>
    public required System.Collections.Immutable.ImmutableArray<LanguagePackSource> PackSources { get; init; }

    /// <summary>The files besides the content that decide a check: the registry's, the language packs' and the configuration file; a cache entry is kept per state of them.</summary>
    public required System.Collections.Immutable.ImmutableArray<string> InputFiles { get; init; }

    /// <summary>Opens the project, or prints why it cannot and returns null (exit code 2).</summary>
    /// <param name="configured">Told the configuration (null: none) as soon as it is read, before the packs and the registry are.</param>
    public static Project? Open(string? configPath, string? registryPath, bool registryOptional = false, Action<ProjectConfiguration?>? configured = null)
    {
        ProjectConfiguration? configuration = null;
        var configFile = configPath ?? ConfigurationLoader.Find(Directory.GetCurrentDirectory());
        if (configPath is not null && !File.Exists(configPath))
        {
            Console.Error.WriteLine($"error: configuration '{configPath}' does not exist.");
            return null;
        }
        if (configFile is not null)
        {
            var loaded = ConfigurationLoader.Load(configFile);
            foreach (var error in loaded.Errors) Console.Error.WriteLine($"{Shown(error.Position)}: error: {error.Message}");
            if (!loaded.Succeeded) return null;
            configuration = loaded.Configuration;
        }

        configured?.Invoke(configuration);

        IReadOnlyList<string> registry = registryPath is not null ? [registryPath]
            : configuration is { Registry.IsEmpty: false } ? configuration.Registry
            : ["rules"];
        // The languages/ folder beside each registry path, then the configuration's pack files: a later file wins.
        IReadOnlyList<string> packFiles = [.. registry.SelectMany(LanguagePackLoader.FilesBeside), .. configuration?.Languages ?? []];
        var packs = LanguagePackLoader.Load(packFiles);
        if (!packs.Succeeded)
        {
            foreach (var error in packs.Errors) Console.Error.WriteLine($"{Shown(error.Position)}: error NL0001: {error.Message}");
            Console.Error.WriteLine($"{packs.Errors.Length} language pack error(s); nothing was checked.");
            return null;
        }
        RegistryLoadResult result;
        if (registry.Any(p => !File.Exists(p) && !Directory.Exists(p)))
        {
            if (registryOptional && registryPath is null) result = new RegistryLoadResult(new BrandRegistry(), []);
            else
            {
                Console.Error.WriteLine(registryPath is null && configuration is null
                    ? "error: no registry: there is no rules/ folder here. Pass --registry PATH, or run 'narrativelint init'."
                    : $"error: registry '{string.Join(", ", registry)}' does not exist.");
                return null;
            }
        }
        else result = RegistryLoader.Load(registry, configuration?.Catalogues, Analyzers.BuiltInAnalyzers.SupportedDiagnosticIds, packs.Packs);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) Console.Error.WriteLine($"{Shown(error.Position)}: error NL0001: {error.Message}");
            Console.Error.WriteLine($"{result.Errors.Length} registry error(s); nothing was checked.");
            return null;
        }

        return new Project
        {
            Configuration = configuration, Registry = result, Packs = packs.Packs, PackSources = packs.Sources,
            InputFiles = [.. result.Registry.Files, .. packFiles, .. configFile is null ? [] : new[] { configFile }],
        };
    }

    /// <summary>The engine for this project, with the configuration's file selection, channels and severities.</summary>
    public NarrativeEngine Engine(EngineOptions options) =>
        new(Registry.Registry, Configuration?.ApplyTo(options) ?? options, packs: Packs);

    /// <summary>A position with its file relative to the working directory where it lies below it.</summary>
    static string Shown(RegistryPosition position)
    {
        if (!Path.IsPathRooted(position.File)) return position.ToString();
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), position.File);
        return relative.StartsWith("..", StringComparison.Ordinal) ? position.ToString() : (position with { File = relative }).ToString();
    }
}
