namespace NarrativeLint.Tests.Precision;

/// <summary>
/// The items of a list are parallel statements: a short item with no cue of its own leans on the words that introduce
/// the list, not on the item before it ("Hand the items to your courier at your next delivery." then "Gift cards expire
/// after 12 months." is no delivery time).
/// </summary>
public class ListItemContextTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: chat-reply
            statement: Our pharmacists answer chat questions within 2 hours.
            topic: { en: [chat, answer], it: [chat, rispondiamo], ro: [chat, răspundem] }
            facts: [ { kind: duration, value: 2 hours, relation: at-most } ]
        """;

    static bool Contradicts(string markdown, string language) =>
        InMemoryRun.PostFindings(Registry, markdown, language).Any(f => f.Id == "NL1001");

    [Theory]
    [InlineData("# How it works\n\n1. Ask on chat.\n2. The order leaves within 24 hours.\n", "en")]
    [InlineData("# Come funziona\n\n1. Chiedi in chat.\n2. L'ordine parte entro 24 ore.\n", "it")]
    [InlineData("# Cum funcționează\n\n1. Întreabă pe chat.\n2. Comanda pleacă în 24 de ore.\n", "ro")]
    public void An_item_does_not_lean_on_the_item_before_it(string markdown, string language) =>
        Contradicts(markdown, language).ShouldBeFalse();

    [Theory]
    [InlineData("Our chat:\n\n- Replies within 6 hours.\n- Open every day.\n", "en")]
    [InlineData("La nostra chat:\n\n- Risposte entro 6 ore.\n- Aperta ogni giorno.\n", "it")]
    [InlineData("Chatul nostru:\n\n- Răspunsuri în 6 ore.\n- Deschis în fiecare zi.\n", "ro")]
    public void An_item_leans_on_the_words_that_introduce_the_list(string markdown, string language) =>
        Contradicts(markdown, language).ShouldBeTrue();
}
