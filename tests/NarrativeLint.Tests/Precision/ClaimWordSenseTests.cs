using Microsoft.CodeAnalysis;

namespace NarrativeLint.Tests.Precision;

/// <summary>
/// Words with an everyday meaning ("green", "sustainable") make an environmental claim only where they carry it: not
/// inside a name ("Vita Greens", "Forest Green"), not in a question, not in an everyday collocation ("a sustainable
/// pace"); and placed only by who speaks, with no word of the environment beside them ("a sustainable business"),
/// they are weak evidence: a warning, not an error.
/// </summary>
public class ClaimWordSenseTests
{
    static IReadOnlyList<Engine.Finding> Claims(string text, string language) =>
        Rules.Verify.Post(text, language).Where(f => f.Id == "NL5001").ToList();

    [Theory]
    [InlineData("Our new Vita Greens powder is back in stock.", "en")]
    [InlineData("The Forest Green jacket ships in two sizes.", "en")]
    [InlineData("Il nuovo Vita Greens Mix è tornato disponibile.", "it")]
    [InlineData("Noul Vita Greens Mix este din nou pe stoc.", "ro")]
    public void A_word_of_a_name_claims_nothing(string text, string language) =>
        Claims(text, language).ShouldBeEmpty();

    [Theory]
    [InlineData("Our new powder is {|NL5001:green|} for the planet.", "en")]
    [InlineData("La nostra energia è {|NL5001:verde|}.", "it")]
    [InlineData("Energia noastră este {|NL5001:verde|}.", "ro")]
    public void The_same_word_beside_the_environment_is_a_claim(string markup, string language) =>
        Claims(markup, language).Single().Severity.ShouldBe(DiagnosticSeverity.Error);

    [Theory]
    [InlineData("Are you climate neutral?", "en")]
    [InlineData("Siete neutrali per il clima?", "it")]
    [InlineData("Sunteți neutri climatic?", "ro")]
    public void A_question_claims_nothing(string text, string language) =>
        Rules.Verify.Post(text, language).Where(f => f.Id.StartsWith("NL500", StringComparison.Ordinal)).ShouldBeEmpty();

    [Theory]
    [InlineData("We run a {|NL5001:sustainable|} business.", "en")]
    [InlineData("Il nostro team gestisce un'attività {|NL5001:sostenibile|}.", "it")]
    [InlineData("Echipa noastră conduce o afacere {|NL5001:sustenabilă|}.", "ro")]
    public void A_word_placed_only_by_who_speaks_is_a_warning(string markup, string language) =>
        Claims(markup, language).Single().Severity.ShouldBe(DiagnosticSeverity.Warning);

    /// <summary>An everyday collocation of the packs' <c>idioms</c> keeps the word's everyday sense.</summary>
    [Theory]
    [InlineData("We keep a sustainable pace: nobody works weekends.", "en")]
    [InlineData("We serve green tea with every lunch.", "en")]
    [InlineData("Il nostro team tiene un ritmo sostenibile: nessuno lavora nel fine settimana.", "it")]
    [InlineData("Echipa noastră păstrează un ritm sustenabil: nimeni nu lucrează în weekend.", "ro")]
    [InlineData("Servim ceai verde la fiecare prânz.", "ro")]
    [InlineData("Ceaiul verde cu lămâie este cel mai vândut ceai din cafenelele noastre.", "ro")]
    [InlineData("Siamo al verde dopo l'apertura di Bologna, ma felici.", "it")]
    [InlineData("Alles im grünen Bereich: unser Stand steht!", "de")]
    [InlineData("Ingrediente: flori de tei și mentă din agricultură ecologică.", "ro")]
    public void A_word_in_an_everyday_collocation_claims_nothing(string text, string language) =>
        Claims(text, language).ShouldBeEmpty();

    [Theory]
    [InlineData("Estes são os componentes que sustentam o nosso suporte de energia.", "pt")]
    [InlineData("Estos son los componentes que sostienen nuestra energía.", "es")]
    public void Another_word_with_the_same_stem_claims_nothing(string text, string language) =>
        Claims(text, language).ShouldBeEmpty();

    [Theory]
    [InlineData("A nossa energia é {|NL5001:sustentável|}.", "pt")]
    [InlineData("Nuestra infusión {|NL5004:détox|} limpia el cuerpo.", "es")]
    public void The_same_word_inflected_or_accented_is_the_claim(string markup, string language) =>
        Rules.Verify.Post(markup, language).ShouldNotBeEmpty();
}
