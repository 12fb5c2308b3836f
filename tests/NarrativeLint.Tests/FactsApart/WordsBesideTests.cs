using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.FactsApart;

/// <summary>
/// NL2001: a noun or an event says what kind of thing a number is of, not which one. Within a language, two facts of one
/// noun are kept apart by another content word right beside it ("battery" / "inverter" warranty, "della batteria" /
/// "della pompa") or by another thing their clause is about ("The heat pump comes with…" / "The battery comes with…");
/// the same words beside it, or a fact in another language, are still compared.
/// </summary>
public class WordsBesideTests
{
    [Theory]
    [InlineData("en", "Our battery warranty lasts 10 years.", "en", "Our inverter warranty lasts 12 years.")]
    [InlineData("en", "Free returns within 30 days on every order.", "en", "Free installation within 14 days of your order.")]
    [InlineData("en", "The heat pump comes with a 5-year warranty.", "en", "The battery comes with a 10-year warranty.")]
    [InlineData("it", "La garanzia della pompa di calore dura 5 anni.", "it", "La garanzia della batteria dura 10 anni.")]
    [InlineData("ro", "Garanția bateriei este de 10 ani.", "ro", "Garanția invertorului este de 12 ani.")]
    // Polish has no pack: no words are read, so nothing is compared either way.
    [InlineData("pl", "Gwarancja na baterię wynosi 10 lat.", "pl", "Gwarancja na falownik wynosi 12 lat.")]
    public void Facts_of_one_noun_with_another_word_beside_it_are_kept_apart(string firstLanguage, string first, string secondLanguage, string second) =>
        CheckPosts(firstLanguage, first, secondLanguage, second, ["NL0010"]);

    [Theory]
    [InlineData("en", "Our battery warranty lasts {|NL2001:10 years|}.", "en", "Our battery warranty lasts {|NL2001:12 years|}.")]
    [InlineData("it", "La garanzia della batteria dura {|NL2001:10 anni|}.", "it", "La garanzia della batteria dura {|NL2001:12 anni|}.")]
    [InlineData("ro", "Garanția bateriei este de {|NL2001:10 ani|}.", "ro", "Garanția bateriei este de {|NL2001:12 ani|}.")]
    // Across languages the words beside the noun are other words anyway: the event and the names decide.
    [InlineData("en", "Our battery warranty lasts {|NL2001:10 years|}.", "it", "La garanzia della batteria dura {|NL2001:12 anni|}.")]
    public void Facts_of_one_noun_with_the_same_words_beside_it_are_compared(string firstLanguage, string first, string secondLanguage, string second) =>
        CheckPosts(firstLanguage, first, secondLanguage, second);
}
