using Microsoft.CodeAnalysis;
using NarrativeLint.Analyzers;

namespace NarrativeLint.Tests.Precision;

/// <summary>
/// How sure a finding is sets how loud it is: strong evidence keeps the rule's severity, evidence below 0.6 makes an
/// error a warning, and evidence below 0.35 (weakened three times over) makes any finding a note.
/// </summary>
public class WeakEvidenceSeverityTests
{
    [Theory]
    [InlineData(1.0, DiagnosticSeverity.Error)]
    [InlineData(0.6, DiagnosticSeverity.Error)]
    [InlineData(0.4, DiagnosticSeverity.Warning)]
    [InlineData(0.35, DiagnosticSeverity.Warning)]
    [InlineData(0.32, DiagnosticSeverity.Info)]
    public void An_error_rule_s_severity_follows_its_confidence(double confidence, DiagnosticSeverity severity) =>
        FindingProperties.CreateWeighed(Descriptors.QuantityOutsideBound, Location.None, FindingProperties.Of("c"), confidence, "a", "b", "c", "d", "e", "f")
            .Severity.ShouldBe(severity);

    [Theory]
    [InlineData(0.5, DiagnosticSeverity.Warning)]
    [InlineData(0.2, DiagnosticSeverity.Info)]
    public void A_warning_rule_s_finding_on_weak_evidence_is_a_note(double confidence, DiagnosticSeverity severity) =>
        FindingProperties.CreateWeighed(Descriptors.TargetDiffers, Location.None, FindingProperties.Of("c"), confidence, "a", "b", "c", "d", "e", "f")
            .Severity.ShouldBe(severity);
}
