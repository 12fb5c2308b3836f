using NarrativeLint.Language;
using NarrativeLint.Registry;

namespace NarrativeLint.Engine;

/// <summary>
/// Puts every phrase of the registry (topic cues, scopes, value breaches, claim phrases and qualifiers) into one
/// <see cref="PhraseIndex"/>, per language, so each sentence is matched against all of them in one pass.
/// </summary>
static class RegistryPhrases
{
    public static PhraseIndex Build(BrandRegistry registry, LanguagePacks packs)
    {
        var index = new PhraseIndex();
        foreach (var pack in packs.All)
        {
            foreach (var commitment in registry.Commitments)
            {
                foreach (var cue in commitment.TopicFor(pack.Code))
                    index.Add(pack, new Phrase(PhraseRole.Topic, commitment.Id, cue));
                foreach (var name in commitment.ScopeFor(pack.Code))
                    index.Add(pack, new Phrase(PhraseRole.Scope, commitment.Id, name));
            }
            foreach (var value in registry.Values)
                foreach (var breach in value.Breaches)
                    index.Add(pack, new Phrase(PhraseRole.Breach, value.Id, breach));
            foreach (var claim in registry.Claims)
            {
                foreach (var phrase in claim.PhrasesFor(pack.Code))
                    index.Add(pack, new Phrase(PhraseRole.Claim, claim.Id, phrase));
                foreach (var phrase in claim.QualifiersFor(pack.Code))
                    index.Add(pack, new Phrase(PhraseRole.ClaimQualifier, claim.Id, phrase));
                foreach (var phrase in ClaimRule.ForLanguage(claim.Context, pack.Code))
                    index.Add(pack, new Phrase(PhraseRole.ClaimContext, claim.Id, phrase));
            }
        }
        return index;
    }
}
