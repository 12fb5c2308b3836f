using System.Collections.Immutable;
using NarrativeLint.Language;

namespace NarrativeLint.Registry;

/// <summary>The result of loading a registry: the registry (possibly partial) and every error found.</summary>
public sealed record RegistryLoadResult(BrandRegistry Registry, ImmutableArray<RegistryError> Errors)
{
    public bool Succeeded => Errors.IsEmpty;
}

/// <summary>Loads a registry from one YAML file or a folder of them, validating as it goes.</summary>
/// <remarks>
/// Every problem is reported (not only the first) with its file, line and column, and whatever is valid is still
/// loaded, so an editor can keep checking against the partial registry while the author fixes it.
/// </remarks>
public static class RegistryLoader
{
    /// <summary>Subfolders of a registry folder that hold other data: language packs and built-in catalogues.</summary>
    static readonly string[] SkippedFolders = ["languages", "catalogues"];

    /// <summary>
    /// Loads <paramref name="path"/> (a .yaml/.yml file or a folder, recursively in ordinal path order, skipping
    /// <c>languages/</c> and <c>catalogues/</c>), merges its files and adds the built-in catalogues it selects.
    /// </summary>
    /// <param name="supportedDiagnostics">
    /// The diagnostic ids the analyzers that will read this registry can report (<c>BuiltInAnalyzers.SupportedDiagnosticIds</c>);
    /// a claim rule naming any other id is an error. Null checks only the id's shape.
    /// </param>
    /// <param name="packs">The language packs whose unit and currency words fact values are read with ("10 secondi", "35 lei"); the shipped ones by default.</param>
    public static RegistryLoadResult Load(string path, IReadOnlySet<string>? supportedDiagnostics = null, LanguagePacks? packs = null) => Load([path], null, supportedDiagnostics, packs);

    /// <summary>
    /// Loads and merges several registry files or folders (a project configuration's <c>registry:</c> list).
    /// <paramref name="catalogues"/>, when given, chooses the built-in catalogues instead of the registry's <c>catalogues:</c>.
    /// </summary>
    public static RegistryLoadResult Load(IReadOnlyList<string> paths, IReadOnlyList<string>? catalogues, IReadOnlySet<string>? supportedDiagnostics = null, LanguagePacks? packs = null)
    {
        var errors = new List<RegistryError>();
        var parts = new List<RegistryPart>();
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
                files.Add(path);
            else if (Directory.Exists(path))
            {
                var found = RegistryFiles(path, errors).ToList();
                if (found.Count == 0 && errors.Count == 0)
                    errors.Add(new RegistryError(new(path, 1, 1), "no registry files in this folder; expected .yaml or .yml files"));
                files.AddRange(found);
            }
            else
                errors.Add(new RegistryError(new(path, 1, 1), "no registry file or folder at this path; expected a .yaml file or a folder of them"));
        }

        // The built-in catalogues are read on another core while the registry's own files are read here.
        if (!BuiltIn.IsValueCreated) _ = Task.Run(() => BuiltIn.Value);
        foreach (var file in files)
        {
            if (YamlReading.ReadFile(file, "registry file", errors) is { } text)
                parts.Add(RegistryFileReader.Read(text, file, errors, packs ?? LanguagePacks.Default));
        }
        if (catalogues is not null)
        {
            // The configuration's choice replaces the registry's; its ids were checked where they were written.
            foreach (var part in parts) part.CatalogueSelection = null;
            parts.Add(new RegistryPart("") { CatalogueSelection = [.. catalogues.Select(id => (id, new RegistryPosition("", 1, 1)))] });
        }
        return Merge(parts, errors, supportedDiagnostics);
    }

    /// <summary>Loads registry YAML given as text; <paramref name="fileName"/> is used in error positions.</summary>
    public static RegistryLoadResult LoadText(string yaml, string fileName, IReadOnlySet<string>? supportedDiagnostics = null, LanguagePacks? packs = null)
    {
        var errors = new List<RegistryError>();
        var part = RegistryFileReader.Read(yaml, fileName, errors, packs ?? LanguagePacks.Default);
        return Merge([part], errors, supportedDiagnostics);
    }

    /// <summary>The regulated-claims catalogues shipped with NarrativeLint (from <c>rules/catalogues</c>, embedded).</summary>
    public static ImmutableArray<ClaimCatalogue> BuiltInCatalogues => BuiltIn.Value.Catalogues;

    /// <summary>Problems in the built-in catalogues themselves; empty in a correct build.</summary>
    internal static ImmutableArray<RegistryError> BuiltInCatalogueErrors => BuiltIn.Value.Errors;

    static readonly Lazy<(ImmutableArray<ClaimCatalogue> Catalogues, ImmutableArray<RegistryError> Errors)> BuiltIn = new(ReadBuiltInCatalogues);

    static (ImmutableArray<ClaimCatalogue>, ImmutableArray<RegistryError>) ReadBuiltInCatalogues()
    {
        var assembly = typeof(RegistryLoader).Assembly;
        var errors = new List<RegistryError>();
        var catalogues = ImmutableArray.CreateBuilder<ClaimCatalogue>();
        foreach (var name in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith("catalogues/", StringComparison.Ordinal) && (n.EndsWith(".yaml", StringComparison.Ordinal) || n.EndsWith(".yml", StringComparison.Ordinal)))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var part = RegistryFileReader.Read(reader.ReadToEnd(), name, errors, LanguagePacks.Default);
            if (part.Catalogue is null)
            {
                errors.Add(new RegistryError(new(name, 1, 1), "built-in catalogue has no catalogue: header; expected catalogue: { id, title, source, applies-from }"));
                continue;
            }
            catalogues.Add(part.Catalogue with { Claims = [.. part.Claims.Select(c => c.Entry)] });
        }
        return (catalogues.ToImmutable(), [.. errors]);
    }

    /// <summary>The .yaml/.yml files under <paramref name="folder"/>, in ordinal order of their relative paths.</summary>
    static IEnumerable<string> RegistryFiles(string folder, List<RegistryError> errors)
    {
        var found = new List<string>();
        var pending = new Stack<string>([folder]);
        while (pending.TryPop(out var dir))
        {
            try
            {
                foreach (var sub in Directory.EnumerateDirectories(dir))
                {
                    var name = Path.GetFileName(sub);
                    if (!SkippedFolders.Contains(name, StringComparer.Ordinal) && !name.StartsWith('.'))
                        pending.Push(sub);
                }
                found.AddRange(Directory.EnumerateFiles(dir).Where(f =>
                    f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add(new RegistryError(new(dir, 1, 1), $"cannot read registry folder: {e.Message}"));
            }
        }
        return found
            .Select(f => (File: f, Key: Path.GetRelativePath(folder, f).Replace('\\', '/')))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => f.File);
    }

    /// <summary>Merges the files into one registry and checks what spans files: duplicate ids, references, catalogues.</summary>
    static RegistryLoadResult Merge(IReadOnlyList<RegistryPart> parts, List<RegistryError> errors, IReadOnlySet<string>? supportedDiagnostics)
    {
        string? brandName = null;
        RegistryPosition? brandAt = null;
        foreach (var part in parts.Where(p => p.BrandAt is not null))
        {
            if (brandAt is { } first)
                errors.Add(new RegistryError(part.BrandAt!.Value, $"brand is declared twice; first declared at {first}; expected one brand: section"));
            else
                (brandName, brandAt) = (part.BrandName, part.BrandAt);
        }

        var commitments = Unique(parts.SelectMany(p => p.Commitments), c => c.Id, "commitment", errors);
        var ids = commitments.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (target, at) in parts.SelectMany(p => p.SupersededBy))
            if (!ids.Contains(target))
                errors.Add(new RegistryError(at, $"superseded-by '{target}' names no commitment; expected the id of a commitment in the registry"));

        var ownClaims = Unique(parts.SelectMany(p => p.Claims), c => c.Id, "claim rule", errors);
        var ownCatalogues = parts.Where(p => p.Catalogue is not null)
            .Select(p => p.Catalogue! with { Claims = [.. p.Claims.Select(c => c.Entry)] })
            .ToList();
        var builtIn = SelectBuiltIns(parts, ownCatalogues, errors);
        errors.AddRange(BuiltInCatalogueErrors);

        // A rule the registry defines itself replaces a built-in rule with the same id, so a project can tune one.
        var ownIds = ownClaims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var claims = builtIn.SelectMany(c => c.Claims).Where(c => !ownIds.Contains(c.Id)).Concat(ownClaims).ToList();
        if (supportedDiagnostics is not null)
            foreach (var claim in claims.Where(c => !supportedDiagnostics.Contains(c.DiagnosticId)))
                errors.Add(new RegistryError(claim.DiagnosticPosition, $"diagnostic '{claim.DiagnosticId}' of claim rule '{claim.Id}' is reported by no rule; expected one of " +
                    string.Join(", ", supportedDiagnostics.Where(id => id.StartsWith("NL5", StringComparison.Ordinal)).Order(StringComparer.Ordinal))));

        var registry = new BrandRegistry
        {
            BrandName = brandName,
            Languages = [.. parts.SelectMany(p => p.Languages).Distinct(StringComparer.Ordinal)],
            Commitments = commitments,
            Values = Unique(parts.SelectMany(p => p.Values), v => v.Id, "value", errors),
            Terms = [.. parts.SelectMany(p => p.Terms)],
            Channels = Unique(parts.SelectMany(p => p.Channels), c => c.Id, "channel", errors),
            Claims = [.. claims],
            Catalogues = [.. builtIn, .. ownCatalogues],
            Files = [.. parts.Select(p => p.File).Where(f => f.Length > 0)],
        };
        var ordered = errors.OrderBy(e => e.Position.File, StringComparer.Ordinal).ThenBy(e => e.Position.Line).ThenBy(e => e.Position.Column);
        return new RegistryLoadResult(registry, [.. ordered]);
    }

    /// <summary>All built-in catalogues, or only those the registry lists under <c>catalogues:</c> ([] for none).</summary>
    static List<ClaimCatalogue> SelectBuiltIns(IReadOnlyList<RegistryPart> parts, List<ClaimCatalogue> ownCatalogues, List<RegistryError> errors)
    {
        var selections = parts.Where(p => p.CatalogueSelection is not null).SelectMany(p => p.CatalogueSelection!).ToList();
        if (!parts.Any(p => p.CatalogueSelection is not null))
            return [.. BuiltInCatalogues];
        var known = BuiltInCatalogues.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (id, at) in selections)
            if (!known.Contains(id) && !ownCatalogues.Any(c => c.Id == id))
                errors.Add(new RegistryError(at, $"unknown catalogue '{id}'; expected one of {string.Join(", ", known.Order(StringComparer.Ordinal))}"));
        var selected = selections.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        return [.. BuiltInCatalogues.Where(c => selected.Contains(c.Id))];
    }

    /// <summary>The entries in declaration order, keeping the first of each id and reporting the later ones.</summary>
    static ImmutableArray<T> Unique<T>(IEnumerable<Declared<T>> entries, Func<T, string> id, string what, List<RegistryError> errors)
    {
        var first = new Dictionary<string, RegistryPosition>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<T>();
        foreach (var entry in entries)
        {
            var key = id(entry.Entry);
            if (first.TryGetValue(key, out var at))
            {
                errors.Add(new RegistryError(entry.IdAt, $"duplicate {what} id '{key}'; already declared at {at}; expected each id once"));
                continue;
            }
            first[key] = entry.IdAt;
            result.Add(entry.Entry);
        }
        return result.ToImmutable();
    }
}
