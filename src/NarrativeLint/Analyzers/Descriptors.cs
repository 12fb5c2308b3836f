using System.Collections.Immutable;
using System.Resources;
using Microsoft.CodeAnalysis;

namespace NarrativeLint.Analyzers;

/// <summary>
/// Every diagnostic NarrativeLint reports, declared once: stable ID, category, default severity and help link,
/// with its title, message and description in DiagnosticMessages.resx. Analyzers never build message formats of their own.
/// </summary>
public static class Descriptors
{
    /// <summary>Help pages live in the repository, one per ID; the link is relative to its root.</summary>
    public const string HelpRoot = "docs/diagnostics/";

    const string Infrastructure = "Infrastructure";
    const string Commitments = "Commitments";
    const string Consistency = "Consistency";
    const string Values = "Values";
    const string Terminology = "Terminology";
    const string Regulated = "RegulatedClaims";
    const string Channels = "Channels";

    /// <summary>Titles, messages and descriptions live in DiagnosticMessages.resx, so a translation is a data file.</summary>
    static readonly ResourceManager Messages = new("NarrativeLint.Analyzers.DiagnosticMessages", typeof(Descriptors).Assembly);

    static DiagnosticDescriptor Rule(string id, string category, DiagnosticSeverity severity) =>
        new(id, Text(id + "_Title"), Text(id + "_Message"), category, severity, isEnabledByDefault: true,
            description: Text(id + "_Description"), helpLinkUri: HelpRoot + id + ".md");

    static LocalizableResourceString Text(string name) => new(name, Messages, typeof(Descriptors));

    // NL0xxx — infrastructure
    public static readonly DiagnosticDescriptor RegistryInvalid = Rule("NL0001", Infrastructure, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor FileUnreadable = Rule("NL0002", Infrastructure, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor FileMalformed = Rule("NL0003", Infrastructure, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor UnknownChannel = Rule("NL0004", Infrastructure, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor FileTooLarge = Rule("NL0005", Infrastructure, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor SuppressionWithoutJustification = Rule("NL0006", Infrastructure, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor EmptyFile = Rule("NL0007", Infrastructure, DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor RuleFailed = Rule("NL0008", Infrastructure, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor SuppressionSuppressesNothing = Rule("NL0009", Infrastructure, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor NoLanguagePack = Rule("NL0010", Infrastructure, DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor FileOverTimeBudget = Rule("NL0011", Infrastructure, DiagnosticSeverity.Warning);

    // NL1xxx — commitment contradictions
    public static readonly DiagnosticDescriptor QuantityOutsideBound = Rule("NL1001", Commitments, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor DeadlineMissed = Rule("NL1002", Commitments, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor PolarityContradicted = Rule("NL1003", Commitments, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor RetiredCommitmentRestated = Rule("NL1004", Commitments, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor SupersededCommitmentRestated = Rule("NL1005", Commitments, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor AbsoluteOverclaim = Rule("NL1006", Commitments, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor TargetDiffers = Rule("NL1007", Commitments, DiagnosticSeverity.Warning);

    // NL2xxx — cross-document consistency
    public static readonly DiagnosticDescriptor FactDrift = Rule("NL2001", Consistency, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor TranslationDrift = Rule("NL2002", Consistency, DiagnosticSeverity.Warning);

    // NL3xxx — values
    public static readonly DiagnosticDescriptor ValueBreached = Rule("NL3001", Values, DiagnosticSeverity.Warning);

    // NL4xxx — terminology
    public static readonly DiagnosticDescriptor AvoidedTerm = Rule("NL4001", Terminology, DiagnosticSeverity.Warning);

    // NL5xxx — regulated claims
    public static readonly DiagnosticDescriptor GenericEnvironmentalClaim = Rule("NL5001", Regulated, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor OffsetNeutralityClaim = Rule("NL5002", Regulated, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor FutureClaimWithoutPlan = Rule("NL5003", Regulated, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor RestrictedHealthClaim = Rule("NL5004", Regulated, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor SponsoredWithoutDisclosure = Rule("NL5010", Regulated, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MarketingEmailWithoutUnsubscribe = Rule("NL5020", Regulated, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MarketingEmailWithoutSender = Rule("NL5021", Regulated, DiagnosticSeverity.Warning);

    // NL6xxx — channel rules
    public static readonly DiagnosticDescriptor OverMaxLength = Rule("NL6001", Channels, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor MissingDisclaimer = Rule("NL6002", Channels, DiagnosticSeverity.Warning);

    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        RegistryInvalid, FileUnreadable, FileMalformed, UnknownChannel, FileTooLarge, SuppressionWithoutJustification, EmptyFile, RuleFailed, SuppressionSuppressesNothing,
        NoLanguagePack, FileOverTimeBudget,
        QuantityOutsideBound, DeadlineMissed, PolarityContradicted, RetiredCommitmentRestated, SupersededCommitmentRestated, AbsoluteOverclaim, TargetDiffers,
        FactDrift, TranslationDrift, ValueBreached, AvoidedTerm,
        GenericEnvironmentalClaim, OffsetNeutralityClaim, FutureClaimWithoutPlan, RestrictedHealthClaim, SponsoredWithoutDisclosure, MarketingEmailWithoutUnsubscribe, MarketingEmailWithoutSender,
        OverMaxLength, MissingDisclaimer,
    ];

    public static DiagnosticDescriptor? Find(string id) => All.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));
}
