using NarrativeLint.Language;
using NarrativeLint.Tests.Language;

namespace NarrativeLint.Tests.Precision;

/// <summary>
/// A decimal point said aloud joins the digits after it to the number before ("ninety-nine point nine per cent",
/// "novantanove virgola nove per cento", "nouăzeci și nouă virgulă nouă la sută" are 99.9%), as captions write them; a
/// point that is no decimal point ("a point of pride") reads nothing.
/// </summary>
public class SpokenDecimalTests
{
    [Theory]
    [InlineData("en", "Availability is ninety-nine point nine per cent.", 99.9)]
    [InlineData("en", "Availability is ninety-nine point nine five per cent.", 99.95)]
    [InlineData("it", "Garantiamo una disponibilità del novantanove virgola nove per cento.", 99.9)]
    [InlineData("ro", "Disponibilitatea este de nouăzeci și nouă virgulă nouă la sută.", 99.9)]
    [InlineData("it", "Lo sconto è del dodici virgola cinquanta per cento.", 12.5)]
    public void A_spoken_decimal_point_makes_one_number(string language, string text, double expected) =>
        Packs.Single(language, text, QuantityKind.Percentage).Value.ShouldBe((decimal)expected);

    [Fact]
    public void A_point_that_is_no_decimal_point_reads_nothing() =>
        Packs.QuantitiesIn("en", "Our uptime is a point of pride for nine teams.").ShouldNotContain(q => q.Kind == QuantityKind.Percentage);
}
