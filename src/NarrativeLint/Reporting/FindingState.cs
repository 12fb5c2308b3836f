namespace NarrativeLint.Reporting;

/// <summary>Whether a finding is open, or waived — by an inline suppression or by a baseline of accepted findings.</summary>
public enum FindingState
{
    Active,
    Suppressed,
    Baselined,
}
