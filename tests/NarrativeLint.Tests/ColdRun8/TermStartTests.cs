using FsCheck;
using FsCheck.Fluent;
using NarrativeLint.Analyzers;
using NarrativeLint.Registry;
using NarrativeLint.Tests.CheaperPaths;

namespace NarrativeLint.Tests.ColdRun8;

/// <summary>
/// NL4001 looks at a word's first two characters before it walks its trie of avoided terms (bench/results.md, eighth
/// session): the look may pass a word no term starts, never stop one a term starts, or findings would change.
/// </summary>
public class TermStartTests
{
    [Fact]
    public void A_term_written_anywhere_in_any_case_and_spacing_passes_the_first_two_characters_look()
    {
        var pieces = new[] { "a", "A", "b", "B", "é", "É", "ß", "İ", "ı", "x", "Velo", "Cell", " ", "  ", "\t", "\n", "\u00A0", "-", "9", "ル" };
        var terms = Gen.ArrayOf(CheaperPathsTests.Joined(pieces, "", 4), 4);
        var texts = CheaperPathsTests.Joined(pieces, "", 12);
        Check.One(CheaperPathsTests.Runs, Prop.ForAll(terms.ToArbitrary(), texts.ToArbitrary(), (avoid, text) =>
        {
            var normalised = avoid.Select(TerminologyAnalyzer.AvoidedTerms.Normalise).Where(a => a.Length > 0).ToArray();
            if (normalised.Length == 0) return;
            var found = new TerminologyAnalyzer.AvoidedTerms([new Term("Preferred", [.. normalised], new RegistryPosition("t.yaml", 1, 1))]);
            // Each term also written into the text, so that every run has starts to find.
            var written = text + " " + string.Join(" ", normalised.Select(a => a.ToUpperInvariant().Replace(" ", " \t"))) + " " + text;
            for (int start = 0; start < written.Length; start++)
                if (normalised.Any(a => StartsWith(written, start, a)))
                    found.MayStartAt(written, start).ShouldBeTrue($"'{written}' at {start}");
        }));
    }

    /// <summary>Whether the term stands at <paramref name="start"/> as the trie reads text: case-folded, each run of whitespace one space.</summary>
    static bool StartsWith(string text, int start, string term)
    {
        int i = start;
        foreach (var c in term)
        {
            if (i >= text.Length) return false;
            var key = char.ToLowerInvariant(text[i]);
            if (char.IsWhiteSpace(key))
            {
                if (c != ' ') return false;
                while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
                continue;
            }
            if (key != char.ToLowerInvariant(c)) return false;
            i++;
        }
        return true;
    }
}
