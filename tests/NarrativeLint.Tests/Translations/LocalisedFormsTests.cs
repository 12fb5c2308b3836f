using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.Translations;

/// <summary>
/// What a translation writes in its own way and is no drift: a link to its own language's page under a translated
/// slug, a time of day written "dalle 7 alle 23" for "7:00–23:00" or "7am to 11pm", an Italian date "1° ottobre".
/// A changed hour or a link to another page still is.
/// </summary>
public class LocalisedFormsTests
{
    [Theory]
    [InlineData("it", "See [delivery](/en/delivery) and [returns](/en/returns).", "Vedi [consegna](/it/consegna) e [resi](/it/resi).")]
    [InlineData("ro", "See [delivery](/en/delivery) and [returns](/en/returns).", "Vezi [livrare](/ro/livrare) și [retur](/ro/retur).")]
    [InlineData("it", "A doctor calls you back from 7:00 to 23:00 every day.", "Un medico ti richiama dalle 7 alle 23 tutti i giorni.")]
    [InlineData("ro", "A doctor calls you back from 7am to 11pm every day.", "Un medic te sună înapoi între 7:00 și 23:00 în fiecare zi.")]
    [InlineData("it", "Published on 1 October 2025 in Bologna.", "Pubblicato il 1° ottobre 2025 a Bologna.")]
    public void A_localised_form_is_no_drift(string language, string source, string translation) =>
        CheckBlock(language, source, translation).ShouldBeEmpty();

    [Theory]
    [InlineData("it", "A doctor calls you back from 7:00 to 23:00 every day.", "Un medico ti richiama dalle {|NL2002:8|} alle 23 tutti i giorni.")]
    [InlineData("it", "See the [certificate](/en/docs/cert-2025).", "Vedi il [certificato]({|NL2002:/it/docs/cert-2019|}).")]
    [InlineData("ro", "See the [certificate](https://example.com/cert-2025).", "Vezi [certificatul]({|NL2002:https://example.com/cert-2019|}).")]
    public void A_changed_hour_or_another_page_is(string language, string source, string translation) =>
        CheckBlock(language, source, translation).ShouldHaveSingleItem();
}
