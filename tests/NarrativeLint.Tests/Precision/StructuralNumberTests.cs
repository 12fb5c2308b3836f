using NarrativeLint.Language;
using NarrativeLint.Tests.Language;

namespace NarrativeLint.Tests.Precision;

/// <summary>Numbers that label, number or address something are not quantities; the same numbers that measure still are.</summary>
public class StructuralNumberTests
{
    [Theory]
    [InlineData("en", "1. Eligibility")]
    [InlineData("en", "2.3 Claims and payments")]
    [InlineData("it", "4) Recesso dal contratto")]
    [InlineData("ro", "(12) Dispoziții finale")]
    [InlineData("en", "Claims are paid as set out in clause 7.2.1 of the policy.")]
    [InlineData("en", "See the notes [3] and (4) below.")]
    [InlineData("en", "Our controls are certified to ISO 27001 and checked for CVE-2024-36129.")]
    [InlineData("en", "The client follows PSR-18 for every request.")]
    [InlineData("en", "The app needs iOS 17 or Python 3.10 on the server.")]
    [InlineData("it", "La versione 5.2 dell'app è disponibile.")]
    [InlineData("ro", "Versiunea 2.1 a aplicației este disponibilă.")]
    [InlineData("it", "Scrivici in Via Dante 14, 20121 Milano.")]
    [InlineData("ro", "Sediul este pe Strada Lipscani 5, 030031 București.")]
    [InlineData("en", "Download it from https://acme.example/v2/files/report_2024.pdf today.")]
    public void Structural_numbers_are_not_quantities(string language, string text) =>
        Packs.QuantitiesIn(language, text).Where(q => q.Kind is QuantityKind.Number or QuantityKind.Duration or QuantityKind.Percentage)
            .ShouldBeEmpty(string.Join("; ", Packs.QuantitiesIn(language, text)));

    [Theory]
    [InlineData("en", "We answer within 24 hours.", QuantityKind.Duration, 24)]
    [InlineData("en", "1.5 million customers trust us.", QuantityKind.Number, 1500000)]
    [InlineData("en", "Acme Start costs €9.99 a month.", QuantityKind.Money, 9.99)]
    [InlineData("en", "Velocell TV is free for 30 days.", QuantityKind.Duration, 30)]
    [InlineData("it", "Rispondiamo entro 48 ore a ogni richiesta.", QuantityKind.Duration, 48)]
    [InlineData("it", "Abbiamo 120 negozi in Italia.", QuantityKind.Number, 120)]
    [InlineData("ro", "Avem 135 de magazine în România.", QuantityKind.Number, 135)]
    [InlineData("ro", "Disponibilitate de 99,95% în fiecare lună.", QuantityKind.Percentage, 99.95)]
    public void Numbers_that_measure_stay_quantities(string language, string text, QuantityKind kind, double value) =>
        Packs.QuantitiesIn(language, text).ShouldContain(q => q.Kind == kind && q.Value == (decimal)value, string.Join("; ", Packs.QuantitiesIn(language, text)));
}
