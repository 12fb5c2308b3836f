namespace NarrativeLint.Tests.Precision;

/// <summary>
/// An other actor governed by a preposition (the packs' <c>prepositions</c>: "salary trends from your clients are
/// shared", "le tendenze dei clienti sono condivise") says whose data it is, not who acts: the passive's act is the
/// brand's and breaks its never-promise. The same actor as the clause's subject ("Your clients may share…") acts itself.
/// </summary>
public class GovernedActorTests
{
    const string Registry = """
        brand: { name: Paylo, languages: [en, it, ro] }
        commitments:
          - id: no-ad-sharing
            statement: We never share customer data with advertisers.
            polarity: never
            topic: { en: [shared, share, advertisers], it: [condivise, condividere, inserzionisti], ro: [partajate, partaja, agenții de publicitate] }
        """;

    static bool Contradicts(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1003");

    [Theory]
    [InlineData("Salary trends from your clients are shared with advertisers.", "en")]
    [InlineData("Le tendenze salariali dei clienti sono condivise con gli inserzionisti.", "it")]
    [InlineData("Datele despre utilizatorii aplicației sunt partajate cu agenții de publicitate.", "ro")]
    public void An_actor_after_a_preposition_does_not_act(string text, string language) =>
        Contradicts(text, language).ShouldBeTrue();

    [Theory]
    [InlineData("Your clients may share salary trends with advertisers.", "en")]
    [InlineData("I clienti possono condividere le tendenze con gli inserzionisti.", "it")]
    [InlineData("Utilizatorii pot partaja datele cu agenții de publicitate.", "ro")]
    public void An_actor_as_the_subject_acts_itself(string text, string language) =>
        Contradicts(text, language).ShouldBeFalse();
}
