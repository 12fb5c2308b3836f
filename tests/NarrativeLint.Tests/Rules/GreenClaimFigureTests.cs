namespace NarrativeLint.Tests.Rules;

/// <summary>
/// NL5001: a figure substantiates a generic environmental claim when it states something specific beside it, not
/// when it only intensifies the claim word itself ("100% green").
/// </summary>
public class GreenClaimFigureTests
{
    [Theory]
    [InlineData("Our whole business is 100% {|NL5001:green|}.", "en")]
    [InlineData("I nostri imballaggi sono 100% {|NL5001:sostenibili|}.", "it")]
    [InlineData("Ambalajele noastre sunt 100% {|NL5001:sustenabile|}.", "ro")]
    public void A_figure_on_the_claim_word_itself_substantiates_nothing(string markup, string language) =>
        Verify.Post(markup, language, ignoring: ["NL1006"]);

    [Theory]
    [InlineData("Our servers run on 100% renewable electricity, so our hosting is greener.", "en")]
    [InlineData("I nostri server usano il 100% di elettricità rinnovabile: il nostro hosting è più sostenibile.", "it")]
    [InlineData("Serverele noastre folosesc 100% electricitate regenerabilă, deci găzduirea noastră este sustenabilă.", "ro")]
    public void A_figure_of_something_specific_still_substantiates(string markup, string language) =>
        Verify.Post(markup, language, ignoring: ["NL1006"]);
}
