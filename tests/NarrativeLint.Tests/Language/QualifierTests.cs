using NarrativeLint.Language;

namespace NarrativeLint.Tests.Language;

public class QualifierTests
{
    [Theory]
    [InlineData("en", "We reply within 24 hours.", Qualifier.AtMost)]
    [InlineData("en", "We reply up to 24 hours later.", Qualifier.AtMost)]
    [InlineData("en", "We reply in no more than 24 hours.", Qualifier.AtMost)]
    [InlineData("en", "We reply in at most 24 hours.", Qualifier.AtMost)]
    [InlineData("en", "We reply in under 24 hours.", Qualifier.LessThan)]
    [InlineData("en", "We reply in less than 24 hours.", Qualifier.LessThan)]
    [InlineData("en", "It takes at least 24 hours.", Qualifier.AtLeast)]
    [InlineData("en", "It takes more than 24 hours.", Qualifier.MoreThan)]
    [InlineData("en", "It takes over 24 hours.", Qualifier.MoreThan)]
    [InlineData("en", "It takes about 24 hours.", Qualifier.About)]
    [InlineData("en", "It takes roughly 24 hours.", Qualifier.About)]
    [InlineData("en", "It takes 24 hours.", Qualifier.None)]
    [InlineData("it", "Rispondiamo entro 24 ore.", Qualifier.AtMost)]
    [InlineData("it", "Rispondiamo fino a 24 ore dopo.", Qualifier.AtMost)]
    [InlineData("it", "Rispondiamo in meno di 24 ore.", Qualifier.LessThan)]
    [InlineData("it", "Servono almeno 24 ore.", Qualifier.AtLeast)]
    [InlineData("it", "Servono più di 24 ore.", Qualifier.MoreThan)]
    [InlineData("it", "Servono oltre 24 ore.", Qualifier.MoreThan)]
    [InlineData("it", "Servono circa 24 ore.", Qualifier.About)]
    [InlineData("ro", "Răspundem în cel mult 24 de ore.", Qualifier.AtMost)]
    [InlineData("ro", "Răspundem în maximum 24 de ore.", Qualifier.AtMost)]
    [InlineData("ro", "Răspundem în termen de 24 de ore.", Qualifier.AtMost)]
    [InlineData("ro", "Răspundem în decurs de o zi lucrătoare.", Qualifier.AtMost)]
    [InlineData("ro", "Răspundem în mai puțin de 24 de ore.", Qualifier.LessThan)]
    [InlineData("ro", "Durează cel puțin 24 de ore.", Qualifier.AtLeast)]
    [InlineData("ro", "Durează peste 24 de ore.", Qualifier.MoreThan)]
    [InlineData("ro", "Durează mai mult de 24 de ore.", Qualifier.MoreThan)]
    [InlineData("ro", "Durează aproximativ 24 de ore.", Qualifier.About)]
    [InlineData("ro", "Durează în jur de 24 de ore.", Qualifier.About)]
    public void Words_before_a_quantity_bound_it(string code, string text, Qualifier qualifier)
        => Packs.Single(code, text, QuantityKind.Duration).Qualifier.ShouldBe(qualifier);

    [Fact]
    public void The_span_covers_the_qualifier_words()
    {
        var duration = Packs.Single("it", "Rispondiamo in meno di 24 ore.", QuantityKind.Duration);
        duration.Text.ShouldBe("in meno di 24 ore");
    }
}
