using System.Collections.Immutable;
using System.Text.RegularExpressions;
using NarrativeLint.Analyzers;
using NarrativeLint.Channels.Shared.Html;
using NarrativeLint.Text;

namespace NarrativeLint.Engine.Translations;

/// <summary>
/// Finds which documents of a run are translations of each other, strongest evidence first: front matter
/// (<c>translationKey</c>, <c>translation_of</c>, <c>source</c>), HTML <c>&lt;link rel="alternate" hreflang&gt;</c>, path
/// conventions (Hugo <c>content/&lt;lang&gt;/…</c>, Docusaurus <c>i18n/&lt;lang&gt;/…</c>, <c>.it.md</c> suffixes, sibling
/// language folders), then shared anchors for documents nothing declares. Every step hashes documents into
/// groups, so the work grows with the documents, never with their pairs.
/// </summary>
static partial class TranslationPairing
{
    /// <summary>Language folders other than the packs' and the registry's that sibling-folder pairing recognises (ISO 639-1 codes of widely published languages).</summary>
    static readonly ImmutableHashSet<string> CommonLanguages = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
        "en", "it", "ro", "fr", "de", "es", "pt", "nl", "pl", "cs", "sk", "hu", "sv", "da", "nb", "no", "fi", "et", "lv", "lt", "el", "bg",
        "hr", "sl", "sr", "uk", "ru", "tr", "ar", "he", "fa", "hi", "bn", "ja", "ko", "zh", "vi", "th", "id", "ms");

    [GeneratedRegex(@"^(?<base>[a-z]{2,3})([-_][a-z0-9]{2,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex LanguageCode();

    [GeneratedRegex(@"\.(?<lang>[a-z]{2,3}([-_][a-z0-9]{2,4})?)(?<ext>\.[a-z0-9]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex LanguageSuffix();

    /// <summary>Whether a path segment or suffix names a language this run knows of.</summary>
    public static bool IsLanguage(string code, IReadOnlySet<string> known) =>
        LanguageCode().Match(code) is { Success: true } match && known.Contains(match.Groups["base"].Value);

    /// <summary>The languages a path segment may name: the common ones, the packs' and the registry's.</summary>
    public static ImmutableHashSet<string> KnownLanguages(IEnumerable<string> packs, IEnumerable<string> registry) =>
        CommonLanguages.Union(packs).Union(registry);

    /// <summary>A document's language for pairing: the path's language folder or suffix (true even for a language without a pack), else the declared one, else the run's.</summary>
    /// <remarks>What its front matter declares is read with it: pairing a workspace per keystroke does not walk every document's properties.</remarks>
    sealed record Member(AnalyzedDocument Document, string Language, string? PathKey, string? TranslationKey, string? NamedSource, ImmutableArray<string> Alternates);

    /// <param name="translationsAmong">Only pairs whose translation is at one of these paths (the editor's buffers); null: every pair.</param>
    /// <param name="derivations">Where what pairing reads from one document alone (its path key, its anchors) is kept between runs, as the editor's workspace is.</param>
    public static ImmutableArray<TranslationPair> Find(
        ImmutableArray<AnalyzedDocument> documents, string? defaultLanguage, ImmutableArray<string> registryLanguages, IReadOnlySet<string> known,
        Func<AnalyzedDocument, ImmutableArray<TranslationBlock>> blocks, IReadOnlySet<string>? translationsAmong = null, DocumentDerivations? derivations = null)
    {
        T Derived<T>(AnalyzedDocument document, string key, Func<AnalyzedDocument, T> derive) where T : notnull =>
            derivations is null ? derive(document) : derivations.GetOrAdd(document, key, derive);
        var members = documents.Where(d => d.Content.Problems.IsEmpty || d.SentenceCount > 0).Select(d => Derived(d, "translation-member", d => Describe(d, known))).ToList();
        var groups = new UnionFind(members.Count);
        var evidence = new TranslationEvidence?[members.Count];
        var declaredSource = new int?[members.Count];
        var index = members.Select((m, i) => (m, i)).ToDictionary(x => x.m.Document.Path, x => x.i, StringComparer.Ordinal);

        void Join(int a, int b, TranslationEvidence how)
        {
            groups.Union(a, b);
            foreach (var i in new[] { a, b })
                if (evidence[i] is null || how < evidence[i]) evidence[i] = how;
        }

        // Front matter: a shared translationKey joins a group; translation_of / source names the source itself.
        JoinByKey(members.Select((m, i) => (Key: m.TranslationKey, i)), TranslationEvidence.FrontMatter, Join);
        for (int i = 0; i < members.Count; i++)
        {
            if (members[i].NamedSource is { } named && Resolve(named, members[i].Document.Path, index) is { } source && source != i)
            {
                Join(i, source, TranslationEvidence.FrontMatter);
                declaredSource[i] = source;
            }
            foreach (var href in members[i].Alternates)
                if (Resolve(href, members[i].Document.Path, index) is { } other && other != i)
                    Join(i, other, TranslationEvidence.AlternateLink);
        }
        JoinByKey(members.Select((m, i) => (Key: m.PathKey, i)), TranslationEvidence.PathConvention, Join);
        JoinBySimilarity(members, evidence, document => Derived(document, "translation-anchors", d => AnchorsOf(blocks(d))), Join);
        JoinByFolder(members, evidence, blocks, Join);

        var pairs = ImmutableArray.CreateBuilder<TranslationPair>();
        foreach (var group in Enumerable.Range(0, members.Count).Where(i => evidence[i] is not null).GroupBy(groups.Find))
        {
            var candidates = group.Select(i => members[i]).ToList();
            if (candidates.Select(m => m.Language).Distinct(StringComparer.OrdinalIgnoreCase).Count() < 2) continue;
            var sourceAt = group.Select(i => declaredSource[i]).FirstOrDefault(s => s is not null);
            var source = sourceAt is { } declared ? members[declared] : SourceOf(candidates, defaultLanguage, registryLanguages);
            foreach (var i in group)
            {
                var member = members[i];
                if (ReferenceEquals(member, source) || string.Equals(member.Language, source.Language, StringComparison.OrdinalIgnoreCase)) continue;
                if (translationsAmong is not null && !translationsAmong.Contains(member.Document.Path)) continue;
                var alignment = BlockAlignment.Align(blocks(source.Document), blocks(member.Document));
                pairs.Add(new TranslationPair(source.Document, member.Document, source.Language, member.Language, evidence[i]!.Value, alignment));
            }
        }
        return pairs.OrderBy(p => p.Translation.Path, StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>The source of a group: the configured default language's document, else the registry's first language present, else the newest.</summary>
    static Member SourceOf(List<Member> group, string? defaultLanguage, ImmutableArray<string> registryLanguages)
    {
        foreach (var language in (defaultLanguage is null ? registryLanguages : registryLanguages.Insert(0, defaultLanguage)))
            if (group.FirstOrDefault(m => m.Language.Equals(language, StringComparison.OrdinalIgnoreCase)) is { } found) return found;
        return group.OrderByDescending(m => m.Document.Content.Metadata.Date ?? DateOnly.MinValue).ThenBy(m => m.Document.Path, StringComparer.Ordinal).First();
    }

    static Member Describe(AnalyzedDocument document, IReadOnlySet<string> known)
    {
        var metadata = document.Content.Metadata;
        var declared = metadata.Properties.GetValueOrDefault("lang") ?? metadata.Properties.GetValueOrDefault("language") ?? metadata.Properties.GetValueOrDefault("locale");
        var (key, pathLanguage) = PathKey(document.Path, known);
        var language = pathLanguage ?? declared ?? metadata.Language ?? "";
        var cut = language.IndexOfAny(['-', '_']);
        var properties = metadata.Properties;
        return new Member(document, (cut > 0 ? language[..cut] : language).ToLowerInvariant(), key, properties.GetValueOrDefault("translationKey"),
            properties.GetValueOrDefault("translation_of") ?? properties.GetValueOrDefault("translationOf") ?? properties.GetValueOrDefault("source"),
            [.. properties.Where(p => p.Key.StartsWith(HtmlProse.AlternatePrefix, StringComparison.OrdinalIgnoreCase)).Select(p => p.Value)]);
    }

    /// <summary>
    /// The path with its language taken out, and that language: <c>content/it/docs/a.md</c> → <c>content/*/docs/a.md</c>;
    /// <c>i18n/it/docusaurus-plugin-content-docs/current/a.md</c> → <c>docs/a.md</c>; <c>about.it.md</c> → <c>about.md</c>;
    /// <c>press/it/launch.md</c> → <c>press/*/launch.md</c>; <c>text/it/faq.it.txt</c> → <c>text/*/faq.txt</c>. A path with no language gives itself, which its translations' keys may meet.
    /// </summary>
    public static (string Key, string? Language) PathKey(string path, IReadOnlySet<string> known)
    {
        var parts = path.Split('/');
        var suffix = LanguageSuffix().Match(parts[^1]);
        if (suffix.Success && IsLanguage(suffix.Groups["lang"].Value, known))
        {
            parts[^1] = parts[^1][..suffix.Index] + suffix.Groups["ext"].Value;
            // A suffix inside a language folder too (text/it/listing.it.txt beside text/en/listing.txt): the folder goes as well.
            return (PathKey(string.Join('/', parts), known).Key, suffix.Groups["lang"].Value);
        }
        for (int i = 0; i < parts.Length - 1; i++)
        {
            if (parts[i] == "i18n" && i + 1 < parts.Length - 1 && IsLanguage(parts[i + 1], known))
            {
                // Docusaurus keeps a translation of docs/x.md at i18n/<lang>/docusaurus-plugin-content-docs/current/x.md.
                var rest = parts[(i + 2)..];
                var start = rest.Length > 2 && rest[0].StartsWith("docusaurus-plugin-content-", StringComparison.Ordinal) ? 2 : 0;
                var area = start == 2 ? rest[0]["docusaurus-plugin-content-".Length..] : "";
                return (string.Join('/', parts[..i].Concat(area.Length > 0 ? [area] : []).Concat(rest[start..])), parts[i + 1]);
            }
            if (IsLanguage(parts[i], known))
            {
                var language = parts[i];
                parts[i] = "*";
                return (string.Join('/', parts), language);
            }
        }
        return (path, null);
    }

    static void JoinByKey(IEnumerable<(string? Key, int Index)> keyed, TranslationEvidence how, Action<int, int, TranslationEvidence> join)
    {
        foreach (var group in keyed.Where(k => !string.IsNullOrWhiteSpace(k.Key)).GroupBy(k => k.Key!, StringComparer.Ordinal))
        {
            var first = group.First().Index;
            foreach (var (_, other) in group.Skip(1)) join(first, other, how);
        }
    }

    /// <summary>Shared anchors this many or more, over the two documents' together (Jaccard), make two undeclared documents in different languages a pair.</summary>
    const double SimilarAnchors = 0.5;

    /// <summary>Shared anchors other than numbers (links, code spans, names) two undeclared documents need to be a pair.</summary>
    const int FewestWordAnchors = 3;

    /// <summary>Documents with fewer anchors than this say too little that is language-independent to be paired by content.</summary>
    const int FewestAnchors = 6;

    /// <summary>A document's anchors, with their MinHash buckets when there are enough of them to pair it by content.</summary>
    sealed record Anchors(HashSet<string> Set, (int Band, ulong Hash)[]? Bands);

    static Anchors AnchorsOf(ImmutableArray<TranslationBlock> blocks)
    {
        var set = blocks.SelectMany(b => b.Anchors).ToHashSet(StringComparer.Ordinal);
        return new Anchors(set, set.Count >= FewestAnchors ? [.. MinHash.BandsOf(set)] : null);
    }

    /// <summary>
    /// Documents no declaration or path pairs, paired by what translation keeps: their anchors (numbers, link
    /// targets, code spans, names). A MinHash signature banded into buckets proposes candidates in one pass;
    /// only documents sharing a bucket are compared, and only across languages.
    /// </summary>
    static void JoinBySimilarity(List<Member> members, TranslationEvidence?[] evidence, Func<AnalyzedDocument, Anchors> anchorsOf,
        Action<int, int, TranslationEvidence> join)
    {
        var anchors = new Anchors?[members.Count];
        for (int i = 0; i < members.Count; i++)
            if (evidence[i] is null) anchors[i] = anchorsOf(members[i].Document);
        foreach (var (x, y) in MinHash.CandidatePairs(members.Count, i => anchors[i]?.Bands))
        {
            if (members[x].Language == members[y].Language) continue;
            var (mine, theirs) = (anchors[x]!.Set, anchors[y]!.Set);
            // Numbers alone coincide (years, small counts); a translation also keeps its links, code and names.
            var shared = mine.Where(theirs.Contains).ToList();
            var union = mine.Count + theirs.Count - shared.Count;
            if (shared.Count >= SimilarAnchors * union && shared.Count(a => !a.StartsWith("n:", StringComparison.Ordinal)) >= FewestWordAnchors)
                join(x, y, TranslationEvidence.ContentSimilarity);
        }
    }

    /// <summary>Anchors (numbers included) two pages of sibling language folders must share, over both pages' together, to be one page translated.</summary>
    const double SimilarInFolder = 0.4;

    /// <summary>Sibling language folders with more pages than this are not searched page by page.</summary>
    const int LargestFolder = 200;

    /// <summary>
    /// Pages of sibling language folders whose names were translated too (<c>press/en/launch.md</c>,
    /// <c>press/it/lancio.md</c>), which neither the path nor the whole-run similarity paired: within one folder,
    /// two pages in different languages that are each other's most similar of their languages by anchors, numbers
    /// included, are a pair.
    /// The search is bounded by the folder, never the run.
    /// </summary>
    static void JoinByFolder(List<Member> members, TranslationEvidence?[] evidence, Func<AnalyzedDocument, ImmutableArray<TranslationBlock>> blocks,
        Action<int, int, TranslationEvidence> join)
    {
        var folders = Enumerable.Range(0, members.Count)
            .Where(i => evidence[i] is null && members[i].PathKey is { } key && key.Contains('*') && members[i].Language.Length > 0)
            .GroupBy(i => Path.GetDirectoryName(members[i].PathKey) ?? "", StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var pages = folder.ToList();
            if (pages.Count < 2 || pages.Count > LargestFolder) continue;
            var anchors = pages.ToDictionary(i => i, i => blocks(members[i].Document).SelectMany(b => b.Anchors).ToHashSet(StringComparer.Ordinal));
            // Each other's most similar page in the other's language: a source has one translation per language.
            int? Best(int page, string language) => pages.Where(other => members[other].Language == language)
                .Select(other => (other, Similarity: Jaccard(anchors[page], anchors[other])))
                .Where(c => c.Similarity >= SimilarInFolder).OrderByDescending(c => c.Similarity).ThenBy(c => c.other).Select(c => (int?)c.other).FirstOrDefault();
            foreach (var page in pages)
                foreach (var language in pages.Select(p => members[p].Language).Where(l => l != members[page].Language).Distinct())
                    if (Best(page, language) is { } other && page < other && Best(other, members[page].Language) == page)
                        join(page, other, TranslationEvidence.ContentSimilarity);
        }

        static double Jaccard(HashSet<string> a, HashSet<string> b)
        {
            var shared = a.Count(b.Contains);
            return shared < FewestWordAnchors ? 0 : (double)shared / (a.Count + b.Count - shared);
        }
    }

    /// <summary>The document a declared reference (a path, relative or from the root, or a URL) names, by the longest path suffix it shares.</summary>
    static int? Resolve(string reference, string from, Dictionary<string, int> index)
    {
        var target = reference.Trim();
        if (Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") target = uri.AbsolutePath;
        target = target.Split('#', '?')[0].Trim('/');
        if (target.Length == 0) return null;
        if (target.StartsWith("./", StringComparison.Ordinal) || target.StartsWith("../", StringComparison.Ordinal))
        {
            var folder = Path.GetDirectoryName(from)?.Replace('\\', '/') ?? "";
            target = Path.GetRelativePath(".", Path.Combine(folder, target)).Replace('\\', '/');
        }
        if (index.TryGetValue(target, out var exact)) return exact;
        var withoutExtension = Path.ChangeExtension(target, null);
        foreach (var (path, i) in index)
        {
            var candidate = Path.ChangeExtension(path, null);
            if (candidate.EndsWith("/" + withoutExtension, StringComparison.Ordinal) || candidate == withoutExtension
                || candidate.EndsWith("/" + withoutExtension + "/index", StringComparison.Ordinal) || candidate.EndsWith("/" + withoutExtension + "/_index", StringComparison.Ordinal))
                return i;
        }
        return null;
    }

    sealed class UnionFind(int count)
    {
        readonly int[] _parent = Enumerable.Range(0, count).ToArray();

        public int Find(int x)
        {
            while (_parent[x] != x) x = _parent[x] = _parent[_parent[x]];
            return x;
        }

        public void Union(int a, int b)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra != rb) _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
