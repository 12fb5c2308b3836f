using Microsoft.CodeAnalysis;
using Shouldly;
using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.TranslationSentences;

/// <summary>
/// NL2002's alignment: a number places two blocks only where both packs read it as the same measure. "12 luni" (a
/// duration, added by a stale translation) does not place "our 12-item box" (a count), so the box's own block is still
/// compared with its translation; the stale sentence itself drops the source's "never", a denial beside an anchored
/// pair (a note).
/// </summary>
public class WhatANumberMeasuresTests
{
    static readonly string[] Source =
    [
        "# VeloClub", "VeloClub Plus costs €3.99 a month and adds free delivery on orders of €30 or more.",
        "Points never expire as long as your account stays active.", "Members get early access to our 12-item autumn box.",
        "The free birthday box ended on 30 June 2025.",
    ];

    /// <summary>The stale sentence: it says the points expire where the source says they never do.</summary>
    const string Expiry = "{|NL2002:Punctele expiră după 12 luni, chiar dacă contul rămâne activ.|}";

    static string Translation(string expiry, string box) => Page(
        ["# VeloClub", "VeloClub Plus costă 3,99 € pe lună și adaugă livrare gratuită la comenzile de peste 30 €.", expiry, box, "Cutia aniversară gratuită s-a încheiat pe 30 iunie 2025."]);

    [Fact]
    public void A_duration_does_not_place_a_count_and_the_count_that_changed_is_found()
    {
        var findings = CheckPair("ro", Translation(Expiry, "Membrii au acces în avans la cutia de toamnă cu {|NL2002:15|} produse."), Page(Source));
        findings.Select(f => f.Property(NarrativeLint.Analyzers.FindingProperties.Difference)).ShouldBe(["negation", "number"]);
        findings.ShouldAllBe(f => f.Severity == DiagnosticSeverity.Info);
    }

    [Fact]
    public void The_same_count_there_is_silent() =>
        CheckPair("ro", Translation(Expiry, "Membrii au acces în avans la cutia de toamnă cu 12 produse."), Page(Source))
            .ShouldHaveSingleItem().Property(NarrativeLint.Analyzers.FindingProperties.Difference).ShouldBe("negation");
}
