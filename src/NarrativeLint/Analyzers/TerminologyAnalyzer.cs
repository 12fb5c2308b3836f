// NL4001: an avoided term, with its preferred replacement as the fix.
//
// Terms are matched on the surface text as whole words. Case matters only where it is the whole difference
// ("VeloCell" against "Velocell"); otherwise "Helpdesk" and "helpdesk" are the same avoided word.
//
// A term can be mentioned rather than used: a table cell that also names the preferred form is a record about the
// two words (a style guide's row: "OTel is the accepted short form. Do not use OTEL."), and an avoided form standing
// alone in quotation marks (“Open-Telemetry”) is cited. In running prose both forms in one sentence is still a slip
// ("Velocel gives you the Velocell Hub"), so there only quotation marks make a mention, or a correction: the avoided
// form right after a negation, the preferred one beside it ("it's Curanta, not Curranta").
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Language;
using NarrativeLint.Registry;
using NarrativeLint.Text;

namespace NarrativeLint.Analyzers;

public sealed class TerminologyAnalyzer : NarrativeAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.AvoidedTerm];

    public override void Initialize(NarrativeAnalysisContext context)
    {
        if (context.Registry.Terms.IsEmpty) return;
        var terms = new AvoidedTerms(context.Registry.Terms);
        context.RegisterDocumentAction(ctx => Analyze(ctx, terms));
    }

    static void Analyze(DocumentAnalysisContext ctx, AvoidedTerms terms)
    {
        var content = ctx.Document.Content;
        // One list for the document's segments: most segments have no avoided term, and an iterator per segment is an object each.
        var found = new List<(TextSpan Span, string Preferred)>();
        SentencesBySegment? sentences = null;
        foreach (var segment in content.Segments)
        {
            found.Clear();
            var language = ctx.Session.Packs.Get(content.MetadataOf(segment.Unit).Language);
            terms.Find(segment.Text, language, found);
            foreach (var (span, preferred) in found)
            {
                if (IsMention(segment, span, preferred)) continue;
                sentences ??= new SentencesBySegment(ctx.Document.Sentences);
                if (sentences.At(segment, span.Start) is { } sentence && Corrects(sentence.Sentence, language, segment.Text, span, preferred)) continue;
                var quoted = ctx.Document.Quote(segment, span);
                // "Use '{1}' instead of '{0}'"
                ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.AvoidedTerm, ctx.Document.LocationOf(segment, span),
                    FindingProperties.Of(quoted: quoted, fix: preferred), FindingProperties.OneLine(quoted), preferred));
            }
        }
    }

    static bool IsMention(ProseSegment segment, TextSpan span, string preferred)
    {
        var text = segment.Text;
        bool quoted = span.Start > 0 && span.End < text.Length && text[span.Start - 1] is '"' or '“' or '«' or '„' or '\'' or '‘'
                      && text[span.End] is '"' or '”' or '»' or '“' or '\'' or '’';
        if (quoted) return true;
        return segment.Kind == SegmentKind.TableCell && NamesWholeWord(text, preferred, besides: span, within: new TextSpan(0, text.Length));
    }

    /// <summary>
    /// Whether the sentence corrects the avoided form ("Curanta, not Curranta", "the Care team, not the helpdesk"): a
    /// negation right before it (articles and possessives aside), and the preferred form in the sentence.
    /// </summary>
    static bool Corrects(Sentence sentence, LanguagePack language, string text, TextSpan span, string preferred)
    {
        int first = sentence.TokenAt(span.Start);
        while (first > 0 && language.IsDeterminer(sentence.Tokens[first - 1].Lower)) first--;
        foreach (var cue in sentence.Cues)
            if (cue.Kind == CueKind.Negation && cue.Tokens.End.GetOffset(sentence.Tokens.Length) == first
                && NamesWholeWord(text, preferred, besides: span, within: sentence.Span)) return true;
        return false;
    }

    /// <summary>The analysed sentences of each segment in order, to find the sentence a found term stands in.</summary>
    sealed class SentencesBySegment(ImmutableArray<AnalyzedSentence> sentences)
    {
        // By reference: a segment's value equality would hash its whole text.
        readonly Dictionary<object, List<AnalyzedSentence>> _of = sentences
            .GroupBy(s => s.Segment, ReferenceEqualityComparer.Instance)
            .ToDictionary(g => g.Key!, g => g.OrderBy(s => s.Sentence.Span.Start).ToList(), ReferenceEqualityComparer.Instance);

        /// <summary>The sentence of <paramref name="segment"/> that holds <paramref name="position"/>, if any.</summary>
        public AnalyzedSentence? At(ProseSegment segment, int position)
        {
            if (!_of.TryGetValue(segment, out var list)) return null;
            int low = 0, high = list.Count - 1;
            while (low <= high)
            {
                int mid = (low + high) / 2;
                var span = list[mid].Sentence.Span;
                if (position < span.Start) high = mid - 1;
                else if (position >= span.End) low = mid + 1;
                else return list[mid];
            }
            return null;
        }
    }

    /// <summary>Whether <paramref name="word"/> stands in the text as a whole word inside <paramref name="within"/>, apart from the span <paramref name="besides"/>.</summary>
    static bool NamesWholeWord(string text, string word, TextSpan besides, TextSpan within)
    {
        // Searched only inside the span: a sentence of a long segment is not the whole segment.
        for (int at = text.IndexOf(word, within.Start, within.Length, StringComparison.Ordinal); at >= 0;
             at = at + 1 < within.End ? text.IndexOf(word, at + 1, within.End - at - 1, StringComparison.Ordinal) : -1)
        {
            bool startsWord = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            bool endsWord = at + word.Length == text.Length || !char.IsLetterOrDigit(text[at + word.Length]);
            if (startsWord && endsWord && !besides.OverlapsWith(new TextSpan(at, word.Length))) return true;
        }
        return false;
    }

    /// <summary>
    /// Every avoided variant in one case-folded character trie, so a text is scanned once whatever the size of the
    /// dictionary (a regex alternation of hundreds of terms is many times slower). Whitespace in a term matches any run of it.
    /// </summary>
    internal sealed class AvoidedTerms
    {
        sealed class Node
        {
            public Dictionary<char, Node>? Next;
            public List<(string Avoid, string Preferred, bool CaseMatters)>? Terms;
        }

        readonly Node _root = new();

        /// <summary>For every character, whether an avoided term starts with it (case-folded): one look per character of the text.</summary>
        readonly bool[]? _starts;

        /// <summary>
        /// The terms' first two characters (case-folded, whitespace as one space), one bit per pair hashed into 64K:
        /// most words that start like a term do not go on like one, and a bit tells that without walking the trie.
        /// </summary>
        readonly ulong[] _pairs = new ulong[PairBits / 64];

        /// <summary>For every character, whether it is an avoided term on its own (case-folded): no second character to look at.</summary>
        readonly bool[]? _whole;

        const int PairBits = 1 << 16;

        public AvoidedTerms(ImmutableArray<Term> terms)
        {
            var preferred = new HashSet<string>(terms.Select(t => t.Preferred), StringComparer.OrdinalIgnoreCase);
            foreach (var term in terms)
                foreach (var avoid in term.Avoid.Select(Normalise).Where(a => a.Length > 0))
                {
                    var node = _root;
                    foreach (var c in avoid)
                    {
                        node.Next ??= [];
                        var key = char.ToLowerInvariant(c);
                        if (!node.Next.TryGetValue(key, out var child)) node.Next[key] = child = new Node();
                        node = child;
                    }
                    (node.Terms ??= []).Add((avoid, term.Preferred, preferred.Contains(avoid)));
                    if (avoid.Length > 1) SetPair(char.ToLowerInvariant(avoid[0]), char.ToLowerInvariant(avoid[1]));
                }
            if (_root.Next is not { } first) return;
            _starts = new bool[char.MaxValue + 1];
            _whole = new bool[char.MaxValue + 1];
            for (int c = 0; c <= char.MaxValue; c++)
            {
                _starts[c] = first.TryGetValue(char.ToLowerInvariant((char)c), out var child);
                _whole[c] = child?.Terms is not null;
            }
        }

        static int PairBit(char first, char second) => (first * 40503 + second) & (PairBits - 1);

        void SetPair(char first, char second) => _pairs[PairBit(first, second) >> 6] |= 1UL << PairBit(first, second);

        /// <summary>Whether a term may start at <paramref name="start"/>, judged by its first two characters as <see cref="Longest"/> reads them.</summary>
        internal bool MayStartAt(string text, int start)
        {
            char first = text[start];
            if (_whole is not null && _whole[first]) return true;
            if (start + 1 >= text.Length) return false;
            char second = char.ToLowerInvariant(text[start + 1]);
            if (char.IsWhiteSpace(second)) second = ' ';
            int bit = PairBit(char.ToLowerInvariant(first), second);
            return (_pairs[bit >> 6] & (1UL << bit)) != 0;
        }

        bool Starts(char c) => _starts is null ? _root.Next!.ContainsKey(char.ToLowerInvariant(c)) : _starts[c];

        /// <summary>Adds each avoided term in the text as a whole word, longest first at a position, with its preferred term, to <paramref name="found"/>.</summary>
        public void Find(string text, LanguagePack language, List<(TextSpan Span, string Preferred)> found)
        {
            for (int start = NextWordStart(text, 0); start < text.Length; start = NextWordStart(text, start + 1))
            {
                if (!MayStartAt(text, start) || Longest(text, start, language) is not { } term) continue;
                start = term.Span.End - 1;
                if (!InAddress(text, term.Span)) found.Add(term);
            }
        }

        /// <summary>The first position from <paramref name="from"/> where a word starts with a term's first character; the text's length if none.</summary>
        int NextWordStart(string text, int from)
        {
            for (int start = from; start < text.Length; start++)
                if (Starts(text[start]) && (start == 0 || !IsWordChar(text[start - 1]))) return start;
            return text.Length;
        }

        (TextSpan Span, string Preferred)? Longest(string text, int start, LanguagePack language)
        {
            (TextSpan, string)? best = null;
            var node = _root;
            for (int i = start; i < text.Length;)
            {
                int next = i + 1;
                char key = char.ToLowerInvariant(text[i]);
                if (char.IsWhiteSpace(key))
                {
                    key = ' ';
                    while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
                }
                if (node.Next is null || !node.Next.TryGetValue(key, out node)) break;
                i = next;
                if (node.Terms is null || i < text.Length && IsWordChar(text[i]) && !IsInflection(text, i, language)) continue;
                foreach (var (avoid, preferred, caseMatters) in node.Terms)
                    if (!caseMatters || IsWrittenAs(text, start, i, avoid)) best = (TextSpan.FromBounds(start, i), preferred);
            }
            return best;
        }

        /// <summary>
        /// Whether <c>text[start..end]</c> is <paramref name="avoid"/> as written, each run of whitespace read as one space
        /// (what <see cref="Normalise"/> makes of it): compared in place, as a site names its product thousands of times.
        /// </summary>
        internal static bool IsWrittenAs(string text, int start, int end, string avoid)
        {
            int k = 0;
            for (int i = start; i < end; k++)
            {
                if (k == avoid.Length) return false;
                if (char.IsWhiteSpace(text[i]))
                {
                    if (avoid[k] != ' ') return false;
                    while (i < end && char.IsWhiteSpace(text[i])) i++;
                }
                else if (avoid[k] != text[i++]) return false;
            }
            return k == avoid.Length;
        }

        static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-';

        /// <summary>
        /// Whether the match is part of an address, not a word: a path or repository slug ("open-telemetry/community",
        /// "github.com/open-telemetry"), a domain or a handle; its spelling is the address's, not the writer's.
        /// </summary>
        static bool InAddress(string text, TextSpan span)
        {
            bool before = span.Start > 0 && text[span.Start - 1] is '/' or '@' or '.';
            bool after = span.End + 1 < text.Length && text[span.End] is '/' or '.' && IsWordChar(text[span.End + 1]);
            return before || after;
        }

        /// <summary>A hyphenated ending the language pack lists inflects the term ("SIM-ul", "Hub-ului" in Romanian).</summary>
        static bool IsInflection(string text, int at, LanguagePack language)
        {
            if (text[at] != '-') return false;
            int end = at + 1;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            return end > at + 1 && language.IsHyphenatedEnding(text[(at + 1)..end].ToLowerInvariant()) && (end == text.Length || !IsWordChar(text[end]));
        }

        internal static string Normalise(string phrase) => string.Join(' ', phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
