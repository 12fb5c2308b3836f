using System.Runtime.CompilerServices;
using NarrativeLint.Registry;

namespace NarrativeLint.Tests.Registry;

internal static class RegistryTestSupport
{
    /// <summary>The folder of this source file, where the test data lives (independent of the build output).</summary>
    public static string DataFolder([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Data");

    /// <summary>The DESIGN.md "Registry contract" example, verbatim.</summary>
    public const string DesignExample = """
        brand:
          name: Acme Cloud
          languages: [en, it, ro]

        commitments:
          - id: support-response-time
            statement: We answer every support request within 24 hours.
            source: https://acme.example/trust#support
            since: 2024-03-01
            status: active                    # active | retired | superseded
            topic:                            # cue lemmas that place a sentence on this commitment, per language
              en: [support, request, ticket, reply, respond, answer]
              it: [assistenza, richiesta, rispondere]
              ro: [asistență, solicitare, răspunde]
            facts:
              - kind: duration                # number | percentage | duration | date | money
                value: 24 hours
                relation: at-most             # at-most | at-least | exactly | by (a deadline)
          - id: no-data-sale
            statement: We never sell customer data.
            topic: { en: [sell, data, personal data, customer data] }
            polarity: never                   # content that affirms the act contradicts it
          - id: net-zero
            statement: Net zero emissions across our operations by 2040.
            topic: { en: [net zero, emissions, carbon] }
            facts: [ { kind: date, value: 2040, relation: by } ]
            evidence: https://acme.example/climate-plan.pdf
          - id: free-returns-60
            statement: Free returns within 60 days.
            status: superseded
            superseded-by: free-returns-30
            retired: 2025-06-30               # the day it stopped applying; content dated before it is history
            topic: { en: [return, refund] }
          - id: free-returns-30
            statement: Free returns within 30 days.
            since: 2025-07-01
            topic: { en: [return, refund] }
            facts: [ { kind: duration, value: 30 days, relation: at-most } ]

        values:
          - id: transparency
            statement: We explain our decisions openly.
            breaches: [no comment, we cannot disclose]

        terms:
          - preferred: Acme Cloud
            avoid: [ACME cloud, AcmeCloud, Acme-Cloud]

        channels:
          - id: social
            include: [social/**]
            max-length: 280
          - id: email
            include: ["**/*.eml", email/**]
        """;

    public static RegistryLoadResult Load(string yaml) => RegistryLoader.LoadText(yaml, "brand.yaml");

    /// <summary>Asserts the load reported exactly this error at this line and column.</summary>
    public static void ShouldReport(this RegistryLoadResult result, int line, int column, string message)
    {
        var expected = new RegistryError(new RegistryPosition("brand.yaml", line, column), message);
        result.Errors.ShouldContain(expected, $"errors were:\n{string.Join("\n", result.Errors)}");
    }

    /// <summary>Asserts the load reported an error at this line and column whose message contains <paramref name="fragment"/>.</summary>
    public static void ShouldReportAt(this RegistryLoadResult result, int line, int column, string fragment)
    {
        result.Errors.ShouldContain(
            e => e.Position.Line == line && e.Position.Column == column && e.Message.Contains(fragment, StringComparison.Ordinal),
            $"expected an error at {line}:{column} containing '{fragment}'; errors were:\n{string.Join("\n", result.Errors)}");
    }
}
