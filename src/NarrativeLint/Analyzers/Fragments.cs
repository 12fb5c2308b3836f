using System.Resources;
using NarrativeLint.Language;

namespace NarrativeLint.Analyzers;

/// <summary>
/// The words messages take as arguments ("at most 24 hours", "the registry"), read from DiagnosticMessages.resx
/// like the messages themselves, so a translation of the messages translates these too. Each is a <see cref="LocalizedText"/>:
/// its words are chosen when the message is formatted, in the culture the reader asked for.
/// </summary>
internal static class Fragments
{
    static readonly ResourceManager Messages = new("NarrativeLint.Analyzers.DiagnosticMessages", typeof(Fragments).Assembly);

    static LocalizedText Text(string name, params object?[] arguments) => LocalizedText.FromResource(Messages, "Fragment_" + name, arguments);

    public static LocalizedText TheRegistry => Text(nameof(TheRegistry));
    public static LocalizedText SeeTheRegistry => Text(nameof(SeeTheRegistry));
    public static LocalizedText DateNotRecorded => Text(nameof(DateNotRecorded));
    public static LocalizedText AllRules => Text(nameof(AllRules));
    public static LocalizedText AllowsWhatItRulesOut => Text(nameof(AllowsWhatItRulesOut));
    public static LocalizedText AffirmsWhatItRulesOut => Text(nameof(AffirmsWhatItRulesOut));
    public static LocalizedText NegatesWhatItPromises => Text(nameof(NegatesWhatItPromises));
    public static LocalizedText Starting => Text(nameof(Starting));
    public static LocalizedText ReadingSentence => Text(nameof(ReadingSentence));
    public static LocalizedText ReadingDocument => Text(nameof(ReadingDocument));
    public static LocalizedText ComparingDocuments => Text(nameof(ComparingDocuments));

    /// <summary>What NL2002 found different in a translation ("The number differs from the source"), by the kind it reports.</summary>
    public static LocalizedText TranslationDifference(string kind) => Text("Difference_" + kind);

    /// <summary>How a length was counted: "characters as people see them[, each link as 23]".</summary>
    public static LocalizedText CountedAsSeen(int? urlLength) => urlLength is { } length ? Text("CountedAsSeenWithLinks", length) : Text("CountedAsSeen");

    /// <summary>A bound in words: "at most 24 hours".</summary>
    public static LocalizedText Relation(Registry.FactRelation relation, LocalizedText value) => Text(relation switch
    {
        Registry.FactRelation.AtMost => "AtMost",
        Registry.FactRelation.AtLeast => "AtLeast",
        Registry.FactRelation.By => "By",
        _ => "Exactly",
    }, value);

    /// <summary>A value with the text's qualifier: "up to 3 days" → "at most 3 days".</summary>
    public static LocalizedText Qualified(Qualifier qualifier, LocalizedText value) => qualifier switch
    {
        Qualifier.AtMost => Text("AtMost", value),
        Qualifier.LessThan => Text("LessThan", value),
        Qualifier.AtLeast => Text("AtLeast", value),
        Qualifier.MoreThan => Text("MoreThan", value),
        Qualifier.About => Text("About", value),
        _ => value,
    };

    /// <summary>A unit's name, plural for amounts ("hours") or singular for a period ("per hour").</summary>
    public static LocalizedText Unit(DurationUnit? unit, bool plural = true) => unit is { } u ? Text(plural ? u + "s" : u.ToString()) : "";

    public static LocalizedText PerPeriod(LocalizedText amount, DurationUnit period) => Text("PerPeriod", amount, Unit(period, plural: false));
}
