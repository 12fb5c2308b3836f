using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Channels;
using NarrativeLint.Language;
using NarrativeLint.Registry;
using NarrativeLint.Text;

namespace NarrativeLint.Analyzers;

/// <summary>
/// The first cell of each row and the header of each column of one table (their last sentence), filled while the
/// document is annotated and complete before any rule reads it: what every cell's value is about. The corner cell is
/// both row 0's label and column 0's header; the body's labels leave it out.
/// </summary>
public sealed class TableLabels
{
    readonly Dictionary<int, AnalyzedSentence> _rows = [], _columns = [];

    public AnalyzedSentence? RowLabel(int row) => _rows.GetValueOrDefault(row);
    public AnalyzedSentence? ColumnHeader(int column) => _columns.GetValueOrDefault(column);
    /// <summary>The labels of the rows below the header row.</summary>
    public IEnumerable<AnalyzedSentence> RowLabels => _rows.Where(r => r.Key > 0).Select(r => r.Value);
    /// <summary>The headers of the columns after the first.</summary>
    public IEnumerable<AnalyzedSentence> ColumnHeaders => _columns.Where(c => c.Key > 0).Select(c => c.Value);

    internal void Add(TableCellPlace cell, AnalyzedSentence last)
    {
        if (cell.Column == 0) _rows[cell.Row] = last;
        if (cell.Row == 0) _columns[cell.Column] = last;
    }
}

/// <summary>A sentence as analyzers see it: the language layer's annotations plus where it sits.</summary>
/// <param name="Phrases">Every registry phrase (topic cue, breach, claim phrase…) found in the sentence, in one pass.</param>
/// <param name="Previous">The sentence before it in the same unit (a heading included), which a short sentence may lean on: "The fee is €180."</param>
public sealed class AnalyzedSentence(
    Sentence sentence,
    LanguagePack pack,
    ProseSegment segment,
    ContentMetadata metadata,
    AnalyzedSentence? heading,
    ImmutableArray<PhraseMatch> phrases,
    AnalyzedSentence? previous = null,
    TableLabels? table = null)
{
    public Sentence Sentence { get; } = sentence;
    /// <summary>The language pack the sentence was annotated with: its words, cues and concepts.</summary>
    public LanguagePack Pack { get; } = pack;
    public ProseSegment Segment { get; } = segment;
    public ContentMetadata Metadata { get; } = metadata;
    /// <summary>The last sentence of the nearest heading above, which a short sentence may take its topic from.</summary>
    public AnalyzedSentence? Heading { get; } = heading;
    public ImmutableArray<PhraseMatch> Phrases { get; } = phrases;
    public AnalyzedSentence? Previous { get; } = previous;
    /// <summary>For a table cell, its table's row labels and column headers; null elsewhere.</summary>
    public TableLabels? Table { get; } = table;

    /// <summary>What <see cref="CommitmentTopics"/> found in this sentence, kept so the rules that ask do not work it out again.</summary>
    internal object? TopicEvidence { get; set; }

    public string Text => Sentence.Text;

    /// <summary>The sentence, or the heading it sits under, is a legal disclaimer ("Esclusione di garanzia"): it limits, it does not promise.</summary>
    public bool IsUnderDisclaimer => IsDisclaimer || Heading is { IsDisclaimer: true };

    /// <summary>Whether the sentence itself is a disclaimer: worked out once, as every sentence under a heading asks it of the heading.</summary>
    bool IsDisclaimer
    {
        get
        {
            // 0 not worked out yet, 1 no, 2 yes: a rule on another thread that races here works out the same answer.
            if (_disclaimer == 0) _disclaimer = Pack.IsDisclaimer(Sentence) ? 2 : 1;
            return _disclaimer == 2;
        }
    }

    int _disclaimer;

    /// <summary>Whether the brand speaks of itself here: a first-person word ("we", "our", "siamo") or its name.</summary>
    public bool InOwnVoice(IReadOnlySet<string> brandWords) => Sentence.Has(CueKind.FirstPerson) || Sentence.Tokens.Any(t => brandWords.Contains(t.Text));

    /// <summary>
    /// A label names a topic and affirms nothing: a heading or title, or a few words with no sentence-ending mark
    /// ("d) Scadenza dei punti", "Points expiry" above the paragraph that tells it).
    /// </summary>
    public bool IsLabel
    {
        get
        {
            if (Segment.Kind is SegmentKind.Heading or SegmentKind.Title) return true;
            var text = Sentence.Text.TrimEnd();
            if (text.Length == 0 || text[^1] is '.' or '!' or '?' or '…' or ';' or ':' or '。' or '！' or '？') return false;
            int words = 0;
            foreach (var token in Sentence.Tokens)
                if (token.Kind == TokenKind.Word && ++words > LabelWords) return false;
            return true;
        }
    }

    /// <summary>The most words a label without a sentence-ending mark has ("Scadenza dei punti", "Data we never sell").</summary>
    const int LabelWords = 5;

    /// <summary>A question affirms nothing, so commitment rules pass over it.</summary>
    public bool IsQuestion => Sentence.Text.TrimEnd().EndsWith('?') || Sentence.Text.TrimEnd().EndsWith('？');

    /// <summary>
    /// Whether a span (segment coordinates) cites someone else's words: it lies in a citation the reader marked (a
    /// link's text, a title) or between quotation marks in the sentence.
    /// </summary>
    public bool IsCited(TextSpan span)
    {
        foreach (var citation in Segment.Citations)
            if (citation.Contains(span)) return true;
        var text = Segment.Text;
        bool curly = false;
        int straight = 0;
        for (int i = Sentence.Span.Start; i < span.Start; i++)
        {
            if (text[i] is '“' or '«' or '„') curly = true;
            else if (text[i] is '”' or '»') curly = false;
            else if (text[i] == '"') straight++;
        }
        bool straightOpen = straight % 2 == 1;
        if (!curly && !straightOpen) return false;
        for (int i = span.End; i < Sentence.Span.End; i++)
            if (curly && text[i] is '”' or '»' || straightOpen && text[i] == '"') return true;
        return false;
    }

    /// <summary>
    /// Whether the sentence says the phrase as its own claim: not negated, not inside an idiom ("got the green light"),
    /// not cited from someone else (a quotation, a talk's title).
    /// </summary>
    public bool States(PhraseMatch match) =>
        !Sentence.IsNegated(match.Tokens) && !Pack.InIdiom(Sentence, match.Tokens) && !IsCited(SpanOf(match.Tokens));

    /// <summary>
    /// Whether the phrase is a word of a proper name ("Vita Greens powder", "the Forest Green jacket"): capitalised,
    /// with a capitalised word beside it, in a sentence that is not title case (where every word is capitalised and
    /// capitals tell nothing). A word with an everyday meaning carries its name's sense there, not its own.
    /// </summary>
    public bool InName(PhraseMatch match)
    {
        var tokens = Sentence.Tokens;
        var (start, length) = match.Tokens.GetOffsetAndLength(tokens.Length);
        if (!Pack.IsName(tokens[start].Text) || IsTitleCase) return false;
        bool NameAt(int i) => i >= 0 && i < tokens.Length && tokens[i].Kind == TokenKind.Word && Pack.IsName(tokens[i].Text);
        // A sentence's first word is capitalised anyway: beside it, only the word after counts.
        return start > 1 && NameAt(start - 1) || NameAt(start + length);
    }

    /// <summary>Most of the sentence's words capitalised: a heading or title written in title case.</summary>
    bool IsTitleCase
    {
        get
        {
            int words = 0, capitalised = 0;
            foreach (var token in Sentence.Tokens)
                if (token.Kind == TokenKind.Word && token.Text.Length > 3)
                {
                    words++;
                    if (char.IsUpper(token.Text[0])) capitalised++;
                }
            return capitalised * 2 > words;
        }
    }

    /// <summary>Whether a registry phrase of this role and owner (a claim rule's context word, its qualifier) is in the sentence.</summary>
    public bool HasPhrase(PhraseRole role, string ownerId)
    {
        foreach (var match in Phrases)
            if (match.Phrase.Role == role && match.Phrase.OwnerId == ownerId) return true;
        return false;
    }

    /// <summary>The text of a span given in segment coordinates.</summary>
    public string TextOf(TextSpan span) => Segment.Text.Substring(span.Start, span.Length);

    public TextSpan SpanOf(Range tokens)
    {
        var (start, length) = tokens.GetOffsetAndLength(Sentence.Tokens.Length);
        return TextSpan.FromBounds(Sentence.Tokens[start].Span.Start, Sentence.Tokens[start + length - 1].Span.End);
    }
}

/// <summary>A document after the language layer: every segment split into annotated sentences.</summary>
public sealed record AnalyzedDocument(ContentDocument Content, ImmutableArray<AnalyzedSentence> Sentences)
{
    public string Path => Content.Path;

    /// <summary>How many sentences the document has; kept when a run lets its sentences go once they are analysed.</summary>
    public int SentenceCount { get; init; } = Sentences.Length;

    /// <summary>A Roslyn location for a span of a segment, mapped back to the file the user edits.</summary>
    public Location LocationOf(ProseSegment segment, TextSpan proseSpan) => LocationOfSource(segment.ToSource(proseSpan));

    /// <summary>
    /// The words a message quotes for a prose span: the file's own text at the location when the span was copied
    /// verbatim (so what the user sees there is what the message says), else the decoded prose (an encoded email part).
    /// </summary>
    public string Quote(ProseSegment segment, TextSpan proseSpan)
    {
        var source = segment.ToSource(proseSpan);
        return segment.Map.IsVerbatim(proseSpan) && source.End <= Content.Source.Length
            ? Content.Source.ToString(source)
            : segment.Text.Substring(proseSpan.Start, proseSpan.Length);
    }

    public Location LocationOfSource(TextSpan sourceSpan)
    {
        var source = Content.Source;
        var span = TextSpan.FromBounds(Math.Min(sourceSpan.Start, source.Length), Math.Min(sourceSpan.End, source.Length));
        return Location.Create(Content.Path, span, source.Lines.GetLinePositionSpan(span));
    }
}

/// <summary>Shared by every action context: the run's session, and reporting.</summary>
public abstract class AnalysisContextBase(AnalysisSession session, Action<Diagnostic> report)
{
    public AnalysisSession Session { get; } = session;

    public BrandRegistry Registry => Session.Registry;

    public void ReportDiagnostic(Diagnostic diagnostic) => report(diagnostic);
}

public sealed class SentenceAnalysisContext(AnalyzedDocument document, AnalyzedSentence sentence, AnalysisSession session, Action<Diagnostic> report)
    : AnalysisContextBase(session, report)
{
    public AnalyzedDocument Document { get; } = document;
    public AnalyzedSentence Sentence { get; } = sentence;

    public Location LocationOf(TextSpan segmentSpan) => Document.LocationOf(Sentence.Segment, segmentSpan);

    /// <summary>The text a message quotes for a span of the sentence's segment; see <see cref="AnalyzedDocument.Quote"/>.</summary>
    public string Quote(TextSpan segmentSpan) => Document.Quote(Sentence.Segment, segmentSpan);
}

public sealed class DocumentAnalysisContext(AnalyzedDocument document, AnalysisSession session, Action<Diagnostic> report)
    : AnalysisContextBase(session, report)
{
    public AnalyzedDocument Document { get; } = document;
}

/// <param name="reported">The paths whose findings are reported: the run's own documents, not the workspace's others.</param>
public sealed class CorpusAnalysisContext(ImmutableArray<AnalyzedDocument> documents, IReadOnlySet<string> reported, AnalysisSession session,
    DocumentDerivations derivations, ImmutableArray<TranslationPair> translationPairs, Action<Diagnostic> report)
    : AnalysisContextBase(session, report)
{
    /// <summary>Every document of the run and, in the editor, the workspace's other documents.</summary>
    public ImmutableArray<AnalyzedDocument> Documents { get; } = documents;

    /// <summary>Whether findings on the document at <paramref name="path"/> are reported; a rule may skip the work for the others.</summary>
    public bool IsReported(string path) => reported.Contains(path);

    /// <summary>What a rule derives from one document alone, derived once per analysed document (see <see cref="DocumentDerivations"/>).</summary>
    public T DerivedFrom<T>(AnalyzedDocument document, string key, Func<AnalyzedDocument, T> derive) where T : notnull =>
        derivations.GetOrAdd(document, key, derive);

    /// <summary>The documents the engine found to be translations of others, each with its source and their blocks aligned.</summary>
    public ImmutableArray<TranslationPair> TranslationPairs { get; } = translationPairs;

    /// <summary>
    /// Paths of every document the run found to translate another: the translations of <see cref="TranslationPairs"/> and,
    /// in the editor, the workspace's, whose pairs are not aligned per keystroke.
    /// </summary>
    public IReadOnlySet<string> Translations
    {
        get => _translations ??= TranslationPairs.Select(p => p.Translation.Path).ToHashSet(StringComparer.Ordinal);
        init => _translations = value;
    }

    IReadOnlySet<string>? _translations;

    /// <summary>Where what is built from the unreported documents is kept between runs (the language server's engine); null: built for this run only.</summary>
    public WorkspaceMemo? Memo { get; init; }

    /// <summary>Paths of unreported documents that change often (the editor's other open buffers): compared, but not among what <see cref="AcrossUnreported"/> builds from.</summary>
    public IReadOnlySet<string> Changing { get; init; } = ImmutableHashSet<string>.Empty;

    (List<AnalyzedDocument> Reported, List<AnalyzedDocument> Changing, List<AnalyzedDocument> Unreported)? _split;

    (List<AnalyzedDocument> Reported, List<AnalyzedDocument> Changing, List<AnalyzedDocument> Unreported) Split()
    {
        if (_split is { } split) return split;
        var (mine, changing, others) = (new List<AnalyzedDocument>(), new List<AnalyzedDocument>(), new List<AnalyzedDocument>(Documents.Length));
        foreach (var document in Documents) (IsReported(document.Path) ? mine : Changing.Contains(document.Path) ? changing : others).Add(document);
        return (_split = (mine, changing, others)).Value;
    }

    /// <summary>The documents whose findings are reported, in run order.</summary>
    public IReadOnlyList<AnalyzedDocument> ReportedDocuments => Split().Reported;

    /// <summary>The unreported documents that change often (see <see cref="Changing"/>), which a rule compares with as they are.</summary>
    public IReadOnlyList<AnalyzedDocument> ChangingDocuments => Split().Changing;

    /// <summary>
    /// What a rule builds from the documents whose findings are not reported and that do not change often (in the
    /// editor, the workspace beside the open buffers; none in a CLI run), built once while they stay the same
    /// documents (see <see cref="WorkspaceMemo"/>). The rule compares <see cref="ChangingDocuments"/> on their own.
    /// </summary>
    public T AcrossUnreported<T>(string key, Func<IReadOnlyList<AnalyzedDocument>, T> build) where T : notnull
    {
        var unreported = Split().Unreported;
        return Memo is null ? build(unreported) : Memo.GetOrAdd(key, unreported, build);
    }
}
