using System.Collections.Immutable;
using NarrativeLint.Language;
using NarrativeLint.Registry;

namespace NarrativeLint.Analyzers;

// A value the registry states is the company's reference, not one side of a drift: "Standard delivery is free on every
// order of €50 or more" beside a commitment of €50 is right, and a page that says €45 breaks the commitment (NL1's),
// whether or not the topic cues place it there. "You have 30 days to cancel" against a page's "14 days", when 14 days
// is the promise and 30 is more generous, is no drift either: both keep the promise.
public sealed partial class FactDriftAnalyzer
{
    /// <summary>
    /// Whether the quantity states the value of a registered fact of a commitment its sentence speaks of: by a topic cue
    /// (<paramref name="evidence"/>) or by naming the commitment's scope ("Standard delivery"), any status.
    /// </summary>
    static bool StatesARegisteredValue(AnalyzedSentence sentence, ImmutableArray<TopicEvidence> evidence, Quantity quantity, CommitmentTopics topics) =>
        evidence.Select(e => e.Commitment)
            .Concat(sentence.Phrases.Where(m => m.Phrase.Role == PhraseRole.Scope).Select(m => topics.Find(m.Phrase.OwnerId)).OfType<Commitment>())
            .Any(commitment => topics.FactsOf(commitment).Any(fact => FactComparison.SameValue(quantity, fact)));
}
