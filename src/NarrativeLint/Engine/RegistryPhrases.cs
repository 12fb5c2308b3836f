using NarrativeLint.Language;
using NarrativeLint.Registry;

namespace NarrativeLint.Engine;

/// <summary>
/// Puts every phrase of the registry (topic cues, scopes, value breaches, claim phrases and qualifiers) into one
/// <see cref="PhraseIndex"/>, per language, so each sentence is matched against all of them in one pass.
/// </summary>
static class RegistryPhrases
{
    /// <remarks>Each language's phrases are stemmed when a sentence of it is first matched (see <see cref="PhraseIndex(LanguagePacks, Func{LanguagePack, IEnumerable{Phrase}})"/>).</remarks>
    public static PhraseIndex Build(BrandRegistry registry, LanguagePacks packs) => new(packs, pack => PhrasesOf(registry, pack.Code));

    static IEnumerable<Phrase> PhrasesOf(BrandRegistry registry, string language)
    {
        foreach (var commitment in registry.Commitments)
        {
            foreach (var cue in commitment.TopicFor(language))
                yield return new Phrase(PhraseRole.Topic, commitment.Id, cue);
            foreach (var name in commitment.ScopeFor(language))
                yield return new Phrase(PhraseRole.Scope, commitment.Id, name);
        }
        foreach (var value in registry.Values)
            foreach (var breach in value.Breaches)
                yield return new Phrase(PhraseRole.Breach, value.Id, breach);
        foreach (var claim in registry.Claims)
        {
            foreach (var phrase in claim.PhrasesFor(language))
                yield return new Phrase(PhraseRole.Claim, claim.Id, phrase);
            foreach (var phrase in claim.QualifiersFor(language))
                yield return new Phrase(PhraseRole.ClaimQualifier, claim.Id, phrase);
            foreach (var phrase in ClaimRule.ForLanguage(claim.Context, language))
                yield return new Phrase(PhraseRole.ClaimContext, claim.Id, phrase);
        }
    }
}
