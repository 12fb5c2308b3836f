using NarrativeLint.Engine.Configuration;
using NarrativeLint.Reporting;

namespace NarrativeLint.Cli;

/// <summary>
/// The <c>init</c> command: a commented starter configuration, an example registry and the JSON Schemas they point
/// editors at; nothing that exists is overwritten unless <c>--force</c>.
/// </summary>
static class Initialisation
{
    const string SchemaFolder = ".narrativelint";

    /// <summary>The commands to run next, printed as written so they can be pasted.</summary>
    public static readonly string[] NextCommands =
    [
        "narrativelint check",
        "narrativelint check --write-baseline narrativelint.baseline.json",
    ];

    static readonly (string Path, string Text)[] Files =
    [
        (ConfigurationLoader.FileName, $$"""
            # yaml-language-server: $schema={{SchemaFolder}}/narrativelint.schema.json
            # NarrativeLint project configuration. Paths are relative to this file; globs match a file's path or any tail of it.

            # The registry of what the company has promised in public: a folder of YAML files (or a list of them).
            registry: rules

            # Built-in regulated-claims catalogues to enable (omit to let the registry choose; [] for none).
            # catalogues: [eu-green-claims, eu-health-claims, sponsored-disclosure, marketing-email]

            # Extra language packs beside the built-in en, it and ro.
            # languages: [languages/fr.yaml]

            # Which files to check (default: every file under the paths given to check).
            # include: ["content/**"]
            exclude: ["rules/**", "node_modules/**"]

            # Channels by path, tried before the registry's channel globs.
            # channels:
            #   press: ["press/**"]

            # Severity per diagnostic ID or family (error, warning, info, hidden, none); a longer ID wins.
            # --severity on the command line wins over everything here.
            severity:
              NL0009: warning          # a suppression that silences nothing
            # Severities for some paths; a later override wins over an earlier one.
            # overrides:
            #   - paths: ["archive/**"]
            #     severity: { NL1: info }

            # The lowest severity that fails the run (exit code 1): error, warning or none.
            fail-on: error

            # Language of the messages: en, it, ro, fr, es, pt or de (--ui-language wins; default: LC_ALL, LC_MESSAGES or LANG).
            # ui-language: it

            # Record every check in this history store (as --history does).
            # history: .narrativelint/history.db

            # Published docs pages, so SARIF rules link to them (helpUri).
            # docs-url: https://example.com/narrativelint/docs/diagnostics/
            """),
        ("rules/brand.yaml", $$"""
            # yaml-language-server: $schema=../{{SchemaFolder}}/registry.schema.json
            # An example registry: replace it with what your company has promised in public.
            brand:
              name: Example Co
              languages: [en]

            commitments:
              - id: support-response-time
                statement: We answer every support request within 24 hours.
                source: https://example.com/trust#support
                topic:
                  en: [support, request, ticket, reply, respond, answer]
                facts:
                  - kind: duration
                    value: 24 hours
                    relation: at-most
              - id: no-data-sale
                statement: We never sell customer data.
                topic: { en: [sell, data, customer data] }
                polarity: never

            values:
              - id: transparency
                statement: We explain our decisions openly.
                breaches: [no comment]

            terms:
              - preferred: Example Co
                avoid: [ExampleCo, Example-Co]
            """),
    ];

    public static int Init(string folder, bool force, TextWriter output)
    {
        var schemas = new[] { "narrativelint.schema.json", "registry.schema.json" }
            .Select(name => (Path: $"{SchemaFolder}/{name}", Text: Schema(name)));
        var files = Files.Concat(schemas).Select(f => (Full: Path.Combine(folder, f.Path), f.Path, f.Text)).ToList();
        var existing = files.Where(f => File.Exists(f.Full)).Select(f => f.Path).ToList();
        if (existing.Count > 0 && !force)
        {
            Console.Error.WriteLine($"error: {string.Join(", ", existing)} already exist{(existing.Count == 1 ? "s" : "")}; nothing was written. Pass --force to replace.");
            return ExitCodes.Usage;
        }
        foreach (var file in files)
        {
            AtomicFile.WriteAllText(file.Full, file.Text.ReplaceLineEndings("\n") + "\n");
            output.WriteLine($"wrote {file.Path}");
        }
        output.WriteLine();
        output.WriteLine("Next, check your content, then accept what is already there so the gate reports only new findings:");
        foreach (var command in NextCommands) output.WriteLine($"  {command}");
        return ExitCodes.Clean;
    }

    static string Schema(string name)
    {
        using var stream = typeof(Initialisation).Assembly.GetManifestResourceStream($"schemas/{name}")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().TrimEnd();
    }
}
