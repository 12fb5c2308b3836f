namespace NarrativeLint.Tests.Precision;

/// <summary>
/// "A fortnight" is two weeks, and a working week is a calendar week: "two working weeks", "due settimane lavorative" and
/// "două săptămâni lucrătoare" are ten working days, beyond "within 3 working days" and within "within 3 weeks".
/// </summary>
public class FortnightAndWorkingWeekTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: ticket-resolution
            statement: We resolve standard support tickets within 3 working days.
            topic: { en: [tickets, resolve, resolved], it: [ticket, risolviamo, risolti], ro: [tichete, tichetele, rezolvăm, rezolvate] }
            facts: [ { kind: duration, value: 3 business days, relation: at-most } ]
          - id: repair-turnaround
            statement: Repairs are back with you within 3 weeks.
            topic: { en: [repairs, repaired], it: [riparazioni, riparati], ro: [reparații, reparate] }
            facts: [ { kind: duration, value: 3 weeks, relation: at-most } ]
        """;

    static IReadOnlyList<string> Broken(string text, string language) =>
        [.. InMemoryRun.PostFindings(Registry, text, language).Where(f => f.Id == "NL1001").Select(f => f.Message)];

    [Theory]
    [InlineData("Standard tickets are usually resolved within a fortnight.", "en", "ticket-resolution")]
    [InlineData("Allow up to two working weeks for tickets to be resolved.", "en", "ticket-resolution")]
    [InlineData("I ticket vengono risolti entro due settimane lavorative.", "it", "ticket-resolution")]
    [InlineData("Tichetele sunt rezolvate în două săptămâni lucrătoare.", "ro", "ticket-resolution")]
    public void A_fortnight_and_working_weeks_are_read_as_lengths_of_time(string text, string language, string commitment) =>
        Broken(text, language).ShouldHaveSingleItem().ShouldContain($"'{commitment}'");

    [Theory]
    [InlineData("Repairs are usually back within a fortnight.", "en")]
    [InlineData("Repairs take two working weeks.", "en")]
    [InlineData("Le riparazioni richiedono due settimane lavorative.", "it")]
    [InlineData("Reparațiile durează două săptămâni lucrătoare.", "ro")]
    public void Within_a_longer_bound_they_keep_it(string text, string language) =>
        Broken(text, language).ShouldBeEmpty();
}
