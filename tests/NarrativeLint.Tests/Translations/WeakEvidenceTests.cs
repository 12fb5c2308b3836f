using Microsoft.CodeAnalysis;
using NarrativeLint.Analyzers;
using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.Translations;

/// <summary>
/// Where a difference rests on a guess, NL2002 says less: links one side adds or drops are not paired with the rest, a
/// value the source repeats and the translation says fewer times is not changed, a git host's file at its branch or at
/// a commit is one link, and a difference in blocks placed only by their position, or between leftovers of unequal
/// numbers, is a note.
/// </summary>
public class WeakEvidenceTests
{
    [Theory]
    [InlineData("it", "VeloGroup merged [VeloTrace](https://velotrace.example) and [VeloCensus](https://velocensus.example).",
        "VeloGroup, progetto della [fondazione VeloCloud](https://foundation.example), nasce da VeloTrace e VeloCensus.")]
    [InlineData("ro", "See the [VeloGroup guide](https://github.com/velogroup/docs/blob/514a684953f114217c7b673471969b3ddec5f3a2/guide.md?from_branch=main).",
        "Vezi [ghidul VeloGroup](https://github.com/velogroup/docs/blob/main/guide.md).")]
    [InlineData("it", "With VeloZip we observe compression of 15x to 30x (15 to 30 times smaller).",
        "Con VeloZip osserviamo una compressione da 15 a 30 volte.")]
    public void A_guess_is_no_drift(string language, string source, string translation) =>
        CheckBlock(language, source, translation).ShouldBeEmpty();

    [Theory]
    [InlineData("it", "Read the [VeloGroup report](https://velogroup.example/report-2025).", "Leggi il [rapporto VeloGroup]({|NL2002:https://velogroup.example/report-2021|}).")]
    [InlineData("ro", "See the [VeloGroup example](https://github.com/velogroup/docs/tree/v0.10.0/examples).",
        "Vezi [exemplul VeloGroup]({|NL2002:https://github.com/velogroup/docs/tree/v0.9.0/examples|}).")]
    public void A_changed_link_for_a_link_is_a_warning(string language, string source, string translation) =>
        CheckBlock(language, source, translation).ShouldHaveSingleItem().Severity.ShouldBe(DiagnosticSeverity.Warning);

    [Fact]
    public void A_value_changed_among_repeated_ones_is_a_note()
    {
        var finding = CheckBlock("it", "With VeloZip we observe compression of 15x to 30x (15 to 30 times smaller).",
            "Con VeloZip osserviamo una compressione {|NL2002:da 15 a 40|} volte.").ShouldHaveSingleItem();
        finding.Severity.ShouldBe(DiagnosticSeverity.Info);
        finding.Property(FindingProperties.Confidence).ShouldBe("0.5");
    }

    [Theory]
    [InlineData("it", "Deliveries take 3 working days.", "Le consegne richiedono {|NL2002:5 giorni lavorativi|}.")]
    [InlineData("ro", "Deliveries take 3 working days.", "Livrările durează {|NL2002:5 zile lucrătoare|}.")]
    public void A_difference_in_blocks_placed_by_position_is_a_note(string language, string source, string translation) =>
        CheckBlock(language, source, translation).ShouldHaveSingleItem().Severity.ShouldBe(DiagnosticSeverity.Info);

    [Fact]
    public void The_same_difference_in_blocks_placed_by_anchors_is_a_warning() =>
        CheckBlock("it", "VeloFibre deliveries take 3 working days.", "Le consegne VeloFibre richiedono {|NL2002:5 giorni lavorativi|}.")
            .ShouldHaveSingleItem().Severity.ShouldBe(DiagnosticSeverity.Warning);
}
