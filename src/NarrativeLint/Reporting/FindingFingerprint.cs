using System.Security.Cryptography;
using System.Text;
using NarrativeLint.Analyzers;
using NarrativeLint.Engine;

namespace NarrativeLint.Reporting;

/// <summary>
/// A finding's identity across runs: SARIF's <c>partialFingerprints</c>, the history store's new/fixed comparison
/// and baselines all key on it.
/// </summary>
public static class FindingFingerprint
{
    /// <summary>Stable across unrelated edits: the rule, the file, the commitment and the quoted words, not the line.</summary>
    public static string Of(Finding finding)
    {
        var key = $"{finding.Id}|{finding.Path}|{finding.Property(FindingProperties.CommitmentId)}|{finding.Property(FindingProperties.Quoted) ?? finding.Message}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
    }
}
