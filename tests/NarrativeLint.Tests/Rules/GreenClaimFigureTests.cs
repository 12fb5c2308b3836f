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

    [Theory]
    [InlineData("Our jars are {|NL5001:eco-friendly|} 100%.", "en")]
    [InlineData("I nostri vasetti di vetro sono {|NL5001:ecologici|} al 100%.", "it")]
    [InlineData("Borcanele noastre sunt {|NL5001:ecologice|} 100%.", "ro")]
    public void A_figure_right_after_the_claim_word_ending_its_clause_substantiates_nothing(string markup, string language) =>
        Verify.Post(markup, language, ignoring: ["NL1006"]);

    [Theory]
    [InlineData("Our eco-friendly 100% recycled bottles are back.", "en")]
    [InlineData("I vasetti ecologici al 100% riciclati sono tornati.", "it")]
    [InlineData("Borcanele ecologice 100% reciclate s-au întors.", "ro")]
    public void A_figure_after_the_claim_word_that_says_what_it_measures_still_substantiates(string markup, string language) =>
        Verify.Post(markup, language, ignoring: ["NL1006"]);

    /// <summary>A superlative of a green word is a claim of environmental excellence, whoever is speaking.</summary>
    [Theory]
    [InlineData("Refilling is the {|NL5001:most sustainable|} way to drink tea.", "en")]
    [InlineData("Le ricariche sono la scelta {|NL5001:più verde|} del mondo.", "it")]
    [InlineData("Reumplerea este alegerea {|NL5001:cea mai verde|}.", "ro")]
    public void A_superlative_green_word_is_a_generic_claim(string markup, string language) =>
        Verify.Post(markup, language, ignoring: ["NL1006"]);
}
