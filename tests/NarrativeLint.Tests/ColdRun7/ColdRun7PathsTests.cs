using FsCheck;
using FsCheck.Fluent;
using NarrativeLint.Analyzers;
using NarrativeLint.Tests.CheaperPaths;

namespace NarrativeLint.Tests.ColdRun7;

/// <summary>
/// The seventh session's cheaper paths of a cold run (bench/results.md), each compared on generated input with the way
/// it replaced: findings must stay byte for byte the same.
/// </summary>
public class ColdRun7PathsTests
{
    [Fact]
    public void An_avoided_term_is_written_as_the_text_exactly_when_the_normalised_text_equals_it()
    {
        var pieces = new[] { "Open", "open", "Telemetry", "telemetry", "O", "o", " ", "  ", "\t", "\n", "\u00A0", "-", "x" };
        var texts = CheaperPathsTests.Joined(pieces, "", 6);
        var others = CheaperPathsTests.Joined(pieces, "", 4).Select(TerminologyAnalyzer.AvoidedTerms.Normalise);
        Check.One(CheaperPathsTests.Runs, Prop.ForAll(texts.ToArbitrary(), others.ToArbitrary(), (text, other) =>
        {
            // The matcher compares a range that starts and ends on a character of the term, never on whitespace.
            var trimmed = text.Trim();
            var normalised = TerminologyAnalyzer.AvoidedTerms.Normalise(trimmed);
            string[] avoids = [normalised, normalised.ToUpperInvariant(), normalised + "x", normalised.Length > 1 ? normalised[..^1] : "x", other];
            foreach (var avoid in avoids.Where(a => a.Length > 0))
            {
                TerminologyAnalyzer.AvoidedTerms.IsWrittenAs(trimmed, 0, trimmed.Length, avoid)
                    .ShouldBe(normalised == avoid, $"'{trimmed}' against '{avoid}'");
                var padded = "[" + trimmed + "]";
                TerminologyAnalyzer.AvoidedTerms.IsWrittenAs(padded, 1, padded.Length - 1, avoid)
                    .ShouldBe(normalised == avoid, $"'{trimmed}' inside brackets against '{avoid}'");
            }
        }));
    }
}
