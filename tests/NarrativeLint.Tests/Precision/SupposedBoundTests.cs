namespace NarrativeLint.Tests.Precision;

/// <summary>
/// A bound a condition supposes crossed ("if availability falls below 99.9%, you can claim a credit") is the promise's
/// remedy, not a level the text states; a value a condition only names may be affirmed by what follows ("if your
/// iPhone is on iOS 15, no problem: the app works there too"), and a condition whose end no comma shows ("In caso di
/// maltempo il tecnico interviene entro 7 giorni") leaves the main clause's value stated.
/// </summary>
public class SupposedBoundTests
{
    const string Registry = """
        brand: { name: Paylo, languages: [en, it, ro] }
        commitments:
          - id: uptime
            statement: Paylo Cloud is available at least 99.9% of every month.
            topic: { en: [availability, available], it: [disponibilità, disponibile], ro: [disponibilitatea, disponibil] }
            facts: [ { kind: percentage, value: 99.9%, relation: at-least } ]
          - id: ios
            statement: The Paylo app supports iOS 16 and later.
            topic: { en: [iOS, app], it: [iOS, app], ro: [iOS, aplicația] }
            facts: [ { kind: version, value: "16", relation: at-least } ]
          - id: repair
            statement: We repair faults within 48 hours.
            topic: { en: [repair, technician], it: [riparazione, tecnico], ro: [reparație, tehnicianul] }
            facts: [ { kind: duration, value: 48 hours, relation: at-most } ]
        """;

    static bool Contradicts(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).Any(f => f.Id == "NL1001");

    [Theory]
    [InlineData("If availability falls below 99.9% in a month, you can claim a credit.", "en")]
    [InlineData("You can claim a credit if availability falls below 99.9% in a month.", "en")]
    [InlineData("Qualora la disponibilità scenda sotto il 99,9%, il Cliente potrà chiedere un credito.", "it")]
    [InlineData("Dacă disponibilitatea scade sub 99,9% într-o lună, puteți cere un credit.", "ro")]
    public void A_bound_supposed_crossed_is_a_remedy(string text, string language) =>
        Contradicts(text, language).ShouldBeFalse();

    [Theory]
    [InlineData("Paylo Cloud availability is below 99.9% this month.", "en")]
    [InlineData("If your iPhone is still on iOS 15, no problem: the app works there too.", "en")]
    [InlineData("In caso di maltempo il tecnico interviene entro 7 giorni.", "it")]
    [InlineData("Dacă sunați azi, tehnicianul vine pentru reparație în 5 zile.", "ro")]
    public void A_value_stated_or_affirmed_after_a_condition_is_held(string text, string language) =>
        Contradicts(text, language).ShouldBeTrue();
}
