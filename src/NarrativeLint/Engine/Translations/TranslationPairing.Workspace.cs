using NarrativeLint.Analyzers;

namespace NarrativeLint.Engine.Translations;

// The workspace's side of pairing in the editor, prepared once while the workspace holds the same documents, so a
// keystroke pairs its buffer against it instead of describing, indexing and grouping every document again.
static partial class TranslationPairing
{
    /// <summary>
    /// The workspace's members, their positions by path, the joins among them by key and by declaration, the first
    /// member of each key (which a buffer with that key joins), and the pages of each language folder. Positions count
    /// after the run's own documents, which come first (<paramref name="ahead"/>): a declared reference may name one of them.
    /// </summary>
    sealed class WorkspaceMembers
    {
        readonly Dictionary<string, int> _ahead;
        readonly Dictionary<string, int> _firstByTranslationKey;
        readonly Dictionary<string, int> _firstByPathKey;
        readonly Anchors?[] _anchors;

        public WorkspaceMembers(List<Member> members, Dictionary<string, int> ahead)
        {
            Members = members;
            _ahead = ahead;
            var positions = new Dictionary<string, int>(members.Count, StringComparer.Ordinal);
            for (int j = 0; j < members.Count; j++) positions.Add(members[j].Document.Path, j);
            Index = new PathIndex(ahead, positions);
            _firstByTranslationKey = Keyed(m => m.TranslationKey, TranslationEvidence.FrontMatter);
            _firstByPathKey = Keyed(m => m.PathKey, TranslationEvidence.PathConvention);
            var folders = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int j = 0; j < members.Count; j++)
            {
                JoinDeclared(members[j], ahead.Count + j, Index, (a, b, how) => Joins.Add((a, b, how)), (at, source) => DeclaredSources.Add((at, source)));
                if (FolderOf(members[j]) is { } folder) (folders.TryGetValue(folder, out var pages) ? pages : folders[folder] = []).Add(j);
            }
            Folders = folders;
            _anchors = new Anchors?[members.Count];

            // A key's members joined to its first one, as JoinByKey does; the first is what a buffer with the key joins.
            Dictionary<string, int> Keyed(Func<Member, string?> keyOf, TranslationEvidence how)
            {
                var first = new Dictionary<string, int>(StringComparer.Ordinal);
                for (int j = 0; j < members.Count; j++)
                {
                    if (keyOf(members[j]) is not { } key || string.IsNullOrWhiteSpace(key)) continue;
                    if (first.TryGetValue(key, out var at)) Joins.Add((at, ahead.Count + j, how));
                    else first[key] = ahead.Count + j;
                }
                return first;
            }
        }

        public List<Member> Members { get; }

        /// <summary>Every member's position by path: the run's own first, then the workspace's.</summary>
        public PathIndex Index { get; }

        public List<(int A, int B, TranslationEvidence How)> Joins { get; } = [];

        /// <summary>The source each member's front matter names, by position.</summary>
        public List<(int At, int Source)> DeclaredSources { get; } = [];

        /// <summary>Language folders (a path key with <c>*</c>, its folder) and the positions among the workspace's members of their pages.</summary>
        public IReadOnlyDictionary<string, List<int>> Folders { get; }

        /// <summary>Whether this was prepared for the run's own documents at these positions.</summary>
        public bool HasAhead(Dictionary<string, int> ahead) =>
            ahead.Count == _ahead.Count && ahead.All(kv => _ahead.TryGetValue(kv.Key, out var at) && at == kv.Value);

        public int? FirstWithTranslationKey(string? key) => key is not null && _firstByTranslationKey.TryGetValue(key, out var at) ? at : null;

        public int? FirstWithPathKey(string? key) => key is not null && _firstByPathKey.TryGetValue(key, out var at) ? at : null;

        /// <summary>The anchors of the member at a position among the workspace's, derived the first time they are asked for.</summary>
        public Anchors AnchorsAt(int position, Func<AnalyzedDocument, Anchors> anchorsOf) => _anchors[position] ??= anchorsOf(Members[position].Document);
    }

    /// <summary>Members' positions by path: the run's own documents, then the workspace's after them, in member order.</summary>
    sealed class PathIndex(Dictionary<string, int> own, Dictionary<string, int> workspace)
    {
        public int? Of(string path) => own.TryGetValue(path, out var at) ? at : workspace.TryGetValue(path, out var position) ? own.Count + position : null;

        public IEnumerable<(string Path, int At)> InOrder =>
            own.Select(kv => (kv.Key, kv.Value)).Concat(workspace.Select(kv => (kv.Key, own.Count + kv.Value)));
    }

    /// <summary>The language folder a member's page sits in (its path key's folder, the language taken out), if it has a language and its path one.</summary>
    static string? FolderOf(Member member) =>
        member.PathKey is { } key && key.Contains('*') && member.Language.Length > 0 ? Path.GetDirectoryName(key) ?? "" : null;
}
