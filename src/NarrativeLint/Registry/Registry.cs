using System.Collections.Immutable;
using NarrativeLint.Language;

namespace NarrativeLint.Registry;

/// <summary>Where an entry was declared, so findings and errors can point at the registry line.</summary>
public readonly record struct RegistryPosition(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}

public enum CommitmentStatus { Active, Retired, Superseded }

public enum FactRelation { AtMost, AtLeast, Exactly, By }

public enum Polarity { None, Never, Always }

/// <summary>A promised fact: the kind, the value as written and parsed, and how content may relate to it.</summary>
/// <param name="StatedWith">
/// The comparison the statement itself writes the value with ("free on every order <em>over</em> €50"): the value is then
/// a threshold named by that comparison, and the text's "over €50" restates it rather than exceeding it.
/// </param>
public sealed record Fact(QuantityKind Kind, string Written, Quantity Value, FactRelation Relation, Qualifier StatedWith = Qualifier.None);

/// <summary>A public promise the brand made.</summary>
public sealed record Commitment
{
    public required string Id { get; init; }
    public required string Statement { get; init; }
    public string? Source { get; init; }
    public DateOnly? Since { get; init; }
    public CommitmentStatus Status { get; init; } = CommitmentStatus.Active;
    public string? SupersededBy { get; init; }
    /// <summary>The day it stopped applying: content dated before it speaks of its own time.</summary>
    public DateOnly? Retired { get; init; }
    /// <summary>Cue phrases per language code; a sentence using them is about this commitment.</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> Topic { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;
    /// <summary>
    /// Per language code: the products, plans, services or channels the promise is limited to ("Acme Backup",
    /// "Business plan"). Empty when it holds for everything the brand does.
    /// </summary>
    public ImmutableDictionary<string, ImmutableArray<string>> Scope { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;
    public ImmutableArray<Fact> Facts { get; init; } = [];
    public Polarity Polarity { get; init; }
    /// <summary>Link to the plan or report backing the claim (required for future environmental claims).</summary>
    public string? Evidence { get; init; }
    public RegistryPosition Position { get; init; }

    /// <summary>The scope's phrases for <paramref name="language"/>; a language without a list of its own borrows every list, since names are not translated.</summary>
    public ImmutableArray<string> ScopeFor(string? language) => ClaimRule.ForLanguage(Scope, language);

    /// <summary>
    /// The topic cue phrases for <paramref name="language"/> ("it-IT" reads "it"), plus the language-independent ones
    /// (key <c>*</c>). A language the topic has no list for borrows only the other lists' names ("Velocell Start"):
    /// their common words are words of another language, and read in this one they mean something else
    /// (Romanian "suport" in Portuguese "suporte").
    /// </summary>
    public ImmutableArray<string> TopicFor(string? language)
    {
        var code = language?.Split('-', '_')[0].ToLowerInvariant();
        if (code is not null && Topic.TryGetValue(code, out var own) && !own.IsEmpty || Topic.Keys.All(k => k == "*"))
            return ClaimRule.ForLanguage(Topic, language);
        return [.. ClaimRule.ForLanguage(Topic, language).Where(cue => cue.Length > 0 && char.IsUpper(cue[0])).Distinct(StringComparer.Ordinal)];
    }
}

/// <summary>A value the brand declared, and phrases that breach it.</summary>
public sealed record BrandValue(string Id, string Statement, ImmutableArray<string> Breaches, RegistryPosition Position);

/// <summary>A preferred term and the variants to avoid.</summary>
public sealed record Term(string Preferred, ImmutableArray<string> Avoid, RegistryPosition Position);

/// <summary>A channel: which files belong to it and the rules its messages follow.</summary>
/// <param name="MaxLength">Character limit of one unit (a post), counted as <paramref name="UrlLength"/> says for links.</param>
/// <param name="UrlLength">If set, every URL counts as this many characters (X/Twitter: 23).</param>
/// <param name="Disclaimers">Required disclaimers: each inner list is one disclaimer, satisfied by any of its phrases.</param>
public sealed record ChannelRule(
    string Id,
    ImmutableArray<string> Include,
    int? MaxLength,
    int? UrlLength,
    ImmutableArray<ImmutableArray<string>> Disclaimers,
    RegistryPosition Position);

/// <summary>How a regulated-claim rule decides: the analyzers implement each check; the catalogue supplies words and sources.</summary>
public enum ClaimCheck
{
    /// <summary>A phrase stated without a specific, evidenced claim in the same sentence or document.</summary>
    UnsubstantiatedPhrase,
    /// <summary>A neutrality phrase in a document that also says the result comes from offsetting.</summary>
    OffsetNeutrality,
    /// <summary>A future target (a year) stated without a linked plan.</summary>
    FutureTarget,
    /// <summary>A phrase the law restricts in itself, reported wherever it is said (beside its context words, if any) unless authorised wording stands beside it.</summary>
    RestrictedPhrase,
    /// <summary>A sponsored unit without any of the disclosure phrases.</summary>
    SponsoredDisclosure,
    /// <summary>A marketing email without an unsubscribe link or List-Unsubscribe header.</summary>
    EmailUnsubscribe,
    /// <summary>A marketing email without a sender identity and postal address.</summary>
    EmailSenderIdentity,
}

/// <summary>Where a claim rule's context words must stand for its phrase to count.</summary>
/// <summary>
/// Where a claim rule's context word must stand: anywhere in the phrase's sentence; right after the phrase, as the
/// thing its verb acts on (within three words, no punctuation between: "supports a
/// healthy heart", not "boost the morale of the immune-system team"); or anywhere in the document.
/// </summary>
public enum ContextReach { Sentence, Object, Document }

/// <summary>One rule of a regulated-claims catalogue (EU 2024/825, FTC endorsement guides, CAN-SPAM/ePrivacy).</summary>
/// <param name="Phrases">Trigger phrases per language ("eco-friendly", "ecologico").</param>
/// <param name="Qualifiers">Per language: phrases whose presence satisfies the rule (disclosures, offset words, address words).</param>
public sealed record ClaimRule(
    string Id,
    string DiagnosticId,
    ClaimCheck Check,
    string Title,
    string LegalSource,
    ImmutableDictionary<string, ImmutableArray<string>> Phrases,
    ImmutableDictionary<string, ImmutableArray<string>> Qualifiers,
    ImmutableArray<string> Channels,
    RegistryPosition Position)
{
    /// <summary>The catalogue the rule comes from (<c>eu-green-claims</c>), or null for a rule the registry defines itself.</summary>
    public string? CatalogueId { get; init; }

    /// <summary>Where the rule's <c>diagnostic:</c> is written, for an error about the id it names.</summary>
    public RegistryPosition DiagnosticPosition { get; init; }

    /// <summary>
    /// Per language: context a phrase needs before it counts, for words with everyday meanings ("green",
    /// "natural"): the phrase is a claim only beside one of these words, the brand's name or a first-person subject.
    /// Empty when the phrases are claims wherever they stand.
    /// </summary>
    public ImmutableDictionary<string, ImmutableArray<string>> Context { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>
    /// Where a context word must stand: in the phrase's sentence (a verb and its object: "cures insomnia"), or
    /// anywhere in the document, for a claim that needs only to be made in a field ("free of side effects" on a
    /// pharmacy's page, not in a program's documentation).
    /// </summary>
    public ContextReach ContextReach { get; init; }

    /// <summary>The day the legal text starts to apply (EU 2024/825: 2026-09-27), if the catalogue says so.</summary>
    public DateOnly? AppliesFrom { get; init; }

    /// <summary>The phrases for <paramref name="language"/> followed by the language-independent ones (key <c>*</c>).</summary>
    public ImmutableArray<string> PhrasesFor(string? language) => ForLanguage(Phrases, language);

    /// <summary>The qualifiers for <paramref name="language"/> followed by the language-independent ones (key <c>*</c>).</summary>
    public ImmutableArray<string> QualifiersFor(string? language) => ForLanguage(Qualifiers, language);

    /// <remarks>
    /// A list with no phrases in the language lends all of its phrases: an English-only topic still finds its
    /// names and numbers in an Italian post, and a language without its own list is not left unchecked.
    /// </remarks>
    internal static ImmutableArray<string> ForLanguage(ImmutableDictionary<string, ImmutableArray<string>> lists, string? language)
    {
        var code = language is null ? null : language.Split('-', '_')[0].ToLowerInvariant();
        var all = lists.TryGetValue("*", out var a) ? a : [];
        if (code is not null && lists.TryGetValue(code, out var own) && !own.IsEmpty) return all.IsEmpty ? own : own.AddRange(all);
        return all.AddRange(lists.Where(l => l.Key != "*").OrderBy(l => l.Key, StringComparer.Ordinal).SelectMany(l => l.Value));
    }
}

/// <summary>A regulated-claims catalogue: a legal text and the rules that enforce it.</summary>
/// <param name="Source">URL of the legal text.</param>
/// <param name="AppliesFrom">The day the legal text starts to apply, if it is not in force yet or the date matters.</param>
public sealed record ClaimCatalogue(
    string Id,
    string Title,
    string? Source,
    DateOnly? AppliesFrom,
    ImmutableArray<ClaimRule> Claims,
    RegistryPosition Position);

/// <summary>A registry problem, with the file, line and column where it was found.</summary>
public sealed record RegistryError(RegistryPosition Position, string Message)
{
    public override string ToString() => $"{Position}: {Message}";
}

/// <summary>Everything the brand has promised and the rules it opted into, loaded and validated.</summary>
public sealed record BrandRegistry
{
    public string? BrandName { get; init; }
    public ImmutableArray<string> Languages { get; init; } = [];
    public ImmutableArray<Commitment> Commitments { get; init; } = [];
    public ImmutableArray<BrandValue> Values { get; init; } = [];
    public ImmutableArray<Term> Terms { get; init; } = [];
    public ImmutableArray<ChannelRule> Channels { get; init; } = [];
    public ImmutableArray<ClaimRule> Claims { get; init; } = [];
    /// <summary>The catalogues in use: the built-in ones the registry selected and any the registry declares itself.</summary>
    public ImmutableArray<ClaimCatalogue> Catalogues { get; init; } = [];
    /// <summary>Registry files read, for the report's "registry version used".</summary>
    public ImmutableArray<string> Files { get; init; } = [];

    public Commitment? Commitment(string id) => Commitments.FirstOrDefault(c => c.Id == id);

    /// <summary>The words of the brand's name ("Acme", "Cloud"): a sentence using them speaks of the brand.</summary>
    public HashSet<string> BrandWords() =>
        new((BrandName ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
}
