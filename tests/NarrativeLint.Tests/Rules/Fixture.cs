using NarrativeLint.Registry;

namespace NarrativeLint.Tests.Rules;

/// <summary>
/// The one registry every rule test runs against: commitments of every fact kind, relation, polarity and status,
/// with topic cues in English, Italian and Romanian, a value, terms and channel rules. Helpers run the whole engine on it.
/// </summary>
static class Fixture
{
    /// <summary>The date of a test post unless the test says otherwise: after every commitment's start, before none retired.</summary>
    public const string Date = "2025-06-01";

    public const string RegistryYaml = """
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
          - id: support-callback
            statement: When you ask for a callback, our support team calls you back within 2 hours.
            topic:
              en: [support, callback, call back]
              it: [assistenza, richiamata, richiamare]
              ro: [asistență, apel, sunăm înapoi]
            facts: [ { kind: duration, value: 2 hours, relation: at-most } ]
          - id: support-satisfaction
            statement: At least 95% of support customers are satisfied.
            topic:
              en: [support, satisfied, satisfaction]
              it: [assistenza, soddisfatti, soddisfazione]
              ro: [asistență, mulțumiți, satisfacție]
            facts: [ { kind: percentage, value: 95%, relation: at-least } ]
          - id: price-change-notice
            statement: We give at least 30 days' notice of any price change.
            topic: { en: [notice], it: [preavviso], ro: [preaviz] }
            facts: [ { kind: duration, value: 30 days, relation: at-least } ]
          - id: install-time
            statement: Fibre is installed within 10 working days.
            topic: { en: [install, installation, fibre], it: [installazione, fibra], ro: [instalare, fibră] }
            facts: [ { kind: duration, value: 10 working days, relation: at-most } ]
          - id: uptime
            statement: Available 99.95% of the time.
            topic:
              en: [uptime, availability, available, network]
              it: [disponibilità, disponibile, rete]
              ro: [disponibilitate, disponibilă, rețea, rețeaua]
            facts: [ { kind: percentage, value: 99.95%, relation: at-least } ]
          - id: starter-price
            statement: The Starter plan costs €9.99 per month.
            topic: { en: [Starter, price, costs], it: [Starter, prezzo, costa], ro: [Starter, preț, costă] }
            facts: [ { kind: money, value: 9.99 EUR, relation: exactly } ]
          - id: shutdown-3g
            statement: 3G is switched off by 30 June 2026.
            topic: { en: [3G, switch off], it: [3G, spegnimento], ro: [3G, oprire] }
            facts: [ { kind: date, value: 2026-06-30, relation: by } ]
          - id: net-zero
            statement: Net zero by 2040.
            evidence: https://acme.example/plan.pdf
            topic: { en: [net zero, emissions], it: [zero emissioni nette, emissioni], ro: [zero net, emisii] }
            facts: [ { kind: date, value: 2040, relation: by } ]
          - id: no-data-sale
            statement: We never sell or share customer data.
            source: https://acme.example/privacy
            polarity: never
            topic:
              en: [sell, share, data, personal data, advertisers, partners]
              it: [vendere, condividere, dati, dati personali, inserzionisti, partner]
              ro: [vinde, partaja, date, date personale, parteneri, agenții de publicitate]
          - id: encrypted-backups
            statement: We always encrypt every backup.
            polarity: always
            topic:
              en: [encrypt, backup, backups]
              it: [cifrare, cifriamo, cifrati, backup]
              ro: [cripta, criptăm, criptate, backup, backupuri, backupurile]
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
            breaches: [no comment, we cannot disclose, nessun commento, non possiamo divulgare, este confidențial]
        terms:
          - preferred: Acme Cloud
            avoid: [ACME cloud, AcmeCloud]
          - preferred: Care team
            avoid: [helpdesk]
        channels:
          - id: social
            include: ["social/**"]
            max-length: 280
            url-length: 23
          - id: press
            include: ["**/press/**"]
            disclaimers:
              - [forward-looking statements, dichiarazioni previsionali, declarații prospective]
        """;

    static readonly Lazy<BrandRegistry> Loaded = new(() => InMemoryRun.Registry(RegistryYaml));

    public static BrandRegistry Registry => Loaded.Value;

    /// <summary>A Markdown post holding one paragraph, with its language and date in the front matter.</summary>
    public static (string Path, string Text) Post(string text, string language, string date = Date, string path = "post.md") =>
        InMemoryRun.Post(text, language, date, path);
}
