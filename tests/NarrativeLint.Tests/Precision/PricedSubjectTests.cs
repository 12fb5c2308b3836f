namespace NarrativeLint.Tests.Precision;

/// <summary>
/// A price belongs to what its clause says costs it, and the price verb ("costs", "costa", "costă") does not say what:
/// "Express delivery (next working day) costs €4.90" prices the delivery named before the aside; "Book a travel
/// appointment…; it costs €55" prices the appointment the pronoun stands for; "the Puppy Plan costs just €16" the plan.
/// None of them is held to "A standard consultation costs €39"; a sentence whose subject is the consultation is.
/// </summary>
public class PricedSubjectTests
{
    const string Registry = """
        brand: { name: Kestrel, languages: [en, it, ro] }
        commitments:
          - id: consultation-price
            statement: A standard consultation costs €39 at every Kestrel clinic.
            topic: { en: [consultation, standard consultation, costs], it: [visita, visita standard, costa], ro: [consultație, consultație standard, costă] }
            facts: [ { kind: money, value: 39 EUR, relation: exactly } ]
        """;

    static List<string> Findings(string language, string text) =>
        [.. InMemoryRun.Check(InMemoryRun.Registry(Registry), ("prices.md", $"---\nlang: {language}\ndate: 2025-06-01\n---\n\n{text}\n")).Findings
            .Where(f => f.Id.StartsWith("NL1", StringComparison.Ordinal)).Select(f => f.Id)];

    [Theory]
    [InlineData("en", "Express delivery (next working day) costs €4.90.")]
    [InlineData("it", "La consegna espressa (giorno lavorativo successivo) costa 5,90 €.")]
    [InlineData("ro", "Livrarea expres (în următoarea zi lucrătoare) costă 4,90 €.")]
    public void A_price_after_an_aside_is_the_price_of_what_stands_before_it(string language, string text) =>
        Findings(language, text).ShouldBeEmpty();

    [Theory]
    [InlineData("en", "Book a travel appointment four weeks before departure; it costs €55.")]
    [InlineData("it", "Prenotate un appuntamento per il viaggio prima della partenza: costa 55 €.")]
    [InlineData("ro", "Rezervați o programare pentru călătorie înainte de plecare; costă 55 €.")]
    public void A_pronoun_s_price_is_the_price_of_what_it_stands_for(string language, string text) =>
        Findings(language, text).ShouldBeEmpty();

    [Theory]
    [InlineData("en", "The Puppy Plan costs just €16 and includes two check-ups.")]
    [InlineData("it", "Il Piano Cucciolo costa solo 16 € e comprende due controlli.")]
    [InlineData("ro", "Planul Cățel costă doar 16 € și include două controale.")]
    public void The_price_verb_with_its_adverb_does_not_name_what_is_priced(string language, string text) =>
        Findings(language, text).ShouldBeEmpty();

    [Theory]
    [InlineData("en", "A standard consultation is quick; it costs €45.")]
    [InlineData("it", "Una visita standard ora costa solo 45 €.")]
    [InlineData("ro", "O consultație standard costă acum 45 €.")]
    public void The_promise_s_own_subject_is_still_held_to_it(string language, string text) =>
        Findings(language, text).ShouldBe(["NL1001"]);
}
