using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NarrativeLint.Language;

/// <summary>The contents of a language pack file (<c>rules/languages/{code}.yaml</c>) as written; <see cref="LanguagePack"/> compiles it.</summary>
internal sealed class LanguagePackDefinition
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public NumberFormatDefinition Numbers { get; set; } = new();
    public List<string> SentenceAbbreviations { get; set; } = [];
    public List<string> FunctionWords { get; set; } = [];
    public NumberWordsDefinition NumberWords { get; set; } = new();
    public Dictionary<string, List<string>> DurationUnits { get; set; } = [];
    public List<string> RateWords { get; set; } = [];
    public Dictionary<string, List<string>> Qualifiers { get; set; } = [];
    public List<string> DeadlineWords { get; set; } = [];
    public List<string> EndOf { get; set; } = [];
    public List<string> Articles { get; set; } = [];
    public List<string> RangeOpeners { get; set; } = [];
    public List<string> RangeJoiners { get; set; } = [];
    public Dictionary<string, List<string>> Currencies { get; set; } = [];
    public Dictionary<string, List<string>> MoneyPeriods { get; set; } = [];
    public List<string> PercentWords { get; set; } = [];
    public Dictionary<int, List<string>> Months { get; set; } = [];
    public List<string> OrdinalSuffixes { get; set; } = [];
    /// <summary>Words that may stand between a day and its month ("30th of June").</summary>
    public List<string> MonthLinks { get; set; } = [];
    /// <summary>Words before a version number ("version 5.2", "versione 3"): the number names a release, not an amount.</summary>
    public List<string> VersionWords { get; set; } = [];
    /// <summary>Words after a version that make it a lowest version ("3.10 and higher", "8.0 o successive"), like "+" after it.</summary>
    public List<string> VersionLater { get; set; } = [];
    /// <summary>Letters glued to 1–4 or 1–2 before a year that name a quarter or a half of it ("Q4 2026", "H2 2026").</summary>
    public PeriodMarkersDefinition PeriodMarkers { get; set; } = new();
    /// <summary>Letters folded into the ones the pack writes ("ş" → "ș" in Romanian), so old and new spellings match.</summary>
    public Dictionary<string, string> LetterVariants { get; set; } = [];
    /// <summary>Whether a word that says which kind comes after its noun ("metriche stabili") rather than before it ("stable metrics").</summary>
    public bool ModifiersAfterNoun { get; set; }
    /// <summary>Whether verbs carry their subject ("registriamo" is "we record"), so an act said again is not a noun spelt like it ("record").</summary>
    public bool SubjectInVerb { get; set; }
    /// <summary>Whether a capital letter inside a sentence marks a name ("Velocell TV"); not in German, which capitalises every noun.</summary>
    public bool NamesCapitalised { get; set; } = true;
    /// <summary>Whether this pack reads documents whose language no pack covers (one pack says so: English).</summary>
    public bool Fallback { get; set; }
    public List<string> ClockMarkers { get; set; } = [];
    public List<string> NonQuantityUnits { get; set; } = [];

    /// <summary>A copy with other non-quantity units; lists are shared, as a definition is never changed once read.</summary>
    public LanguagePackDefinition WithNonQuantityUnits(List<string> units)
    {
        var copy = (LanguagePackDefinition)MemberwiseClone();
        copy.NonQuantityUnits = units;
        return copy;
    }
    public Dictionary<string, List<string>> Cues { get; set; } = [];
    public List<string> ClauseBoundaries { get; set; } = [];
    /// <summary>How far a negation reaches: <c>rest-of-clause</c> (after the cue) or <c>clause</c> (the whole clause, German).</summary>
    public string NegationReach { get; set; } = "rest-of-clause";
    /// <summary>Negations that deny only the noun phrase after them ("without", "senza", "fără"), not the rest of the clause.</summary>
    public List<string> NounNegations { get; set; } = [];
    /// <summary>Words joining the items of a list ("or", "nor"): a negation covers every item of "we never sell, rent or trade".</summary>
    public List<string> ListJoiners { get; set; } = [];
    public StemmingDefinition Stemming { get; set; } = new();
    /// <summary>Concept id → words naming it; ids are shared across packs, so "shops" and "magazine" meet.</summary>
    public Dictionary<string, List<string>> Concepts { get; set; } = [];
    /// <summary>Endings a word takes after a hyphen and stays the same word ("SIM-ul", "Hub-ului" in Romanian).</summary>
    public List<string> HyphenatedEndings { get; set; } = [];
    /// <summary>Groups of words a cue stands for together ("sell", "share", "disclose"): a registry cue matches its group.</summary>
    public List<List<string>> Synonyms { get; set; } = [];
    /// <summary>Groups of acts that keep or break a never/always promise alike ("sell", "rent", "trade"); other synonyms only place a sentence on a topic.</summary>
    public List<List<string>> ActEquivalents { get; set; } = [];
    /// <summary>Subjects that are not the brand: "you", "the customer", "partners", "the regulator".</summary>
    public List<string> OtherActors { get; set; } = [];
    /// <summary>Labels of a worked example ("Example:", "Esempio:"): the figures after one illustrate, they promise nothing.</summary>
    public List<string> ExampleLabels { get; set; } = [];
    /// <summary>Words of the brand's own voice: "we", "our".</summary>
    public List<string> OwnVoice { get; set; } = [];
    /// <summary>Phrases that open a legal disclaimer ("disclaimer of warranties", "esclusione di garanzia"): what follows limits, it does not promise.</summary>
    public List<string> DisclaimerPhrases { get; set; } = [];
    /// <summary>Idioms whose words are no claim inside them ("green light", "carbon copy", "numero verde").</summary>
    public List<string> Idioms { get; set; } = [];
    /// <summary>
    /// Articles and possessives, one word each ("the", "your"; "il", "tuoi"; "tău"): in a regulated claim's phrase they
    /// may be any of these or none, so "boosts the immune system" also finds "boosts your immune system".
    /// </summary>
    public List<string> Determiners { get; set; } = [];
    /// <summary>
    /// Words that answer a question with a refusal ("no", "no, grazie", "nu"), where the pack's negations lack them: a
    /// value's breach phrase raised in a question and refused in the next sentence ("Cheat day? We don't do that word.")
    /// is mentioned, not used.
    /// </summary>
    public List<string> Refusals { get; set; } = [];
    /// <summary>
    /// Negation words that alone do not deny the statement ("without", "except": they negate a noun; French "ne"
    /// also opens "ne … que", only). A translation renders "zero-code" as "sin código" and "unless" as "sauf", so
    /// translation drift does not count them as a negation one side lacks.
    /// </summary>
    public List<string> WeakNegations { get; set; } = [];
    /// <summary>
    /// Words that hold a negation in their meaning, not as a cue: "free" for "no fee", "unavailable" for "not available",
    /// "only" for "not … except". A translator says a denial with them, so translation drift reads a block holding one as
    /// negating, and a denial on the other side is then no flipped statement. No other rule reads them.
    /// </summary>
    public List<string> NegativeWords { get; set; } = [];
    /// <summary>Prefixes that make a word negative ("un" of "unfamiliar", "unavailable"), read like <see cref="NegativeWords"/> before a stem of five letters or more.</summary>
    public List<string> NegativePrefixes { get; set; } = [];
    /// <summary>
    /// Words after a duration that name the moment it is counted from ("30 days after the release", "from the
    /// request"): what follows them is where the time starts, not what it measures.
    /// </summary>
    public List<string> TimeReferences { get; set; } = [];
    /// <summary>Words that name that moment only after a deadline ("within 14 days of purchase"); else they name what is measured ("30 days of backups").</summary>
    public List<string> TimeReferencesAfterDeadline { get; set; } = [];
    /// <summary>Words after a duration that count it back to a moment ("30 days before renewal", "prima del rinnovo").</summary>
    public List<string> TimeReferencesBefore { get; set; } = [];
    /// <summary>Prepositions: a noun phrase after one ("from your clients", "dai tuoi clienti") is not the subject of the clause.</summary>
    public List<string> Prepositions { get; set; } = [];
    /// <summary>Words that turn a clause against the one before ("but", "ma", "dar"): what follows is the exception to it.</summary>
    public List<string> ContrastWords { get; set; } = [];
    /// <summary>Verbs that say a duration passes until something happens ("it can take 3 weeks before the refund shows"): no lead time.</summary>
    public List<string> SpanVerbs { get; set; } = [];
    /// <summary>
    /// Words between a noun and the duration that is its length ("a minimum term of 24 months", "un termine di 24
    /// mesi"): the duration measures that noun, not whatever else the sentence names.
    /// </summary>
    public List<string> MeasureOf { get; set; } = [];
    /// <summary>Words that open a condition ("if", "se", "dacă"): a value in their clause is a threshold the promise starts from, not a level it promises.</summary>
    public List<string> ConditionWords { get; set; } = [];
    /// <summary>Nouns that name a length of time in general ("a period of 30 days"): before <see cref="MeasureOf"/> they say nothing of what is measured.</summary>
    public List<string> DurationNouns { get; set; } = [];
    /// <summary>Words that, right before a date already past ("until 31 March 2025"), make the sentence speak of the past.</summary>
    public List<string> UntilPastDate { get; set; } = [];
    /// <summary>Event id → words saying what a duration or year is of ("warranty", "founded"); ids shared across packs.</summary>
    public Dictionary<string, List<string>> Events { get; set; } = [];
    /// <summary>
    /// Act id → words of acts done to many kinds of things ("keep", "delete"): a duration beside one is that act's length
    /// for the commitment rules, but no key of a fact across documents (invoices, backups and logs are all kept).
    /// </summary>
    public Dictionary<string, List<string>> LastingActs { get; set; } = [];
    /// <summary>
    /// Act id → words of a promise's steps that each have a time of their own ("return", "refund", "closed"): the one beside
    /// a duration is what it times, for the commitment rules; done to many kinds of things, they key no fact across documents.
    /// </summary>
    public Dictionary<string, List<string>> TimedActs { get; set; } = [];
    /// <summary>Role id → words naming the people who act ("pharmacist", "dermatologist"); ids shared across packs.</summary>
    public Dictionary<string, List<string>> Roles { get; set; } = [];
    /// <summary>
    /// Event id → verbs of a beginning that name an event only said of nothing else ("It all started in 2016", "Kestrel Vets
    /// began in 2009"): only function words stand between them and the year, so "We started shipping in 2020" is no event.
    /// </summary>
    public Dictionary<string, List<string>> Beginnings { get; set; } = [];
    /// <summary>
    /// Unit id → words naming one unit of sale, after a rate word ("per delegate", "a persona", "de persoană"): a price
    /// per one of them is a price per the id, so "€75 per delegate" and "€69 per person" price one thing. Ids shared across packs.
    /// </summary>
    public Dictionary<string, List<string>> SaleUnits { get; set; } = [];
    /// <summary>
    /// Role ids of people who answer for a duty of their own, not for the brand's service ("officer": a data protection
    /// officer; "manager": the customer's; "authority"): a commitment whose statement names no role is the brand's and its
    /// staff's, not theirs.
    /// </summary>
    public List<string> IndependentRoles { get; set; } = [];

    /// <summary>Reads a pack file; unknown keys are errors so a misspelt section is not silently ignored.</summary>
    /// <remarks>
    /// Read from the YAML tree by the definition's own properties, not by YamlDotNet's object deserializer, whose
    /// start-up (type inspectors, converters, object factories) cost a check more than reading all seven shipped packs.
    /// </remarks>
    public static LanguagePackDefinition Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents is [var document, ..] && document.RootNode is not YamlScalarNode { Value: null or "" }
            ? (LanguagePackDefinition)PackYaml.Read(document.RootNode, typeof(LanguagePackDefinition))!
            : new LanguagePackDefinition();
    }
}

/// <summary>A YAML tree read into a pack definition's types: strings, numbers, booleans, lists, mappings and the definition classes.</summary>
static class PackYaml
{
    /// <summary>
    /// Every list, mapping and definition class a pack file is read into, named here so that an ahead-of-time
    /// compiled, trimmed build keeps what reading them needs (their constructors, properties and backing fields):
    /// reflection over a type known only at run time cannot be analysed. A new property type is added here.
    /// </summary>
    static readonly Dictionary<Type, Shape> Shapes = new Shape[]
    {
        Shape.Of<LanguagePackDefinition>(), Shape.Of<NumberFormatDefinition>(), Shape.Of<NumberWordsDefinition>(),
        Shape.Of<PeriodMarkersDefinition>(), Shape.Of<StemmingDefinition>(),
        Shape.Of<List<string>>(), Shape.Of<List<List<string>>>(), Shape.Of<Dictionary<string, List<string>>>(),
        Shape.Of<Dictionary<int, List<string>>>(), Shape.Of<Dictionary<string, long>>(), Shape.Of<Dictionary<string, string>>(),
    }.ToDictionary(shape => shape.Type);

    /// <summary>How to make a <see cref="Type"/> and, for a definition class, its writable properties by key in file order.</summary>
    internal sealed record Shape(Type Type, Func<object> Create, IReadOnlyDictionary<string, Slot> Properties)
    {
        const DynamicallyAccessedMemberTypes Read =
            DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.NonPublicFields;

        public static Shape Of<[DynamicallyAccessedMembers(Read)] T>() where T : new() =>
            new(typeof(T), () => new T(), typeof(T).IsGenericType
                ? new Dictionary<string, Slot>()
                : typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToDictionary(
                    p => KeyOf(p.Name),
                    p => new Slot(p, typeof(T).GetField($"<{p.Name}>k__BackingField", BindingFlags.NonPublic | BindingFlags.Instance)),
                    StringComparer.Ordinal));
    }

    /// <summary>The shape of a type a pack is read into; a type missing from <see cref="Shapes"/> is this tool's mistake.</summary>
    internal static Shape ShapeOf(Type type) =>
        Shapes.TryGetValue(type, out var shape) ? shape : throw new InvalidOperationException($"PackYaml.Shapes lacks {type}");

    /// <summary>
    /// A property of a definition and where its value is stored: the compiler's backing field of an auto-property is
    /// set directly, since setting a property by reflection compiles an invoke stub per property (130 of them, each
    /// fully optimised, at every start); a property without one is set through its setter.
    /// </summary>
    internal readonly record struct Slot(PropertyInfo Property, FieldInfo? BackingField)
    {
        public void Set(object instance, object value)
        {
            if (BackingField is { } field) field.SetValue(instance, value);
            else Property.SetValue(instance, value);
        }
    }

    /// <summary>The value of <paramref name="node"/> as a <paramref name="type"/>; null for an empty scalar, which leaves a property at its default.</summary>
    public static object? Read(YamlNode node, Type type)
    {
        // An anchored node may be read again at every alias of it (a "billion laughs" file): packs have no use for them.
        if (!node.Anchor.IsEmpty) throw Error(node, "anchors and aliases (&name, *name) are not read in a language pack");
        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: "" or "~" or "null" }) return null;
        if (type == typeof(string)) return Scalar(node);
        if (type == typeof(bool))
            return Scalar(node).ToLowerInvariant() switch
            {
                "true" => true,
                "false" => false,
                var other => throw Error(node, $"'{other}' is not true or false"),
            };
        if (type == typeof(int)) return int.Parse(Scalar(node), NumberStyles.Integer, CultureInfo.InvariantCulture);
        if (type == typeof(long)) return long.Parse(Scalar(node), NumberStyles.Integer, CultureInfo.InvariantCulture);
        var shape = ShapeOf(type);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            if (node is not YamlSequenceNode sequence) throw Error(node, "a list was expected");
            var list = (IList)shape.Create();
            foreach (var item in sequence) list.Add(Read(item, type.GetGenericArguments()[0]));
            return list;
        }
        if (node is not YamlMappingNode map) throw Error(node, "a mapping was expected");
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            var (keyType, valueType) = (type.GetGenericArguments()[0], type.GetGenericArguments()[1]);
            var dictionary = (IDictionary)shape.Create();
            foreach (var (key, value) in map.Children)
                dictionary[Read(key, keyType) ?? throw Error(key, "an empty key")] = Read(value, valueType);
            return dictionary;
        }
        var instance = shape.Create();
        foreach (var (key, value) in map.Children)
        {
            var name = Scalar(key);
            if (!shape.Properties.TryGetValue(name, out var slot)) throw Error(key, $"Property '{name}' not found on type '{type.FullName}'.");
            if (Read(value, slot.Property.PropertyType) is { } read) slot.Set(instance, read);
        }
        return instance;
    }

    /// <summary>
    /// A property's key in a pack file, as YamlDotNet's hyphenated naming writes it ("GroupAsDecimal" → "group-as-decimal"):
    /// each capital but the first becomes a hyphen and its small letter. Done here rather than by the naming convention,
    /// whose regular expressions are compiled on first use, which cost every start more than the rest of a pack's reading.
    /// </summary>
    internal static string KeyOf(string propertyName) => string.Create(propertyName.Length + propertyName.Skip(1).Count(char.IsAsciiLetterUpper), propertyName, (key, name) =>
    {
        key[0] = char.ToLowerInvariant(name[0]);
        for (int from = 1, to = 1; from < name.Length; from++)
        {
            if (char.IsAsciiLetterUpper(name[from])) key[to++] = '-';
            key[to++] = char.ToLowerInvariant(name[from]);
        }
    });

    static string Scalar(YamlNode node) => node is YamlScalarNode { Value: { } value } ? value : throw Error(node, "a single value was expected");

    static YamlException Error(YamlNode node, string message) => new(node.Start, node.End, message);
}

internal sealed class NumberFormatDefinition
{
    public string Decimal { get; set; } = ".";
    public string Group { get; set; } = ",";
    public bool GroupAsDecimal { get; set; }
}

internal sealed class NumberWordsDefinition
{
    public Dictionary<string, long> Cardinals { get; set; } = [];
    public List<string> Joiners { get; set; } = [];
    public bool Glued { get; set; }
    /// <summary>With <see cref="Glued"/>: the vowels a unit word may start with, before which the tens drop their last vowel ("trentuno").</summary>
    public string ElisionVowels { get; set; } = "";
    public List<string> OneBeforeUnit { get; set; } = [];
    public List<string> Ambiguous { get; set; } = [];
    /// <summary>Number words that are also a noun the language writes with a capital ("Acht"): ambiguous only when capitalised.</summary>
    public List<string> AmbiguousCapitalised { get; set; } = [];
    public Dictionary<string, long> Scales { get; set; } = [];
    public List<string> Links { get; set; } = [];
    /// <summary>Words for the decimal point said aloud ("ninety-nine point nine", "novantanove virgola nove").</summary>
    public List<string> DecimalWords { get; set; } = [];
}

internal sealed class PeriodMarkersDefinition
{
    public List<string> Quarter { get; set; } = [];
    public List<string> Half { get; set; } = [];
}

internal sealed class StemmingDefinition
{
    /// <summary><c>light</c>: strip the listed suffixes; <c>snowball</c>: the language's Snowball stemmer (the lists are then unused).</summary>
    public string Algorithm { get; set; } = "light";
    public int MinStemLength { get; set; } = 3;
    public List<string> ProtectedEndings { get; set; } = [];
    public List<string> Suffixes { get; set; } = [];
}
