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
    public static bool IsLanguage(string code, IReadOnlySet<string> known)
    {
        // Every part of every path and link is asked: ASCII is read without the regex (and its Match), anything else with it.
        if (!code.AsSpan().ContainsAnyExceptInRange(' ', '~') && code.Length > 0)
            return AsciiLanguageBase(code) is { } length && known.Contains(code[..length]);
        return LanguageCode().Match(code) is { Success: true } match && known.Contains(match.Groups["base"].Value);
    }

    /// <summary>For a printable ASCII code, what <see cref="LanguageCode"/> matches: the length of its base, or null when it is no code.</summary>
    static int? AsciiLanguageBase(string code)
    {
        int letters = 0;
        while (letters < code.Length && letters < 4 && char.IsAsciiLetter(code[letters])) letters++;
        if (letters is < 2 or > 3) return null;
        if (letters == code.Length) return letters;
        if (code[letters] is not ('-' or '_')) return null;
        var rest = code.AsSpan(letters + 1);
        return rest.Length is >= 2 and <= 4 && !rest.ContainsAnyExcept(AsciiLettersAndDigits) ? letters : null;
    }

    static readonly System.Buffers.SearchValues<char> AsciiLettersAndDigits = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    /// <summary>The languages a path segment may name: the common ones, the packs' and the registry's.</summary>
    public static ImmutableHashSet<string> KnownLanguages(IEnumerable<string> packs, IEnumerable<string> registry) =>
        CommonLanguages.Union(packs).Union(registry);

    static readonly IReadOnlySet<string> EmptyLanguages = new HashSet<string>();

    /// <summary>A document's language for pairing: the path's language folder or suffix (true even for a language without a pack), else the declared one, else the run's.</summary>
    /// <remarks>What its front matter declares is read with it: pairing a workspace per keystroke does not walk every document's properties.</remarks>
    /// <param name="CapitalsAreNames">
    /// Whether a capital inside the document's sentences marks a name; in German every noun has one, so its capitalised
    /// words are names only where the other document has them too.
    /// </param>
    sealed record Member(AnalyzedDocument Document, string Language, string? PathKey, string? TranslationKey, string? NamedSource, ImmutableArray<string> Alternates,
        bool CapitalsAreNames);

    /// <param name="translationsAmong">Only pairs whose translation is at one of these paths (the editor's buffers); null: every pair.</param>
    /// <param name="derivations">Where what pairing reads from one document alone (its path key, its anchors) is kept between runs, as the editor's workspace is.</param>
    /// <param name="memo">
    /// Where, with <paramref name="translationsAmong"/>, what pairing prepares from the other documents is kept while
    /// they are the same documents (see <see cref="WorkspaceMemo"/>): a keystroke pairs only its buffers against it.
    /// </param>
    /// <param name="capitalisedNouns">Languages that write every noun with a capital (German), so a capital marks no name in them.</param>
    /// <param name="changing">Paths of documents that change often (the editor's other open buffers), which come right after the run's own and are paired as they are, not prepared.</param>
    public static ImmutableArray<TranslationPair> Find(
        ImmutableArray<AnalyzedDocument> documents, string? defaultLanguage, ImmutableArray<string> registryLanguages, IReadOnlySet<string> known,
        Func<AnalyzedDocument, ImmutableArray<TranslationBlock>> blocks, IReadOnlySet<string>? translationsAmong = null, DocumentDerivations? derivations = null,
        WorkspaceMemo? memo = null, IReadOnlySet<string>? changing = null, HashSet<string>? translated = null, IReadOnlySet<string>? capitalisedNouns = null)
    {
        T Derived<T>(AnalyzedDocument document, string key, Func<AnalyzedDocument, T> derive) where T : notnull =>
            derivations is null ? derive(document) : derivations.GetOrAdd(document, key, derive);
        Member Described(AnalyzedDocument document) => Derived(document, "translation-member", d => Describe(d, known, capitalisedNouns ?? EmptyLanguages));
        Anchors AnchorsOfDocument(AnalyzedDocument document) => Derived(document, AnchorsKey, d => AnchorsOf(blocks(d)));

        // In the editor the run's own documents (its buffer) and the often changing ones (its other open buffers) come
        // first, the workspace after them; the workspace's side of pairing is prepared once while it holds the same
        // documents. A CLI run has no workspace: every document is its own.
        var own = translationsAmong is null ? documents.Length
            : documents.TakeWhile(d => translationsAmong.Contains(d.Path) || changing?.Contains(d.Path) == true).Count();
        var mine = documents.Take(own).Where(IsPairable).Select(Described).ToList();
        var ahead = mine.Select((m, i) => (m.Document.Path, i)).ToDictionary(x => x.Path, x => x.i, StringComparer.Ordinal);
        WorkspaceMembers Prepare(IReadOnlyList<AnalyzedDocument> rest) => new([.. rest.Where(IsPairable).Select(Described)], ahead);
        var editor = translationsAmong is null ? null : memo;
        IReadOnlyList<AnalyzedDocument> rest = documents[own..];
        var workspace = editor is null ? Prepare(rest) : editor.GetOrAdd("translation-workspace", rest, Prepare, w => w.HasAhead(ahead));

        int k = mine.Count, n = k + workspace.Members.Count;
        Member At(int i) => i < k ? mine[i] : workspace.Members[i - k];
        Anchors AnchorsAt(int i) => i < k ? AnchorsOfDocument(mine[i].Document) : workspace.AnchorsAt(i - k, AnchorsOfDocument);
        var groups = new UnionFind(n);
        var evidence = new TranslationEvidence?[n];
        var declaredSource = new int?[n];

        void Join(int a, int b, TranslationEvidence how)
        {
            groups.Union(a, b);
            foreach (var i in new[] { a, b })
                if (evidence[i] is null || how < evidence[i]) evidence[i] = how;
        }

        foreach (var (a, b, how) in workspace.Joins) Join(a, b, how);
        foreach (var (i, source) in workspace.DeclaredSources) declaredSource[i] = source;
        // Front matter: a shared translationKey joins a group; translation_of / source names the source itself. Then path conventions.
        JoinByKey(mine.Select((m, i) => (Key: m.TranslationKey, i)), TranslationEvidence.FrontMatter, Join);
        JoinByKey(mine.Select((m, i) => (Key: m.PathKey, i)), TranslationEvidence.PathConvention, Join);
        for (int i = 0; i < k; i++)
        {
            if (workspace.FirstWithTranslationKey(mine[i].TranslationKey) is { } sameKey) Join(i, sameKey, TranslationEvidence.FrontMatter);
            if (workspace.FirstWithPathKey(mine[i].PathKey) is { } samePath) Join(i, samePath, TranslationEvidence.PathConvention);
            JoinDeclared(mine[i], i, workspace.Index, Join, (at, source) => declaredSource[at] = source);
        }
        JoinBySimilarity(n, At, evidence, AnchorsAt, i => i < k, editor, workspace.Index, Join);
        JoinByFolder(n, k, At, evidence, AnchorsAt, workspace, editor, Join);

        // Every document that translates another, the workspace's too (in the editor their pairs are not aligned): a rule
        // that leaves translations to NL2002 leaves out the same documents whichever buffer is open.
        if (translated is not null && translationsAmong is not null)
            foreach (var group in Enumerable.Range(0, n).Where(i => evidence[i] is not null).GroupBy(groups.Find))
            {
                var members = group.Select(At).ToList();
                if (members.Select(m => m.Language).Distinct(StringComparer.OrdinalIgnoreCase).Count() < 2) continue;
                var source = group.Select(i => declaredSource[i]).FirstOrDefault(d => d is not null) is { } declared ? At(declared) : SourceOf(members, defaultLanguage, registryLanguages);
                foreach (var member in members)
                    if (!string.Equals(member.Language, source.Language, StringComparison.OrdinalIgnoreCase)) translated.Add(member.Document.Path);
            }

        // Only groups holding one of the run's own documents can bring a pair (in a CLI run, every group).
        var byRoot = new Dictionary<int, List<int>>();
        for (int i = 0; i < k; i++)
            if (evidence[i] is not null) byRoot.TryAdd(groups.Find(i), []);
        for (int i = 0; i < n; i++)
            if (evidence[i] is not null && byRoot.TryGetValue(groups.Find(i), out var members)) members.Add(i);
        var pairs = ImmutableArray.CreateBuilder<TranslationPair>();
        foreach (var group in byRoot.Values)
        {
            var candidates = group.Select(At).ToList();
            if (candidates.Select(m => m.Language).Distinct(StringComparer.OrdinalIgnoreCase).Count() < 2) continue;
            var sourceAt = group.Select(i => declaredSource[i]).FirstOrDefault(s => s is not null);
            var source = sourceAt is { } declared ? At(declared) : SourceOf(candidates, defaultLanguage, registryLanguages);
            foreach (var i in group)
            {
                var member = At(i);
                if (ReferenceEquals(member, source) || string.Equals(member.Language, source.Language, StringComparison.OrdinalIgnoreCase)) continue;
                if (translationsAmong is not null && !translationsAmong.Contains(member.Document.Path)) continue;
                if (translationsAmong is null) translated?.Add(member.Document.Path);
                var (sourceDocument, translation) = (source.Document, member.Document);
                var alignment = new Lazy<ImmutableArray<AlignedBlocks>>(() => BlockAlignment.Align(blocks(sourceDocument), blocks(translation)));
                pairs.Add(new TranslationPair(sourceDocument, translation, source.Language, member.Language, evidence[i]!.Value, alignment));
            }
        }
        return pairs.OrderBy(p => p.Translation.Path, StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>A document that failed to be read and kept no sentence takes no part in pairing.</summary>
    static bool IsPairable(AnalyzedDocument document) => document.Content.Problems.IsEmpty || document.SentenceCount > 0;

    /// <summary>A member's declarations: the source its front matter names (a join that also says which is the source), and its alternate links.</summary>
    static void JoinDeclared(Member member, int at, PathIndex index, Action<int, int, TranslationEvidence> join, Action<int, int> declare)
    {
        if (member.NamedSource is { } named && Resolve(named, member.Document.Path, index) is { } source && source != at)
        {
            join(at, source, TranslationEvidence.FrontMatter);
            declare(at, source);
        }
        foreach (var href in member.Alternates)
            if (Resolve(href, member.Document.Path, index) is { } other && other != at)
                join(at, other, TranslationEvidence.AlternateLink);
    }

    /// <summary>The source of a group: the configured default language's document, else the registry's first language present, else the newest.</summary>
    static Member SourceOf(List<Member> group, string? defaultLanguage, ImmutableArray<string> registryLanguages)
    {
        foreach (var language in (defaultLanguage is null ? registryLanguages : registryLanguages.Insert(0, defaultLanguage)))
            if (group.FirstOrDefault(m => m.Language.Equals(language, StringComparison.OrdinalIgnoreCase)) is { } found) return found;
        return group.OrderByDescending(m => m.Document.Content.Metadata.Date ?? DateOnly.MinValue).ThenBy(m => m.Document.Path, StringComparer.Ordinal).First();
    }

    static Member Describe(AnalyzedDocument document, IReadOnlySet<string> known, IReadOnlySet<string> capitalisedNouns)
    {
        var metadata = document.Content.Metadata;
        var declared = metadata.Properties.GetValueOrDefault("lang") ?? metadata.Properties.GetValueOrDefault("language") ?? metadata.Properties.GetValueOrDefault("locale");
        var (key, pathLanguage) = PathKey(document.Path, known);
        var language = pathLanguage ?? declared ?? metadata.Language ?? "";
        var cut = language.IndexOfAny(['-', '_']);
        var code = (cut > 0 ? language[..cut] : language).ToLowerInvariant();
        var properties = metadata.Properties;
        return new Member(document, code, key, properties.GetValueOrDefault("translationKey"),
            properties.GetValueOrDefault("translation_of") ?? properties.GetValueOrDefault("translationOf") ?? properties.GetValueOrDefault("source"),
            [.. properties.Where(p => p.Key.StartsWith(HtmlProse.AlternatePrefix, StringComparison.OrdinalIgnoreCase)).Select(p => p.Value)],
            !capitalisedNouns.Contains(code));
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
    internal sealed record Anchors(HashSet<string> Set, (int Band, ulong Hash)[]? Bands);

    static Anchors AnchorsOf(ImmutableArray<TranslationBlock> blocks) => AnchorsOf(blocks.SelectMany(b => b.Anchors));

    /// <summary>The key a document's anchors are derived under; a cache entry gives them back without its blocks.</summary>
    internal const string AnchorsKey = "translation-anchors";

    /// <summary>A document's anchors from the anchors of its blocks (in any order), as <see cref="AnchorsKey"/> holds them.</summary>
    internal static Anchors AnchorsOf(IEnumerable<string> anchors)
    {
        // What a block's number measures places blocks beside that number, not pages.
        var set = anchors.Where(a => !a.StartsWith(TranslationBlocks.UnitAnchor, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        return new Anchors(set, set.Count >= FewestAnchors ? [.. MinHash.BandsOf(set)] : null);
    }

    /// <summary>
    /// Documents no declaration or path pairs, paired by what translation keeps: their anchors (numbers, link
    /// targets, code spans, names). A MinHash signature banded into buckets proposes candidates in one pass;
    /// only documents sharing a bucket are compared, and only across languages. With a memo, the documents not
    /// <paramref name="involved"/> (the editor's workspace) are bucketed and paired among themselves once while they
    /// stay the same; each run pairs the involved ones (its buffers) among themselves and against those buckets.
    /// </summary>
    static void JoinBySimilarity(int count, Func<int, Member> member, TranslationEvidence?[] evidence, Func<int, Anchors> anchorsAt,
        Func<int, bool> involved, WorkspaceMemo? memo, PathIndex index, Action<int, int, TranslationEvidence> join)
    {
        var anchors = new Anchors?[count];
        for (int i = 0; i < count; i++)
            if (evidence[i] is null) anchors[i] = anchorsAt(i);
        bool Similar(int x, int y) => member(x).Language != member(y).Language && SharesAnchors(member(x), anchors[x]!.Set, member(y), anchors[y]!.Set);
        if (memo is null)
        {
            foreach (var (x, y) in MinHash.CandidatePairs(count, i => anchors[i]?.Bands))
                if (Similar(x, y)) join(x, y, TranslationEvidence.ContentSimilarity);
            return;
        }
        int At(AnalyzedDocument document) => index.Of(document.Path)!.Value;
        var others = Enumerable.Range(0, count).Where(i => anchors[i]?.Bands is not null && !involved(i)).Select(i => member(i).Document).ToList();
        var workspace = memo.GetOrAdd("translation-similarity", others, documents => new SimilarityIndex(documents, d => anchors[At(d)]!.Bands!,
            (x, y) => Similar(At(x), At(y))));
        foreach (var (x, y) in workspace.Pairs) join(At(x), At(y), TranslationEvidence.ContentSimilarity);
        var mine = Enumerable.Range(0, count).Where(i => anchors[i]?.Bands is not null && involved(i)).ToList();
        foreach (var (x, y) in MinHash.CandidatePairs(mine.Count, i => anchors[mine[i]]!.Bands))
            if (Similar(mine[x], mine[y])) join(mine[x], mine[y], TranslationEvidence.ContentSimilarity);
        foreach (var x in mine)
            foreach (var other in workspace.Candidates(anchors[x]!.Bands!))
                if (Similar(x, At(other))) join(x, At(other), TranslationEvidence.ContentSimilarity);
    }

    /// <summary>Numbers alone coincide (years, small counts); a translation also keeps its links, code and names.</summary>
    static bool SharesAnchors(Member me, HashSet<string> mine, Member them, HashSet<string> theirs)
    {
        var shared = mine.Where(theirs.Contains).ToList();
        var union = Union(me, mine, them, theirs, shared.Count);
        return shared.Count >= SimilarAnchors * union && shared.Count(a => !a.StartsWith("n:", StringComparison.Ordinal)) >= FewestWordAnchors;
    }

    /// <summary>
    /// How many anchors two documents have together, <paramref name="shared"/> of them on both sides; a capitalised word of a
    /// language that capitalises every noun ("Zimmer", "Tag") counts only where the other document has it (a name, "Sirmione").
    /// </summary>
    static int Union(Member me, HashSet<string> mine, Member them, HashSet<string> theirs, int shared)
    {
        static int OwnCapitals(Member member, HashSet<string> set, HashSet<string> other) =>
            member.CapitalsAreNames ? 0 : set.Count(a => a.StartsWith(CapitalisedNames.Prefix, StringComparison.Ordinal) && !other.Contains(a));
        return mine.Count + theirs.Count - shared - OwnCapitals(me, mine, theirs) - OwnCapitals(them, theirs, mine);
    }

    /// <summary>The workspace's documents by MinHash bucket of their anchors, and the pairs among them that are similar enough.</summary>
    sealed class SimilarityIndex
    {
        readonly Dictionary<(int Band, ulong Hash), List<AnalyzedDocument>> _buckets = [];

        public SimilarityIndex(IReadOnlyList<AnalyzedDocument> documents, Func<AnalyzedDocument, (int Band, ulong Hash)[]> bands, Func<AnalyzedDocument, AnalyzedDocument, bool> similar)
        {
            foreach (var document in documents)
                foreach (var bucket in bands(document))
                    (_buckets.TryGetValue(bucket, out var list) ? list : _buckets[bucket] = []).Add(document);
            Pairs = [.. MinHash.CandidatePairs(documents.Count, i => bands(documents[i])).Where(p => similar(documents[p.First], documents[p.Second]))
                .Select(p => (documents[p.First], documents[p.Second]))];
        }

        public List<(AnalyzedDocument, AnalyzedDocument)> Pairs { get; }

        /// <summary>The documents sharing a bucket with these bands, each once.</summary>
        public IEnumerable<AnalyzedDocument> Candidates((int Band, ulong Hash)[] bands) =>
            bands.SelectMany(b => _buckets.GetValueOrDefault(b) ?? []).Distinct<AnalyzedDocument>(ReferenceEqualityComparer.Instance);
    }

    /// <summary>Anchors (numbers included) two pages of sibling language folders must share, over both pages' together, to be one page translated.</summary>
    const double SimilarInFolder = 0.4;

    /// <summary>Sibling language folders with more pages than this are not searched page by page.</summary>
    const int LargestFolder = 200;

    /// <summary>
    /// Pages of sibling language folders whose names were translated too (<c>press/en/launch.md</c>,
    /// <c>press/it/lancio.md</c>), which neither the path nor the whole-run similarity paired: within one folder,
    /// two pages in different languages that are each other's most similar of their languages by anchors, numbers
    /// included, are a pair. The search is bounded by the folder, never the run; with a memo, a folder whose pages are
    /// the same documents as before is not searched again (in the editor, every folder but the buffer's).
    /// </summary>
    static void JoinByFolder(int count, int own, Func<int, Member> member, TranslationEvidence?[] evidence, Func<int, Anchors> anchorsAt,
        WorkspaceMembers workspace, WorkspaceMemo? memo, Action<int, int, TranslationEvidence> join)
    {
        var mine = Enumerable.Range(0, own).Where(i => evidence[i] is null && FolderOf(member(i)) is not null)
            .GroupBy(i => FolderOf(member(i))!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var (folder, positions) in workspace.Folders)
        {
            var pages = mine.Remove(folder, out var owned) ? owned : [];
            pages.AddRange(positions.Select(j => own + j).Where(i => evidence[i] is null));
            Search(folder, pages);
        }
        foreach (var (folder, pages) in mine) Search(folder, pages);

        void Search(string folder, List<int> pages)
        {
            if (pages.Count < 2 || pages.Count > LargestFolder) return;
            var documents = pages.Select(i => member(i).Document).ToList();
            var languages = pages.Select(i => member(i).Language).ToList();
            var sets = pages.Select(i => anchorsAt(i).Set).ToList();
            var members = pages.Select(member).ToList();
            var joins = memo is null ? FolderPairs(documents) : memo.GetOrAdd("translation-folder:" + folder, documents, FolderPairs);
            foreach (var (page, other) in joins) join(pages[page], pages[other], TranslationEvidence.ContentSimilarity);

            List<(int, int)> FolderPairs(IReadOnlyList<AnalyzedDocument> _)
            {
                // Each other's most similar page in the other's language: a source has one translation per language.
                int? Best(int page, string language) => Enumerable.Range(0, pages.Count).Where(other => languages[other] == language)
                    .Select(other => (other, Similarity: Jaccard(members[page], sets[page], members[other], sets[other])))
                    .Where(c => c.Similarity >= SimilarInFolder).OrderByDescending(c => c.Similarity).ThenBy(c => c.other).Select(c => (int?)c.other).FirstOrDefault();
                var found = new List<(int, int)>();
                for (int page = 0; page < pages.Count; page++)
                    foreach (var language in languages.Where(l => l != languages[page]).Distinct())
                        if (Best(page, language) is { } other && page < other && Best(other, languages[page]) == page) found.Add((page, other));
                return found;
            }
        }

        static double Jaccard(Member me, HashSet<string> a, Member them, HashSet<string> b)
        {
            var shared = a.Count(b.Contains);
            return shared < FewestWordAnchors ? 0 : (double)shared / Union(me, a, them, b, shared);
        }
    }

    /// <summary>The document a declared reference (a path, relative or from the root, or a URL) names, by the longest path suffix it shares.</summary>
    static int? Resolve(string reference, string from, PathIndex index)
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
        if (index.Of(target) is { } exact) return exact;
        var withoutExtension = Path.ChangeExtension(target, null);
        foreach (var (path, i) in index.InOrder)
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
