namespace NarrativeLint.Tests.Precision;

/// <summary>A quantity after a verb of change in its clause is the change's amount ("cut by 22%"), not a level; "cut to" states the level.</summary>
public class ChangeAmountTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: renewable-share
            statement: Our network runs on at least 90% renewable electricity.
            topic: { en: [renewable, electricity, energy], it: [rinnovabile, elettricità, energia], ro: [regenerabilă, electricitate, energie] }
            facts: [ { kind: percentage, value: 90%, relation: at-least } ]
        """;

    static bool Contradicts(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1001");

    [Theory]
    [InlineData("We cut the energy our network uses per terabyte by 22% in two years.", "en")]
    [InlineData("Abbiamo ridotto del 22% l'energia consumata dalla rete.", "it")]
    [InlineData("Am redus cu 22% energia consumată de rețea.", "ro")]
    public void The_amount_of_a_change_is_not_a_level(string text, string language) =>
        Contradicts(text, language).ShouldBeFalse();

    [Theory]
    [InlineData("We reduced our renewable electricity share to 60% this winter.", "en")]
    [InlineData("La rete usa il 60% di energia rinnovabile.", "it")]
    [InlineData("Rețeaua folosește 60% energie regenerabilă.", "ro")]
    public void A_level_is_still_held_to_the_promise(string text, string language) =>
        Contradicts(text, language).ShouldBeTrue();
}

/// <summary>A lower floor restated ("at least 60%") against a promised floor is a weaker promise, as "within 48 hours" is against 24.</summary>
public class WeakerFloorTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: renewable-share
            statement: Our network runs on at least 90% renewable electricity.
            topic: { en: [renewable, electricity], it: [rinnovabile, elettricità], ro: [regenerabilă, electricitate] }
            facts: [ { kind: percentage, value: 90%, relation: at-least } ]
        """;

    static bool Contradicts(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1001");

    [Theory]
    [InlineData("Our network runs on at least 60% renewable electricity.", "en", true)]
    [InlineData("La nostra rete usa almeno il 60% di elettricità rinnovabile.", "it", true)]
    [InlineData("Rețeaua noastră folosește cel puțin 60% electricitate regenerabilă.", "ro", true)]
    [InlineData("Our network runs on at least 95% renewable electricity.", "en", false)]
    [InlineData("La nostra rete usa almeno il 95% di elettricità rinnovabile.", "it", false)]
    public void A_lower_floor_is_a_weaker_promise(string text, string language, bool contradicts) =>
        Contradicts(text, language).ShouldBe(contradicts);
}

/// <summary>
/// A promise told as a difference ("25% off every client subscription") is a level of its own: another value off the same
/// thing restates it wrongly, a difference taken from something else is another discount.
/// </summary>
public class StatedDifferenceTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: partner-discount
            statement: Partner accountants get 25% off every client subscription they manage.
            topic: { en: [partner, accountants, discount], it: [partner, commercialisti, sconto], ro: [parteneri, contabili, reducere] }
            facts: [ { kind: percentage, value: 25%, relation: exactly } ]
        """;

    static bool Contradicts(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1001");

    [Theory]
    [InlineData("During the launch, partner accountants get fifteen per cent off each client subscription.", "en", true)]
    [InlineData("Al lancio i commercialisti partner hanno il 15% di sconto sugli abbonamenti dei clienti.", "it", true)]
    [InlineData("La lansare, contabilii parteneri primesc 15% reducere la abonamentele clienților.", "ro", true)]
    [InlineData("Partner accountants also get 50% off their own firm's licence.", "en", false)]
    [InlineData("I commercialisti partner hanno anche il 50% di sconto sulla propria licenza.", "it", false)]
    [InlineData("Contabilii parteneri primesc și 50% reducere la licența proprie.", "ro", false)]
    [InlineData("Partner accountants get 25% off every client subscription.", "en", false)]
    public void A_difference_is_held_to_a_promise_told_as_the_same_difference(string text, string language, bool contradicts) =>
        Contradicts(text, language).ShouldBe(contradicts);
}
