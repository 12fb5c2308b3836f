using Microsoft.CodeAnalysis;

namespace NarrativeLint.Tests.Precision;

/// <summary>
/// A commitment whose topic names a product ("Acme Care") holds a sentence that names nothing ("we reply on chat within
/// 6 hours") to it as a warning, and a sentence that names something else not at all.
/// </summary>
public class UnsaidNameTests
{
    const string Registry = """
        brand: { name: Acme, languages: [en, it, ro] }
        commitments:
          - id: care-reply
            statement: Every message to Acme Care gets a first reply within 4 hours.
            topic: { en: [Acme Care, chat, reply], it: [Acme Care, chat, rispondiamo], ro: [Acme Care, chat, răspundem] }
            facts: [ { kind: duration, value: 4 hours, relation: at-most } ]
        """;

    static NarrativeLint.Engine.Finding? Finding(string text, string language) =>
        InMemoryRun.PostFindings(Registry, text, language).FirstOrDefault(f => f.Id == "NL1001");

    [Theory]
    [InlineData("Write to us on chat: we reply within 6 hours.", "en")]
    [InlineData("Scrivici in chat: rispondiamo entro 6 ore.", "it")]
    [InlineData("Scrie-ne pe chat: răspundem în cel mult 6 ore.", "ro")]
    public void A_sentence_that_names_nothing_is_held_to_it_as_a_warning(string text, string language) =>
        Finding(text, language).ShouldNotBeNull().Severity.ShouldBe(DiagnosticSeverity.Warning);

    [Theory]
    [InlineData("Acme Care replies on chat within 6 hours.", "en")]
    [InlineData("Acme Care risponde in chat entro 6 ore.", "it")]
    public void A_sentence_that_names_it_is_an_error(string text, string language) =>
        Finding(text, language).ShouldNotBeNull().Severity.ShouldBe(DiagnosticSeverity.Error);

    [Theory]
    [InlineData("On chat, Acme Shop sellers reply within 6 hours.", "en")]
    [InlineData("In chat, i venditori di Acme Shop rispondiamo entro 6 ore.", "it")]
    [InlineData("Pe chat, vânzătorii Acme Shop răspundem în cel mult 6 ore.", "ro")]
    public void A_sentence_that_names_something_else_is_not(string text, string language) =>
        Finding(text, language).ShouldBeNull();
}
