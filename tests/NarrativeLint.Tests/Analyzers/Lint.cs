using NarrativeLint.Engine;
using NarrativeLint.Registry;

namespace NarrativeLint.Tests.Analyzers;

/// <summary>Runs the engine on in-memory content against an in-memory registry.</summary>
static class Lint
{
    public const string Registry = """
        brand: { name: Acme Cloud, languages: [en, it, ro] }
        commitments:
          - id: support-response-time
            statement: We answer every support request within 24 hours.
            source: https://acme.example/trust#support
            since: 2024-03-01
            topic:
              en: [support, request, ticket, reply, respond, answer]
              it: [assistenza, richiesta, rispondere, risposta, ticket]
              ro: [asistență, solicitare, răspunde, răspuns, tichet]
            facts: [ { kind: duration, value: 24 hours, relation: at-most } ]
          - id: install-time
            statement: Fibre is installed within 10 working days.
            topic: { en: [install, installation, fibre], it: [installazione, fibra], ro: [instalare, fibră] }
            facts: [ { kind: duration, value: 10 working days, relation: at-most } ]
          - id: uptime
            statement: Available 99.95% of the time.
            topic: { en: [uptime, availability, available, network], it: [disponibilità, disponibile, rete], ro: [disponibilitate, disponibilă, rețea, rețeaua] }
            facts: [ { kind: percentage, value: 99.95%, relation: at-least } ]
          - id: starter-price
            statement: The Starter plan costs €9.99 per month.
            topic: { en: [Starter, price, costs], it: [Starter, prezzo, costa], ro: [Starter, preț, costă] }
            facts: [ { kind: money, value: 9.99 EUR, relation: exactly } ]
          - id: no-data-sale
            statement: We never sell customer data.
            polarity: never
            topic: { en: [sell, data, personal data, advertisers], it: [vendere, dati, dati personali, inserzionisti, condividere], ro: [vinde, date, date personale] }
          - id: net-zero
            statement: Net zero by 2040.
            evidence: https://acme.example/plan.pdf
            topic: { en: [net zero, emissions], it: [zero emissioni nette, emissioni], ro: [zero net, emisii] }
            facts: [ { kind: date, value: 2040, relation: by } ]
          - id: shutdown-3g
            statement: 3G is switched off by 30 June 2026.
            topic: { en: [3G, switch off], it: [3G, spegnimento], ro: [3G, oprire] }
            facts: [ { kind: date, value: 2026-06-30, relation: by } ]
          - id: lock-12
            statement: Your price is fixed for 12 months.
            status: superseded
            superseded-by: lock-24
            retired: 2025-02-28
            topic: { en: [price, fixed, locked], it: [prezzo, bloccato], ro: [preț, blocat] }
            facts: [ { kind: duration, value: 12 months, relation: exactly } ]
          - id: lock-24
            statement: Your price is fixed for 24 months.
            since: 2025-03-01
            topic: { en: [price, fixed, locked], it: [prezzo, bloccato], ro: [preț, blocat] }
            facts: [ { kind: duration, value: 24 months, relation: exactly } ]
          - id: annual-upgrade
            statement: A free phone upgrade every year.
            status: retired
            retired: 2024-12-31
            topic: { en: [upgrade, free phone, new phone], it: [upgrade, telefono gratis], ro: [upgrade, telefon gratuit] }
        values:
          - id: openness
            statement: We say what we know.
            breaches: [no comment, este confidențial, nessun commento]
        terms:
          - preferred: Acme Cloud
            avoid: [ACME cloud, AcmeCloud]
          - preferred: Care team
            avoid: [helpdesk]
        channels:
          - id: social
            include: ["**/social/**"]
            max-length: 280
        """;

    static readonly Lazy<BrandRegistry> Loaded = new(() => InMemoryRun.Registry(Registry));

    public static BrandRegistry Brand => Loaded.Value;

    public static AnalysisResult Check(params (string Path, string Text)[] files) => InMemoryRun.Check(Brand, files);

    /// <summary>The IDs reported for one Markdown paragraph in <paramref name="language"/>.</summary>
    public static string[] Ids(string text, string language = "en", string date = "2025-06-01") =>
        Check(InMemoryRun.Post(text, language, date)).Active.Select(f => f.Id).ToArray();
}
