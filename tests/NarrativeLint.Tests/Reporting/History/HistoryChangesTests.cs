using NarrativeLint.Reporting;
using NarrativeLint.Reporting.History;

namespace NarrativeLint.Tests.Reporting.History;

/// <summary>New, fixed and still open between two runs, by fingerprint and over open findings only.</summary>
public class HistoryChangesTests
{
    static HistoryFinding Finding(string fingerprint, FindingState state = FindingState.Active, int line = 3) =>
        new(fingerprint, "NL1001", "error", "support-response-time", "blog", "en", "post.md", line, fingerprint, state);

    [Fact]
    public void A_finding_moved_to_another_line_is_still_open_and_one_suppressed_since_is_fixed()
    {
        var changes = HistoryChanges.Between(
            [Finding("moved", line: 3), Finding("waived"), Finding("gone")],
            [Finding("moved", line: 9), Finding("waived", FindingState.Suppressed), Finding("added"), Finding("added", line: 12)]);

        changes.New.Select(f => f.Fingerprint).ShouldBe(["added"]);
        changes.Fixed.Select(f => f.Fingerprint).ShouldBe(["waived", "gone"]);
        changes.StillOpen.ShouldHaveSingleItem().Line.ShouldBe(9);
    }
}
