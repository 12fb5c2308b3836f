using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.Translations;

/// <summary>
/// Values a faithful translation writes in its reader's form and that are no drift: a time of day with its minutes, a
/// phone number or a price of the reader's country, an office's address with its postal code, a year written short,
/// a denial said with a negative word ("free" for "no fee"), a fraction a number in words cannot say, and one date
/// changed in two places. The same forms with a changed value still are drift, once.
/// </summary>
public class LocalisedValuesTests
{
    [Theory]
    [InlineData("it", "The VeloCare line is open from 8:30 am to 5:30 pm.", "La linea VeloCare è aperta dalle 8:30 alle 17:30.")]
    [InlineData("ro", "The VeloCare line is open from 8:30 am to 5:30 pm.", "Linia VeloCare este deschisă între 8:30 și 17:30.")]
    [InlineData("it", "Call VeloCare on +44 20 7946 0958.", "Chiama VeloCare al +39 051 123 4567.")]
    [InlineData("ro", "Call VeloCare on +44 20 7946 0958.", "Sunați VeloCare la +40 264 123 456.")]
    [InlineData("it", "Call VeloCare free on 0800 123 4567.", "Chiama VeloCare gratis all'800 123 4567.")]
    [InlineData("it", "The VeloFibre plan costs £25 a month.", "Il piano VeloFibre costa 29 € al mese.")]
    [InlineData("ro", "The VeloFibre plan costs €29 a month.", "Planul VeloFibre costă 149 lei pe lună.")]
    [InlineData("it", "Write to VeloCare, 14 Harbour Road, Dublin D02 XY45.", "Scrivi a VeloCare, Via del Porto 14, 40121 Bologna.")]
    [InlineData("it", "The VeloGroup 2024/25 report is online.", "Il rapporto 2024/2025 di VeloGroup è online.")]
    [InlineData("ro", "The VeloGroup 2024–25 report is online.", "Raportul VeloGroup 2024-2025 este online.")]
    [InlineData("it", "There is no fee for cancelling VeloFibre within 14 days.", "La disdetta di VeloFibre entro 14 giorni è gratuita.")]
    [InlineData("ro", "There is no fee for cancelling VeloFibre within 14 days.", "Rezilierea VeloFibre în termen de 14 zile este gratuită.")]
    [InlineData("it", "The VeloBox Pro is unavailable in 12 rural areas.", "Il VeloBox Pro non è disponibile in 12 zone rurali.")]
    [InlineData("ro", "VeloCare support is not available on weekends, for 3 regions.", "Asistența VeloCare este disponibilă doar în zilele lucrătoare, pentru 3 regiuni.")]
    [InlineData("it", "Installing the VeloBox takes about 1.5 hours.", "L'installazione del VeloBox richiede circa un'ora e mezza.")]
    public void A_localised_value_is_no_drift(string language, string source, string translation) =>
        CheckBlock(language, source, translation).ShouldBeEmpty();

    [Theory]
    [InlineData("it", "The VeloCare line is open from 8:30 am to 5:30 pm.", "La linea VeloCare è aperta dalle 8:30 alle {|NL2002:18:30|}.")]
    [InlineData("ro", "The VeloCare line is open from 8:30 am to 5:30 pm.", "Linia VeloCare este deschisă între {|NL2002:9:30|} și 17:30.")]
    [InlineData("it", "Call VeloCare on +39 051 123 4567.", "Chiama VeloCare al {|NL2002:+39 051 765 4321|}.")]
    [InlineData("it", "The VeloFibre plan costs €25 a month.", "Il piano VeloFibre costa {|NL2002:29 € al mese|}.")]
    [InlineData("it", "Write to VeloCare, 14 Harbour Road, Dublin D02 XY45.", "Scrivi a VeloCare, {|NL2002:16|} Harbour Road, Dublin D02 XY45.")]
    [InlineData("ro", "The VeloGroup 2024/25 report is online.", "Raportul VeloGroup 2024/{|NL2002:2026|} este online.")]
    [InlineData("ro", "Applies to VeloFibre orders from 1 April 2025. Ref. RP-2025-04", "Se aplică comenzilor VeloFibre de la {|NL2002:1 martie 2024|}. Ref. RP-2024-03")]
    public void The_same_form_with_another_value_is_drift_once(string language, string source, string translation) =>
        CheckBlock(language, source, translation).ShouldHaveSingleItem();

    [Theory]
    [InlineData("it", "There is no fee for cancelling VeloFibre within 14 days.", "{|NL2002:La disdetta di VeloFibre entro 14 giorni costa 5 euro.|}")]
    [InlineData("ro", "The VeloBox Pro is available in 12 rural areas.", "VeloBox Pro {|NL2002:nu|} este disponibil în 12 zone rurale.")]
    public void A_denial_against_no_negative_word_is_drift(string language, string source, string translation) =>
        CheckBlock(language, source, translation).ShouldHaveSingleItem();
}
