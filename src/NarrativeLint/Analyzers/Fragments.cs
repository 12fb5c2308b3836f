using System.Globalization;
using System.Resources;
using NarrativeLint.Language;

namespace NarrativeLint.Analyzers;

/// <summary>
/// The words messages take as arguments ("at most 24 hours", "the registry"), read from DiagnosticMessages.resx
/// like the messages themselves, so a translation of the messages translates these too.
/// </summary>
internal static class Fragments
{
    static readonly ResourceManager Messages = new("NarrativeLint.Analyzers.DiagnosticMessages", typeof(Fragments).Assembly);

    static string Text(string name) => Messages.GetString("Fragment_" + name, CultureInfo.CurrentUICulture) ?? name;

    static string Format(string name, params object[] arguments) => string.Format(CultureInfo.CurrentUICulture, Text(name), arguments);

    public static string TheRegistry => Text(nameof(TheRegistry));
    public static string SeeTheRegistry => Text(nameof(SeeTheRegistry));
    public static string DateNotRecorded => Text(nameof(DateNotRecorded));
    /// <summary>When git last committed a file: "last committed 2026-03-03".</summary>
    public static string Committed(string day) => Format(nameof(Committed), day);
    public static string AllRules => Text(nameof(AllRules));
    public static string AllowsWhatItRulesOut => Text(nameof(AllowsWhatItRulesOut));
    public static string AffirmsWhatItRulesOut => Text(nameof(AffirmsWhatItRulesOut));
    public static string NegatesWhatItPromises => Text(nameof(NegatesWhatItPromises));
    public static string Starting => Text(nameof(Starting));
    public static string ReadingSentence => Text(nameof(ReadingSentence));
    public static string ReadingDocument => Text(nameof(ReadingDocument));
    public static string ComparingDocuments => Text(nameof(ComparingDocuments));

    /// <summary>What NL2002 found different in a translation ("The number differs from the source"), by the kind it reports.</summary>
    public static string TranslationDifference(string kind) => Text("Difference_" + kind);

    /// <summary>How a length was counted: "characters as people see them[, each link as 23]".</summary>
    public static string CountedAsSeen(int? urlLength) => urlLength is { } length ? Format("CountedAsSeenWithLinks", length) : Text("CountedAsSeen");

    /// <summary>A bound in words: "at most 24 hours".</summary>
    public static string Relation(Registry.FactRelation relation, string value) => Format(relation switch
    {
        Registry.FactRelation.AtMost => "AtMost",
        Registry.FactRelation.AtLeast => "AtLeast",
        Registry.FactRelation.By => "By",
        _ => "Exactly",
    }, value);

    /// <summary>A value with the text's qualifier: "up to 3 days" → "at most 3 days".</summary>
    public static string Qualified(Qualifier qualifier, string value) => qualifier switch
    {
        Qualifier.AtMost => Format("AtMost", value),
        Qualifier.LessThan => Format("LessThan", value),
        Qualifier.AtLeast => Format("AtLeast", value),
        Qualifier.MoreThan => Format("MoreThan", value),
        Qualifier.About => Format("About", value),
        _ => value,
    };

    /// <summary>A unit's name, plural for amounts ("hours") or singular for a period ("per hour").</summary>
    public static string Unit(DurationUnit? unit, bool plural = true) => unit is { } u ? Text(plural ? u + "s" : u.ToString()) : "";

    public static string PerPeriod(string amount, DurationUnit period) => Format("PerPeriod", amount, Unit(period, plural: false));
}
