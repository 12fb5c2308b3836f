using System.Text;
using NarrativeLint.Channels;
using NarrativeLint.Engine;
using Shouldly;

namespace NarrativeLint.Tests.TranslationPlaces;

/// <summary>
/// Pairing by content where one language writes every noun with a capital (German: "Zimmer", "Rezeption"): its
/// capitalised words are names only where the other page has them too ("Sirmione", "Terrazza"), so a guide and its
/// German translation, with translated file names in sibling folders, are one page; a German page about something else
/// stays unpaired.
/// </summary>
public class CapitalisedNounsTests
{
    const string English = "AURORA GARDA RESORT\nBardolino, Lake Garda · Season 2026\n\nReception is open around the clock; dial 9 from your room.\n\n"
        + "Restaurant Terrazza serves dinner from 19:00 to 22:30.\n\nBike rental at the boat house costs €18 per day, helmets included.\n\n"
        + "The ferry to Sirmione leaves 300 metres from the hotel; the crossing takes 45 minutes.\n\nWi-Fi: network Aurora-Guest, free of charge.\n\n"
        + "Check-out is at 11:00; on Sundays you may keep your room until 12:00.\n";

    const string German = "AURORA GARDA RESORT\nBardolino, Gardasee · Saison 2026\n\nDie Rezeption ist rund um die Uhr besetzt; wählen Sie die 9 von Ihrem Zimmer aus.\n\n"
        + "Das Restaurant Terrazza serviert das Abendessen von 19:00 bis 22:30 Uhr.\n\nDer Fahrradverleih im Bootshaus kostet 15 € pro Tag, Helme inklusive.\n\n"
        + "Die Fähre nach Sirmione legt 300 Meter vom Hotel entfernt ab; die Überfahrt dauert 45 Minuten.\n\nWLAN: Netzwerk Aurora-Guest, kostenlos.\n\n"
        + "Check-out ist um 11 Uhr; sonntags können Sie Ihr Zimmer bis 12 Uhr behalten.\n";

    const string OtherGerman = "AURORA WIEN PRATER\n\nUnsere Tiefgarage hat 48 Stellplätze und kostet 26 € pro Tag.\n\n"
        + "Die U-Bahn-Station Praterstern liegt 400 Meter vom Hotel entfernt.\n\nDas Frühstück gibt es von 6:30 bis 10:30 Uhr im Restaurant Prater.\n";

    static IReadOnlyList<(string Source, string Translation)> Pairs(params (string Path, string Text)[] files) =>
        [.. new NarrativeEngine(Rules.Fixture.Registry).Check(files.Select(f => new ContentFile(f.Path, Encoding.UTF8.GetBytes(f.Text))).ToList())
            .TranslationPairs.Select(p => (p.Source.Path, p.Translation.Path))];

    [Fact]
    public void A_german_translation_with_its_nouns_capitalised_is_paired_by_its_anchors() =>
        Pairs(("text/en/garda-guest-guide.txt", English), ("text/de/garda-gaesteinformation.txt", German), ("text/de/wien-faq.txt", OtherGerman))
            .ShouldBe([("text/en/garda-guest-guide.txt", "text/de/garda-gaesteinformation.txt")]);

    [Fact]
    public void A_german_page_about_something_else_is_not_paired() =>
        Pairs(("text/en/garda-guest-guide.txt", English), ("text/de/wien-faq.txt", OtherGerman)).ShouldBeEmpty();
}
