using NarrativeLint.Registry;
using NarrativeLint.Tests.Rules;

namespace NarrativeLint.Tests.RegisteredValues;

/// <summary>
/// NL2001: a quantity that states a registered fact's value, in a sentence on that commitment (a topic cue or its scope), is
/// the registry's reference and no side of a drift; two values that both differ from the registered one still drift.
/// Only NL2001 is marked: whether NL1 reports the value that breaks the commitment is the commitment rules' test.
/// </summary>
public class RegisteredValueTests
{
    const string RegistryYaml = """
        brand: { name: Frescala, languages: [en, it, ro, pl] }
        commitments:
          - id: free-delivery-50
            statement: Delivery is free on every order of €50 or more.
            scope: { en: [standard delivery], it: [consegna standard], ro: [livrare standard], pl: [dostawa standardowa] }
            topic: { en: [free delivery, delivery fee], it: [consegna gratuita], ro: [livrare gratuită], pl: [darmowa dostawa] }
            facts: [ { kind: money, value: 50 EUR, relation: exactly } ]
          - id: cancel-window
            statement: You can cancel any order free of charge within 14 days of delivery.
            topic: { en: [cancel, cancellation], it: [annullare, annullamento], ro: [anula, anulare], pl: [anulować, anulowanie] }
            facts: [ { kind: duration, value: 14 days, relation: at-least } ]
        """;

    static readonly Lazy<BrandRegistry> Registry = new(() => InMemoryRun.Registry(RegistryYaml));

    static readonly string[] OtherRules = [.. NarrativeLint.Analyzers.Descriptors.All.Select(d => d.Id).Where(id => id != "NL2001")];

    static void Check(string firstLanguage, string first, string secondLanguage, string second) =>
        Verify.Files(Registry.Value, [Fixture.Post(first, firstLanguage, path: $"{firstLanguage}/one.md"), Fixture.Post(second, secondLanguage, path: $"{secondLanguage}/two.md")], OtherRules);

    [Theory]
    // Both within the promise of at least 14 days, and different: a drift.
    [InlineData("en", "Changed your mind? You have {|NL2001:30 days|} from delivery to cancel for free.", "ro", "Puteți anula comanda gratuit {|NL2001:în termen de 20 de zile|} de la livrare.")]
    // Neither is the registered €50.
    [InlineData("en", "Standard delivery is free on every order of {|NL2001:€55|} or more.", "en", "Standard delivery is free on orders of {|NL2001:€45|} or more.")]
    [InlineData("it", "La consegna standard è gratuita per ogni ordine da {|NL2001:55 €|} in su.", "it", "La consegna standard è gratuita per ogni ordine da {|NL2001:45 €|} in su.")]
    // A language without a pack: no pack reads the registry's Polish cues, so even the registered €50 is one side of a
    // statement told twice (the registry's cues need a pack to be found).
    [InlineData("pl", "Dostawa standardowa jest bezpłatna dla każdego zamówienia od {|NL2001:50 €|} w górę.", "pl", "Dostawa standardowa jest bezpłatna dla każdego zamówienia od {|NL2001:45 €|} w górę.")]
    public void Values_that_differ_from_each_other_and_from_the_registry_drift(string firstLanguage, string first, string secondLanguage, string second) =>
        Check(firstLanguage, first, secondLanguage, second);

    [Theory]
    // The promised 14 days against a more generous 30: both keep the promise.
    [InlineData("en", "Changed your mind? You have 30 days from delivery to cancel for free.", "ro", "Puteți anula comanda gratuit în termen de 14 zile de la livrare.")]
    // The registered €50 against €45: the commitment is broken, which is NL1's, not a drift between the pages.
    [InlineData("en", "Standard delivery is free on every order of €50 or more.", "en", "Standard delivery is free on orders of €45 or more.")]
    [InlineData("it", "La consegna standard è gratuita per ogni ordine da 50 € in su.", "it", "La consegna standard è gratuita per ogni ordine da 45 € in su.")]
    [InlineData("ro", "Livrarea standard este gratuită pentru orice comandă de peste 50 €.", "ro", "Livrarea standard este gratuită pentru orice comandă de peste 45 €.")]
    public void A_value_the_registry_states_is_no_side_of_a_drift(string firstLanguage, string first, string secondLanguage, string second) =>
        Check(firstLanguage, first, secondLanguage, second);
}
