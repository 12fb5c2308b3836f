using Shouldly;
using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.TranslationSentences;

/// <summary>
/// NL2002 on names: where the source names what the registry names ("Acme Cloud", a preferred term) and the
/// translation keeps the name's first word with another after it ("Acme Hosting"), the name changed. Names the
/// registry does not know, a place translated whole, or the same name in the reader's spelling are not compared.
/// </summary>
public class RegisteredNamesTests
{
    const string Source = "Acme Cloud and Acme Backup run in 3 data centres.";

    [Theory]
    [InlineData("it", "{|NL2002:Acme Hosting|} e Acme Backup funzionano in 3 data center.")]
    [InlineData("ro", "{|NL2002:Acme Hosting|} și Acme Backup funcționează în 3 centre de date.")]
    public void Another_name_for_a_registered_one_is_drift(string language, string translated) =>
        CheckBlock(language, Source, translated).ShouldHaveSingleItem().Property(NarrativeLint.Analyzers.FindingProperties.Difference).ShouldBe("name");

    [Theory]
    [InlineData("it", "Acme Cloud e Acme Backup funzionano in 3 data center.")]
    [InlineData("ro", "Acme Cloud și Acme Backup funcționează în 3 centre de date.")]
    public void The_registered_name_kept_is_silent(string language, string translated) =>
        CheckBlock(language, Source, translated).ShouldBeEmpty();

    [Theory]
    [InlineData("it", "Acme Backup e Acme Posta funzionano in 3 data center degli Stati Uniti.")]
    [InlineData("ro", "Acme Backup și Acme Poștă funcționează în 3 centre de date din Statele Unite.")]
    public void A_name_the_registry_does_not_know_or_a_place_translated_is_silent(string language, string translated) =>
        CheckBlock(language, "Acme Backup and Acme Mail run in 3 data centres in the United States.", translated).ShouldBeEmpty();
}
