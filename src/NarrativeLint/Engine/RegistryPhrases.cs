using NarrativeLint.Language;
using NarrativeLint.Registry;

namespace NarrativeLint.Engine;

/// <summary>
/// Puts every phrase of the registry (topic cues, value breaches, claim phrases and qualifiers) into one
/// <see cref="PhraseIndex"/>, per language, so each sentence is matched against all of them in one pass.
/// </summary>
static class RegistryPhrases
{
    /// <summary>Key under which phrases that apply to every language are listed.</summary>
    const string AnyLanguage = "*";

    public static PhraseIndex Build(BrandRegistry registry, LanguagePacks packs)
    {
        var index = new PhraseIndex();
        foreach (var pack in packs.All)
        {
            foreach (var commitment in registry.Commitments)
                foreach (var cue in PhrasesFor(commitment.Topic, pack.Code))
                    index.Add(pack, new Phrase(PhraseRole.Topic, commitment.Id, cue));
            foreach (var value in registry.Values)
                foreach (var breach in value.Breaches)
                    index.Add(pack, new Phrase(PhraseRole.Breach, value.Id, breach));
            foreach (var claim in registry.Claims)
            {
                foreach (var phrase in PhrasesFor(claim.Phrases, pack.Code))
                    index.Add(pack, new Phrase(PhraseRole.Claim, claim.Id, phrase));
                foreach (var phrase in PhrasesFor(claim.Qualifiers, pack.Code))
                    index.Add(pack, new Phrase(PhraseRole.ClaimQualifier, claim.Id, phrase));
                foreach (var phrase in PhrasesFor(claim.Context, pack.Code))
                    index.Add(pack, new Phrase(PhraseRole.ClaimContext, claim.Id, phrase));
            }
        }
        return index;
    }

    /// <summary>
    /// The phrases for sentences in <paramref name="language"/>: that language's and the language-independent ones;
    /// an entry with no phrases in that language lends all of its phrases, so an English-only topic still finds names and numbers elsewhere.
    /// </summary>
    static IEnumerable<string> PhrasesFor(IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<string>> byLanguage, string language)
    {
        if (byLanguage.TryGetValue(AnyLanguage, out var shared)) foreach (var p in shared) yield return p;
        if (byLanguage.TryGetValue(language, out var own))
        {
            foreach (var p in own) yield return p;
            yield break;
        }
        foreach (var (key, phrases) in byLanguage)
            if (key != AnyLanguage)
                foreach (var p in phrases) yield return p;
    }
}
