using System.Collections.Immutable;
using System.Text.RegularExpressions;
using NarrativeLint.Language;
using YamlDotNet.RepresentationModel;

namespace NarrativeLint.Registry;

/// <summary>An entry and where its id was written, so duplicates across files can point at both places.</summary>
internal sealed record Declared<T>(T Entry, RegistryPosition IdAt);

/// <summary>What one registry or catalogue file declares, before files are merged and cross-checked.</summary>
internal sealed class RegistryPart(string file)
{
    public string File { get; } = file;
    public string? BrandName { get; set; }
    public RegistryPosition? BrandAt { get; set; }
    public List<string> Languages { get; } = [];
    public List<Declared<Commitment>> Commitments { get; } = [];
    /// <summary>Where each <c>superseded-by</c> was written, by commitment id, to report dangling references there.</summary>
    public List<(string Target, RegistryPosition At)> SupersededBy { get; } = [];
    public List<Declared<BrandValue>> Values { get; } = [];
    public List<Term> Terms { get; } = [];
    public List<Declared<ChannelRule>> Channels { get; } = [];
    public List<Declared<ClaimRule>> Claims { get; } = [];
    /// <summary>The <c>catalogue:</c> header, without its claims (they are in <see cref="Claims"/>).</summary>
    public ClaimCatalogue? Catalogue { get; set; }
    /// <summary>The built-in catalogue ids listed under <c>catalogues:</c>, or null when the key is absent.</summary>
    public List<(string Id, RegistryPosition At)>? CatalogueSelection { get; set; }
}

/// <summary>Reads one registry (or catalogue) YAML file into a <see cref="RegistryPart"/>, recording every problem.</summary>
internal sealed partial class RegistryFileReader
{
    internal static readonly string[] TopKeys = ["brand", "commitments", "values", "terms", "channels", "catalogues", "claims", "catalogue"];
    internal static readonly string[] BrandKeys = ["name", "languages"];
    internal static readonly string[] CommitmentKeys = ["id", "statement", "source", "since", "status", "superseded-by", "retired", "topic", "scope", "facts", "polarity", "evidence"];
    internal static readonly string[] FactKeys = ["kind", "value", "relation"];
    internal static readonly string[] ValueKeys = ["id", "statement", "breaches"];
    internal static readonly string[] TermKeys = ["preferred", "avoid"];
    internal static readonly string[] ChannelKeys = ["id", "include", "max-length", "url-length", "disclaimers"];
    internal static readonly string[] CatalogueKeys = ["id", "title", "source", "applies-from"];
    internal static readonly string[] ClaimKeys = ["id", "diagnostic", "check", "title", "legal-source", "phrases", "qualifiers", "context", "context-reach", "channels"];

    readonly YamlReading yaml;
    readonly RegistryPart part;
    readonly LanguagePacks packs;

    RegistryFileReader(string file, List<RegistryError> errors, LanguagePacks packs)
    {
        yaml = new YamlReading(file, errors);
        part = new RegistryPart(file);
        this.packs = packs;
    }

    /// <summary>Parses <paramref name="text"/>; a YAML syntax error becomes one error at its line:column.</summary>
    public static RegistryPart Read(string text, string file, List<RegistryError> errors, LanguagePacks packs)
    {
        var reader = new RegistryFileReader(file, errors, packs);
        foreach (var document in reader.yaml.Load(text))
            reader.ReadDocument(document.RootNode);
        return reader.part;
    }

    void ReadDocument(YamlNode root)
    {
        if (root is YamlScalarNode scalar && YamlReading.IsNull(scalar))
            return;
        if (yaml.Mapping(root, "a registry file", TopKeys) is not { } map)
            return;
        var entries = yaml.Entries(map, "the registry", TopKeys);
        if (entries.TryGetValue("brand", out var brand))
            ReadBrand(brand.Key, brand.Value);
        if (entries.TryGetValue("commitments", out var commitments))
            foreach (var item in Items(commitments.Value, "commitments"))
                ReadCommitment(item);
        if (entries.TryGetValue("values", out var values))
            foreach (var item in Items(values.Value, "values"))
                ReadValue(item);
        if (entries.TryGetValue("terms", out var terms))
            foreach (var item in Items(terms.Value, "terms"))
                ReadTerm(item);
        if (entries.TryGetValue("channels", out var channels))
            foreach (var item in Items(channels.Value, "channels"))
                ReadChannel(item);
        if (entries.TryGetValue("catalogue", out var catalogue))
            ReadCatalogueHeader(catalogue.Value);
        if (entries.TryGetValue("claims", out var claims))
            foreach (var item in Items(claims.Value, "claims"))
                ReadClaim(item);
        if (entries.TryGetValue("catalogues", out var selection))
            ReadCatalogueSelection(selection.Value);
    }

    IEnumerable<YamlNode> Items(YamlNode node, string what)
    {
        if (node is YamlSequenceNode list)
            return list.Children;
        if (node is not YamlScalarNode s || !YamlReading.IsNull(s))
            yaml.Error(node, $"{what} must be a list (one '- ' item per entry); found {YamlReading.Describe(node)}");
        return [];
    }

    void ReadBrand(YamlNode key, YamlNode node)
    {
        if (yaml.Mapping(node, "brand", BrandKeys) is not { } map)
            return;
        part.BrandAt = yaml.At(key);
        var entries = yaml.Entries(map, "brand", BrandKeys);
        if (entries.TryGetValue("name", out var name))
            part.BrandName = yaml.Text(name.Value, "brand name");
        if (entries.TryGetValue("languages", out var languages))
            part.Languages.AddRange(yaml.TextList(languages.Value, "brand languages"));
    }

    void ReadCommitment(YamlNode node)
    {
        if (yaml.Mapping(node, "a commitment", CommitmentKeys) is not { } map)
            return;
        var e = yaml.Entries(map, "commitment", CommitmentKeys);
        var id = RequiredId(map, e, "commitment", "support-response-time");
        var label = id is null ? "commitment" : $"commitment '{id}'";
        var statement = RequiredStatement(map, e, label, "the promise as the brand published it");

        CommitmentStatus? status = e.TryGetValue("status", out var s) ? yaml.Choice<CommitmentStatus>(s.Value, "status") : null;
        string? supersededBy = null;
        if (e.TryGetValue("superseded-by", out var sb))
        {
            supersededBy = yaml.Text(sb.Value, "superseded-by");
            if (supersededBy is null)
                yaml.Error(sb.Value, $"superseded-by of {label} is empty; expected the id of the commitment that replaces it");
            else if (supersededBy == id)
                yaml.Error(sb.Value, $"{label} cannot be superseded by itself; expected the id of the commitment that replaces it");
            else
                part.SupersededBy.Add((supersededBy, yaml.At(sb.Value)));
            if (status is CommitmentStatus.Active or CommitmentStatus.Retired)
                yaml.Error(s.Value, $"{label} has superseded-by but status {YamlReading.Kebab(status.Value)}; expected status superseded");
        }
        else if (status == CommitmentStatus.Superseded)
            yaml.Error(s.Value, $"{label} has status superseded but no superseded-by; expected superseded-by: <id of the commitment that replaces it>");

        var commitment = new Commitment
        {
            Id = id ?? "",
            Statement = statement ?? "",
            Source = e.TryGetValue("source", out var src) ? yaml.Text(src.Value, "source") : null,
            Since = e.TryGetValue("since", out var since) ? yaml.Day(since.Value, "since") : null,
            Status = status ?? (supersededBy is null ? CommitmentStatus.Active : CommitmentStatus.Superseded),
            SupersededBy = supersededBy,
            Retired = e.TryGetValue("retired", out var retired) ? yaml.Day(retired.Value, "retired") : null,
            Topic = e.TryGetValue("topic", out var topic) ? yaml.LanguageLists(topic.Value, "topic") : ImmutableDictionary<string, ImmutableArray<string>>.Empty,
            Scope = e.TryGetValue("scope", out var scope) ? yaml.LanguageLists(scope.Value, "scope") : ImmutableDictionary<string, ImmutableArray<string>>.Empty,
            Facts = e.TryGetValue("facts", out var facts) ? [.. Items(facts.Value, "facts").Select(ReadFact).OfType<Fact>()] : [],
            Polarity = e.TryGetValue("polarity", out var p) ? yaml.Choice(p.Value, "polarity", Polarity.None) ?? Polarity.None : Polarity.None,
            Evidence = e.TryGetValue("evidence", out var ev) ? yaml.Text(ev.Value, "evidence") : null,
            Position = yaml.At(map),
        };
        if (commitment is { Since: { } from, Retired: { } until } && until < from)
            yaml.Error(retired.Value, $"{label} is retired on {Iso(until)}, before it started on {Iso(from)}; expected a retired date on or after since");
        if (id is not null)
            part.Commitments.Add(new(commitment, yaml.At(e["id"].Value)));
    }

    Fact? ReadFact(YamlNode node)
    {
        if (yaml.Mapping(node, "a fact", FactKeys) is not { } map)
            return null;
        var e = yaml.Entries(map, "fact", FactKeys);
        QuantityKind? kind = e.TryGetValue("kind", out var k) ? yaml.Choice<QuantityKind>(k.Value, "kind") : null;
        FactRelation? relation = e.TryGetValue("relation", out var r) ? yaml.Choice<FactRelation>(r.Value, "relation") : null;
        var written = e.TryGetValue("value", out var v) ? yaml.Text(v.Value, "fact value") : null;
        if (!e.ContainsKey("kind"))
            yaml.Error(map, $"fact has no kind; expected one of {Kinds}");
        if (!e.ContainsKey("relation"))
            yaml.Error(map, $"fact has no relation; expected one of {Relations}");
        if (written is null)
        {
            if (!e.ContainsKey("value") || v.Value is YamlScalarNode)
                yaml.Error(e.ContainsKey("value") ? v.Value : map, "fact has no value; expected the promised value such as 24 hours, 99.95% or 2040");
            return null;
        }
        if (kind is not { } kindValue)
            return null;
        var quantity = FactValue.Parse(kindValue, written, packs);
        if (quantity is null)
        {
            yaml.Error(v.Value, $"fact value '{written}' is not a {YamlReading.Kebab(kindValue)}; expected {FactValue.Expected(kindValue)}");
            return null;
        }
        return relation is { } relationValue ? new Fact(kindValue, written, quantity, relationValue) : null;
    }

    static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    static string Kinds => string.Join(", ", Enum.GetValues<QuantityKind>().Select(YamlReading.Kebab));

    static string Relations => string.Join(", ", Enum.GetValues<FactRelation>().Select(YamlReading.Kebab));

    void ReadValue(YamlNode node)
    {
        if (yaml.Mapping(node, "a value", ValueKeys) is not { } map)
            return;
        var e = yaml.Entries(map, "value", ValueKeys);
        var id = RequiredId(map, e, "value", "transparency");
        var label = id is null ? "value" : $"value '{id}'";
        var statement = RequiredStatement(map, e, label, "the value as the brand declared it");
        var breaches = e.TryGetValue("breaches", out var b) ? yaml.TextList(b.Value, "breaches") : [];
        if (id is not null)
            part.Values.Add(new(new BrandValue(id, statement ?? "", breaches, yaml.At(map)), yaml.At(e["id"].Value)));
    }

    void ReadTerm(YamlNode node)
    {
        if (yaml.Mapping(node, "a term", TermKeys) is not { } map)
            return;
        var e = yaml.Entries(map, "term", TermKeys);
        var preferred = e.TryGetValue("preferred", out var p) ? yaml.Text(p.Value, "preferred") : null;
        var avoid = e.TryGetValue("avoid", out var a) ? yaml.TextList(a.Value, "avoid") : [];
        if (preferred is null)
        {
            if (!e.ContainsKey("preferred") || p.Value is YamlScalarNode)
                yaml.Error(map, "term has no preferred; expected the approved wording, e.g. preferred: Acme Cloud");
            return;
        }
        part.Terms.Add(new Term(preferred, avoid, yaml.At(map)));
    }

    void ReadChannel(YamlNode node)
    {
        if (yaml.Mapping(node, "a channel", ChannelKeys) is not { } map)
            return;
        var e = yaml.Entries(map, "channel", ChannelKeys);
        var id = RequiredId(map, e, "channel", "social");
        var include = e.TryGetValue("include", out var inc) ? yaml.TextList(inc.Value, "include", allowSingle: true) : [];
        var maxLength = e.TryGetValue("max-length", out var ml) ? yaml.PositiveInteger(ml.Value, "max-length") : null;
        var urlLength = e.TryGetValue("url-length", out var ul) ? yaml.PositiveInteger(ul.Value, "url-length") : null;
        var disclaimers = e.TryGetValue("disclaimers", out var d) ? ReadDisclaimers(d.Value) : [];
        if (id is not null)
            part.Channels.Add(new(new ChannelRule(id, include, maxLength, urlLength, disclaimers, yaml.At(map)), yaml.At(e["id"].Value)));
    }

    /// <summary>Each item is one required disclaimer: a phrase, or a list of alternative phrases any of which satisfies it.</summary>
    ImmutableArray<ImmutableArray<string>> ReadDisclaimers(YamlNode node)
    {
        var result = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        foreach (var item in Items(node, "disclaimers"))
        {
            var alternatives = item is YamlScalarNode or YamlSequenceNode ? yaml.TextList(item, "a disclaimer", allowSingle: true) : [];
            if (item is YamlMappingNode)
                yaml.Error(item, "a disclaimer must be a phrase or a list of alternative phrases; found a mapping");
            else if (!alternatives.IsEmpty)
                result.Add(alternatives);
            else if (item is YamlScalarNode)
                yaml.Error(item, "a disclaimer is empty; expected a phrase or a list of alternative phrases");
        }
        return result.ToImmutable();
    }

    void ReadCatalogueHeader(YamlNode node)
    {
        if (yaml.Mapping(node, "catalogue", CatalogueKeys) is not { } map)
            return;
        var e = yaml.Entries(map, "catalogue", CatalogueKeys);
        var id = RequiredId(map, e, "catalogue", "eu-green-claims");
        var title = e.TryGetValue("title", out var t) ? yaml.Text(t.Value, "catalogue title") : null;
        if (title is null && (!e.ContainsKey("title") || t.Value is YamlScalarNode))
            yaml.Error(map, "catalogue has no title; expected the name of the legal text it enforces");
        var source = e.TryGetValue("source", out var s) ? yaml.Text(s.Value, "catalogue source") : null;
        var appliesFrom = e.TryGetValue("applies-from", out var af) ? yaml.Day(af.Value, "applies-from") : null;
        if (id is not null)
            part.Catalogue = new ClaimCatalogue(id, title ?? id, source, appliesFrom, [], yaml.At(map));
    }

    void ReadClaim(YamlNode node)
    {
        if (yaml.Mapping(node, "a claim rule", ClaimKeys) is not { } map)
            return;
        var e = yaml.Entries(map, "claim rule", ClaimKeys);
        var id = RequiredId(map, e, "claim rule", "generic-environmental-claim");
        var label = id is null ? "claim rule" : $"claim rule '{id}'";

        var diagnostic = e.TryGetValue("diagnostic", out var d) ? yaml.Text(d.Value, "diagnostic") : null;
        if (diagnostic is not null && !DiagnosticIdPattern().IsMatch(diagnostic))
        {
            yaml.Error(d.Value, $"diagnostic '{diagnostic}' is not a regulated-claims id; expected NL5 and three digits, e.g. NL5001");
            diagnostic = null;
        }
        else if (diagnostic is null && (!e.ContainsKey("diagnostic") || d.Value is YamlScalarNode))
            yaml.Error(map, $"{label} has no diagnostic; expected its diagnostic id, e.g. diagnostic: NL5001");

        ClaimCheck? check = e.TryGetValue("check", out var c) ? yaml.Choice<ClaimCheck>(c.Value, "check") : null;
        if (!e.ContainsKey("check"))
            yaml.Error(map, $"{label} has no check; expected one of {string.Join(", ", Enum.GetValues<ClaimCheck>().Select(YamlReading.Kebab))}");

        var title = e.TryGetValue("title", out var t) ? yaml.Text(t.Value, "title") : null;
        if (title is null && (!e.ContainsKey("title") || t.Value is YamlScalarNode))
            yaml.Error(map, $"{label} has no title; expected a one-line description of the claim it restricts");
        var legalSource = e.TryGetValue("legal-source", out var ls) ? yaml.Text(ls.Value, "legal-source") : null;
        var phrases = e.TryGetValue("phrases", out var ph) ? yaml.LanguageLists(ph.Value, "phrases") : ImmutableDictionary<string, ImmutableArray<string>>.Empty;
        var qualifiers = e.TryGetValue("qualifiers", out var q) ? yaml.LanguageLists(q.Value, "qualifiers") : ImmutableDictionary<string, ImmutableArray<string>>.Empty;
        var context = e.TryGetValue("context", out var cx) ? yaml.LanguageLists(cx.Value, "context") : ImmutableDictionary<string, ImmutableArray<string>>.Empty;
        var reach = e.TryGetValue("context-reach", out var cr) ? yaml.Choice<ContextReach>(cr.Value, "context-reach") ?? ContextReach.Sentence : ContextReach.Sentence;
        var channels = e.TryGetValue("channels", out var ch) ? yaml.TextList(ch.Value, "channels", allowSingle: true) : [];

        // Phrase-triggered checks need phrases; the disclosure and email checks look for qualifiers instead.
        if (check is ClaimCheck.UnsubstantiatedPhrase or ClaimCheck.OffsetNeutrality or ClaimCheck.FutureTarget or ClaimCheck.RestrictedPhrase && phrases.Values.All(l => l.IsEmpty))
            yaml.Error(map, $"{label} has no phrases; check {YamlReading.Kebab(check.Value)} needs trigger phrases per language (en: [..])");
        if (check is ClaimCheck.OffsetNeutrality or ClaimCheck.SponsoredDisclosure or ClaimCheck.EmailUnsubscribe or ClaimCheck.EmailSenderIdentity
            && qualifiers.Values.All(l => l.IsEmpty))
            yaml.Error(map, $"{label} has no qualifiers; check {YamlReading.Kebab(check.Value)} needs the phrases that satisfy it per language (en: [..]) or as a plain list");

        if (id is null || diagnostic is null || check is null)
            return;
        var rule = new ClaimRule(id, diagnostic, check.Value, title ?? id, legalSource ?? "", phrases, qualifiers, channels, yaml.At(map))
        {
            CatalogueId = part.Catalogue?.Id,
            AppliesFrom = part.Catalogue?.AppliesFrom,
            Context = context,
            ContextReach = reach,
            DiagnosticPosition = yaml.At(d.Value),
        };
        part.Claims.Add(new(rule, yaml.At(e["id"].Value)));
    }

    void ReadCatalogueSelection(YamlNode node)
    {
        part.CatalogueSelection ??= [];
        if (node is YamlScalarNode s && YamlReading.IsNull(s))
        {
            yaml.Error(node, "catalogues is empty; expected a list of built-in catalogue ids, or [] for none");
            return;
        }
        if (node is not YamlSequenceNode list)
        {
            yaml.Error(node, $"catalogues must be a list of built-in catalogue ids (or [] for none); found {YamlReading.Describe(node)}");
            return;
        }
        foreach (var item in list)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } id } scalar && !YamlReading.IsNull(scalar))
                part.CatalogueSelection.Add((id, yaml.At(item)));
            else
                yaml.Error(item, $"each item of catalogues must be a catalogue id; found {YamlReading.Describe(item)}");
        }
    }

    /// <summary>The entry's id; an error at the entry when it is missing or empty.</summary>
    /// <summary>The entry's statement; a missing one is an error at the entry (a malformed one was reported by <c>Text</c>).</summary>
    string? RequiredStatement(YamlMappingNode map, Dictionary<string, (YamlNode Key, YamlNode Value)> e, string label, string expected)
    {
        var statement = e.TryGetValue("statement", out var st) ? yaml.Text(st.Value, $"statement of {label}") : null;
        if (statement is null && (!e.ContainsKey("statement") || st.Value is YamlScalarNode))
            yaml.Error(map, $"{label} has no statement; expected {expected}");
        return statement;
    }

    string? RequiredId(YamlMappingNode map, Dictionary<string, (YamlNode Key, YamlNode Value)> e, string what, string example)
    {
        var id = e.TryGetValue("id", out var idNode) ? yaml.Text(idNode.Value, $"id of {what}") : null;
        if (id is null && (!e.ContainsKey("id") || idNode.Value is YamlScalarNode))
            yaml.Error(map, $"{what} has no id; expected a unique id such as id: {example}");
        return string.IsNullOrWhiteSpace(id) ? null : id;
    }

    [GeneratedRegex(@"^NL5\d{3}$")]
    private static partial Regex DiagnosticIdPattern();
}
