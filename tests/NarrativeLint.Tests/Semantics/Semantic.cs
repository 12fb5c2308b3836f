using NarrativeLint.Engine;
using NarrativeLint.Registry;

namespace NarrativeLint.Tests.Semantics;

/// <summary>
/// An in-memory registry whose commitments carry topic cues in English, Italian and Romanian, and helpers that
/// run the whole engine on in-memory content against it.
/// </summary>
static class Semantic
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
        channels:
          - id: social
            include: ["social/**"]
            max-length: 280
            url-length: 23
        """;

    static readonly Lazy<BrandRegistry> Loaded = new(() => InMemoryRun.Registry(Registry));

    public static BrandRegistry Brand => Loaded.Value;

    public static AnalysisResult Check(params (string Path, string Text)[] files) => InMemoryRun.Check(Brand, files);

    /// <summary>Runs the engine against another registry, given as YAML.</summary>
    public static AnalysisResult CheckWith(string registryYaml, params (string Path, string Text)[] files) =>
        InMemoryRun.Check(InMemoryRun.Registry(registryYaml), files);

    /// <summary>A Markdown post holding one paragraph, with its language and date in the front matter.</summary>
    public static (string Path, string Text) Post(string text, string language, string date = "2025-06-01", string path = "post.md") =>
        InMemoryRun.Post(text, language, date, path);

    /// <summary>The active findings for one Markdown paragraph.</summary>
    public static List<Finding> Findings(string text, string language, string date = "2025-06-01") =>
        Check(Post(text, language, date)).Active.ToList();

    /// <summary>The IDs reported for one Markdown paragraph.</summary>
    public static string[] Ids(string text, string language, string date = "2025-06-01") =>
        Findings(text, language, date).Select(f => f.Id).ToArray();

    /// <summary>The single finding with <paramref name="id"/> for one Markdown paragraph.</summary>
    public static Finding Single(string id, string text, string language, string date = "2025-06-01") =>
        Findings(text, language, date).Where(f => f.Id == id).ShouldHaveSingleItem();
}
