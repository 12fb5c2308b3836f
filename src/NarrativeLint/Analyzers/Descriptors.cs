using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace NarrativeLint.Analyzers;

/// <summary>
/// Every diagnostic NarrativeLint reports, declared once: stable ID, title, message, category,
/// default severity and help link. Analyzers never build message formats of their own.
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

    static DiagnosticDescriptor Rule(string id, string title, string message, string category, DiagnosticSeverity severity, string description) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpRoot + id + ".md");

    // NL0xxx — infrastructure
    public static readonly DiagnosticDescriptor RegistryInvalid = Rule("NL0001", "Registry is invalid",
        "Registry error: {0}", Infrastructure, DiagnosticSeverity.Error,
        "A registry file could not be loaded or failed validation; nothing is checked against a broken registry.");
    public static readonly DiagnosticDescriptor FileUnreadable = Rule("NL0002", "File cannot be read",
        "Cannot read this file: {0}", Infrastructure, DiagnosticSeverity.Error,
        "The file could not be opened or is binary; it was skipped and the run went on.");
    public static readonly DiagnosticDescriptor FileMalformed = Rule("NL0003", "File is malformed",
        "This file is malformed: {0}; what could be read was checked", Infrastructure, DiagnosticSeverity.Warning,
        "The file's structure is broken (bad encoding, syntax or MIME structure); the readable part was checked.");
    public static readonly DiagnosticDescriptor UnknownChannel = Rule("NL0004", "No channel reads this file",
        "No channel reader handles '{0}' files; the file was not checked", Infrastructure, DiagnosticSeverity.Warning,
        "The file was named explicitly but its type is not one NarrativeLint reads.");
    public static readonly DiagnosticDescriptor FileTooLarge = Rule("NL0005", "File is too large",
        "This file is too large to check: {0}", Infrastructure, DiagnosticSeverity.Warning,
        "Files above the size limit (or archives that expand beyond it) are skipped so one file cannot exhaust memory.");
    public static readonly DiagnosticDescriptor SuppressionWithoutJustification = Rule("NL0006", "Suppression has no justification",
        "This suppression of {0} has no justification; write one after a colon", Infrastructure, DiagnosticSeverity.Warning,
        "Inline suppressions must say why, so that a reviewer can sign them off. One without a justification suppresses nothing.");
    public static readonly DiagnosticDescriptor EmptyFile = Rule("NL0007", "File has no prose",
        "This file holds no prose to check", Infrastructure, DiagnosticSeverity.Info,
        "The file is empty or holds only markup, code or metadata.");

    // NL1xxx — commitment contradictions
    public static readonly DiagnosticDescriptor QuantityOutsideBound = Rule("NL1001", "Quantity contradicts a commitment",
        "'{0}' says {1}, but commitment '{2}' promises {3} ({4}); source: {5}", Commitments, DiagnosticSeverity.Error,
        "A number, duration, percentage or price in the text falls outside the bound a public commitment promises.");
    public static readonly DiagnosticDescriptor DeadlineMissed = Rule("NL1002", "Date contradicts a committed deadline",
        "'{0}' says {1}, later than the deadline of commitment '{2}': {3} ({4}); source: {5}", Commitments, DiagnosticSeverity.Error,
        "A date in the text is later than the date a public commitment promises to meet.");
    public static readonly DiagnosticDescriptor PolarityContradicted = Rule("NL1003", "Text contradicts a never/always commitment",
        "'{0}' {1}, but commitment '{2}' says: {3}; source: {4}", Commitments, DiagnosticSeverity.Error,
        "The text affirms an act a 'never' commitment rules out (possibility included: 'we may sell'), or negates an 'always' commitment.");
    public static readonly DiagnosticDescriptor RetiredCommitmentRestated = Rule("NL1004", "Retired commitment restated as current",
        "'{0}' restates commitment '{1}' ({2}), which was retired on {3}; source: {4}", Commitments, DiagnosticSeverity.Error,
        "A commitment that no longer applies is presented as current. Speak of it in the past tense, or remove it.");
    public static readonly DiagnosticDescriptor SupersededCommitmentRestated = Rule("NL1005", "Superseded commitment restated as current",
        "'{0}' restates commitment '{1}' ({2}), superseded by '{3}': {4}", Commitments, DiagnosticSeverity.Error,
        "An old version of a commitment is presented as current; the message names the commitment that replaced it.");
    public static readonly DiagnosticDescriptor AbsoluteOverclaim = Rule("NL1006", "Absolute claim goes beyond a commitment",
        "'{0}' claims '{1}', more than commitment '{2}' promises: {3}; source: {4}", Commitments, DiagnosticSeverity.Warning,
        "An absolute word ('always', 'guaranteed', '100%') overstates a commitment that is stated with a bound or a qualifier.");
    public static readonly DiagnosticDescriptor TargetDiffers = Rule("NL1007", "Target differs from the registered target",
        "'{0}' states the target as {1}, but commitment '{2}' registers {3} ({4}); source: {5}", Commitments, DiagnosticSeverity.Warning,
        "A target year differs from the one registered: an earlier target is a new public commitment that needs its own plan and evidence.");

    // NL2xxx — cross-document consistency
    public static readonly DiagnosticDescriptor FactDrift = Rule("NL2001", "Same fact, different values",
        "'{0}' says {1} about '{2}', but {3}:{4} says {5}", Consistency, DiagnosticSeverity.Warning,
        "Two documents state the same fact with different values; readers of both will notice.");

    // NL3xxx — values
    public static readonly DiagnosticDescriptor ValueBreached = Rule("NL3001", "Wording breaches a declared value",
        "'{0}' breaches the value '{1}': {2}", Values, DiagnosticSeverity.Warning,
        "The wording is listed as a breach of one of the brand's declared values.");

    // NL4xxx — terminology
    public static readonly DiagnosticDescriptor AvoidedTerm = Rule("NL4001", "Use the preferred term",
        "Use '{1}' instead of '{0}'", Terminology, DiagnosticSeverity.Warning,
        "The registry lists this wording as a variant to avoid; the fix replaces it with the preferred term.");

    // NL5xxx — regulated claims
    public static readonly DiagnosticDescriptor GenericEnvironmentalClaim = Rule("NL5001", "Generic environmental claim without evidence",
        "'{0}' is a generic environmental claim with no specific, evidenced claim beside it ({1})", Regulated, DiagnosticSeverity.Error,
        "Directive (EU) 2024/825 bans generic environmental claims unless recognised excellent environmental performance is demonstrated.");
    public static readonly DiagnosticDescriptor OffsetNeutralityClaim = Rule("NL5002", "Neutrality claim based on offsetting",
        "'{0}' claims climate neutrality on the basis of offsetting ({1})", Regulated, DiagnosticSeverity.Error,
        "Directive (EU) 2024/825 bans claims that a product has a neutral, reduced or positive climate impact based on greenhouse-gas offsetting.");
    public static readonly DiagnosticDescriptor FutureClaimWithoutPlan = Rule("NL5003", "Future environmental claim without a plan",
        "'{0}' is a future environmental claim with no published implementation plan ({1})", Regulated, DiagnosticSeverity.Warning,
        "Directive (EU) 2024/825 requires future environmental performance claims to rest on a detailed, verified implementation plan; link it as the commitment's evidence.");
    public static readonly DiagnosticDescriptor SponsoredWithoutDisclosure = Rule("NL5010", "Sponsored post without disclosure",
        "This sponsored post has no clear disclosure such as #ad or 'Sponsored' ({0})", Regulated, DiagnosticSeverity.Error,
        "Paid content must say so clearly and up front; ambiguous tags such as #sp or #collab do not count.");
    public static readonly DiagnosticDescriptor MarketingEmailWithoutUnsubscribe = Rule("NL5020", "Marketing email without unsubscribe",
        "This marketing email has no unsubscribe link or List-Unsubscribe header ({0})", Regulated, DiagnosticSeverity.Error,
        "Commercial email must offer a working opt-out in every message.");
    public static readonly DiagnosticDescriptor MarketingEmailWithoutSender = Rule("NL5021", "Marketing email without sender identity",
        "This marketing email does not identify the sender with a postal address ({0})", Regulated, DiagnosticSeverity.Warning,
        "Commercial email must identify the sender and give a valid physical postal address.");

    // NL6xxx — channel rules
    public static readonly DiagnosticDescriptor OverMaxLength = Rule("NL6001", "Message too long for its channel",
        "This {0} message is {1} characters long; the channel '{0}' allows {2} ({3})", Channels, DiagnosticSeverity.Warning,
        "The unit is longer than its channel's max-length, counted as the platform counts.");
    public static readonly DiagnosticDescriptor MissingDisclaimer = Rule("NL6002", "Required disclaimer missing",
        "Channel '{0}' requires the disclaimer '{1}', which this message does not contain", Channels, DiagnosticSeverity.Warning,
        "Every message on this channel must carry one of the listed disclaimer phrasings.");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        RegistryInvalid, FileUnreadable, FileMalformed, UnknownChannel, FileTooLarge, SuppressionWithoutJustification, EmptyFile,
        QuantityOutsideBound, DeadlineMissed, PolarityContradicted, RetiredCommitmentRestated, SupersededCommitmentRestated, AbsoluteOverclaim, TargetDiffers,
        FactDrift, ValueBreached, AvoidedTerm,
        GenericEnvironmentalClaim, OffsetNeutralityClaim, FutureClaimWithoutPlan, SponsoredWithoutDisclosure, MarketingEmailWithoutUnsubscribe, MarketingEmailWithoutSender,
        OverMaxLength, MissingDisclaimer,
    ];

    public static DiagnosticDescriptor? Find(string id) => All.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));
}
