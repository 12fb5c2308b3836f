using NarrativeLint.Language;
using NarrativeLint.Tests.Language;

namespace NarrativeLint.Tests.Precision;

/// <summary>
/// Legal texts write a number in words and again in digits, in brackets, before its unit ("ninety (90) days",
/// "novanta (90) giorni", "nouăzeci (90) de zile"): one duration. Digits in brackets that say another number are not
/// folded in, and banking days are business days.
/// </summary>
public class RestatedNumberTests
{
    [Theory]
    [InlineData("en", "Customer Data is deleted within ninety (90) days.")]
    [InlineData("it", "I dati del Cliente sono cancellati entro novanta (90) giorni.")]
    [InlineData("ro", "Datele Clientului sunt șterse în nouăzeci (90) de zile.")]
    public void A_number_restated_in_brackets_is_one_duration(string language, string text)
    {
        var duration = Packs.Single(language, text, QuantityKind.Duration);
        (duration.Value, duration.Unit).ShouldBe((90m, DurationUnit.Day));
    }

    [Fact]
    public void Brackets_with_another_number_are_not_the_same_number() =>
        Packs.QuantitiesIn("en", "Customer Data is deleted within ninety (60) days.").ShouldNotContain(q => q.Kind == QuantityKind.Duration && q.Value == 90m);

    [Theory]
    [InlineData("en", "Salaries arrive within 3 to 5 banking days.")]
    [InlineData("it", "Gli stipendi arrivano entro 3 giorni bancari.")]
    [InlineData("ro", "Salariile ajung în 3 zile bancare.")]
    public void Banking_days_are_business_days(string language, string text) =>
        Packs.Single(language, text, QuantityKind.Duration).Unit.ShouldBe(DurationUnit.BusinessDay);
}
