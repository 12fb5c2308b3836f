using NarrativeLint.Language;
using NarrativeLint.Registry;

namespace NarrativeLint.Analyzers;

/// <summary>
/// What every rule of one run shares, built once by the engine before any document is read (Roslyn's
/// compilation-start pattern): the registry, the language packs, the registry's phrase index, the commitment
/// topics with their statement facts, and the brand's own words. Rules reach it through their contexts and
/// never rebuild any of it.
/// </summary>
public sealed class AnalysisSession
{
    internal AnalysisSession(BrandRegistry registry, LanguagePacks packs, PhraseIndex phrases)
    {
        Registry = registry;
        Packs = packs;
        Phrases = phrases;
        BrandWords = registry.BrandWords();
        Topics = new CommitmentTopics(registry, packs.Get(registry.Languages.FirstOrDefault()), BrandWords);
    }

    public BrandRegistry Registry { get; }

    public LanguagePacks Packs { get; }

    /// <summary>Every registry phrase (topic cues, breaches, claim phrases) per language, matched once per sentence.</summary>
    internal PhraseIndex Phrases { get; }

    /// <summary>Places sentences on commitments; holds each commitment's facts, its statement's included, annotated once.</summary>
    internal CommitmentTopics Topics { get; }

    /// <summary>The words of the brand's name, which do not make a sentence name something else.</summary>
    internal IReadOnlySet<string> BrandWords { get; }
}
