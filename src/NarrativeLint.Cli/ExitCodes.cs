namespace NarrativeLint.Cli;

/// <summary>Exit codes CI relies on.</summary>
static class ExitCodes
{
    public const int Clean = 0;
    /// <summary>Findings at or above the <c>--fail-on</c> severity.</summary>
    public const int Findings = 1;
    /// <summary>Usage errors and registry errors.</summary>
    public const int Usage = 2;
}
