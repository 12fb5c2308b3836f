using NarrativeLint.Registry;
using NarrativeLint.Tests.Rules;

namespace NarrativeLint.Tests.FactAttachment;

/// <summary>
/// NL2001: what a count counts. A word of the brand's name is the brand only written as a name ("Aurora Hotels" speaks of
/// itself, "12 hotels" are hotels), and a count's noun is the word right after it even when its stem is too short to
/// key a fact ("300 metres from the hotel" counts metres, not hotels).
/// </summary>
public class CountedThingTests
{
    static readonly Lazy<BrandRegistry> Registry = new(() => InMemoryRun.Registry("""
        brand: { name: Aurora Hotels, languages: [en, it, ro] }
        commitments:
          - id: free-wifi
            statement: Wi-Fi is free in every room.
            topic: { en: [wi-fi], it: [wi-fi], ro: [wi-fi] }
        """));

    static void Check(string firstLanguage, string first, string secondLanguage, string second) =>
        Verify.Files(Registry.Value, [Fixture.Post(first, firstLanguage, path: $"{firstLanguage}/one.md"), Fixture.Post(second, secondLanguage, path: $"{secondLanguage}/two.md")]);

    [Theory]
    [InlineData("en", "Today we run {|NL2001:27|} hotels in four countries.", "en", "Our {|NL2001:26|} hotels are ready for the winter.")]
    [InlineData("it", "Oggi il nostro gruppo gestisce {|NL2001:27|} hotel in quattro Paesi.", "it", "I nostri {|NL2001:24|} hotel sono pronti per l'inverno.")]
    public void The_companys_own_count_told_twice_is_reported(string firstLanguage, string first, string secondLanguage, string second) =>
        Check(firstLanguage, first, secondLanguage, second);

    [Theory]
    [InlineData("en", "He will run the operations of our 26 hotels.", "en", "Hearing loops are installed at the reception desks of 12 hotels.")]
    [InlineData("ro", "Gestionăm cele 26 de hoteluri ale noastre.", "ro", "Bucle auditive sunt instalate la recepția a 12 hoteluri.")]
    [InlineData("en", "The ferry leaves from the pier 300 metres from the hotel.", "it", "Il garage convenzionato è a 200 metri dall'hotel.")]
    public void Other_things_counted_beside_the_same_noun_are_kept_apart(string firstLanguage, string first, string secondLanguage, string second) =>
        Check(firstLanguage, first, secondLanguage, second);
}
