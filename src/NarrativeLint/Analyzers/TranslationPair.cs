using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Language;
using NarrativeLint.Text;

namespace NarrativeLint.Analyzers;

/// <summary>How a run learnt that two documents are translations of each other, strongest first.</summary>
public enum TranslationEvidence { FrontMatter, AlternateLink, PathConvention, ContentSimilarity }

/// <summary>A block of a document (a heading, paragraph, list item, table cell or cue): one prose segment, with the language-independent anchors found in it.</summary>
/// <param name="Index">The segment's index in its document.</param>
/// <param name="Anchors">Numbers, dates, link targets, code spans and names, normalised so they read the same in every language.</param>
/// <param name="Numbers">The digit runs of the prose, in order.</param>
/// <param name="Sentences">What translation drift reads of each of the block's sentences, not the sentences themselves: a run keeps every document's blocks until its end.</param>
/// <param name="Links">The link targets written in the block's source, in order.</param>
public sealed record TranslationBlock(
    int Index, ProseSegment Segment, ImmutableArray<BlockSentence> Sentences, IReadOnlySet<string> Anchors, ImmutableArray<BlockNumber> Numbers, ImmutableArray<BlockLink> Links);

/// <summary>A sentence of a block as translation drift compares it, read from its annotation once, when its document is analysed.</summary>
/// <param name="Pack">The language pack that annotated it.</param>
/// <param name="Quantities">The quantities the pack read in it (segment coordinates).</param>
/// <param name="Tokens">How many tokens it has, to tell one sentence translated from a longer one.</param>
/// <param name="Negates">Whether it has a negation cue or one of the pack's weak negations ("without", "non-").</param>
/// <param name="Denials">Its negation cues that are not weak ones, in order (segment coordinates).</param>
/// <param name="SaysNegatively">Whether it has one of the pack's negative words ("free", "unavailable", "only"), which say a denial without a cue.</param>
public sealed record BlockSentence(LanguagePack Pack, ImmutableArray<Quantity> Quantities, int Tokens, bool Negates, ImmutableArray<TextSpan> Denials, bool SaysNegatively = false)
{
    /// <summary>Where the sentence is in its segment: differences in one sentence are one finding, and sentences are compared one by one.</summary>
    public TextSpan Span { get; init; }

    /// <summary>Whether it tells the past (a history cue: "until 31 March 2025", "was"), whose values are not the present ones of the block's other sentences.</summary>
    public bool TellsThePast { get; init; }

    public static BlockSentence Of(AnalyzedSentence sentence)
    {
        var annotated = sentence.Sentence;
        // Made for the few sentences that deny something: every sentence of every document is read here.
        ImmutableArray<TextSpan>.Builder? denials = null;
        bool negates = false;
        foreach (var cue in annotated.Cues)
        {
            if (cue.Kind != CueKind.Negation) continue;
            var span = sentence.SpanOf(cue.Tokens);
            // "no longer than 6 months", "non più di 6 mesi": a negation that is part of a quantity's bound bounds it, it denies nothing.
            if (InAQuantity(annotated.Quantities, span)) continue;
            negates = true;
            if (!sentence.Pack.IsWeakNegation(annotated, cue.Tokens)) (denials ??= ImmutableArray.CreateBuilder<TextSpan>()).Add(span);
        }
        return new BlockSentence(sentence.Pack, annotated.Quantities, annotated.Tokens.Length, negates || sentence.Pack.HasWeakNegation(annotated),
            denials?.DrainToImmutable() ?? [], sentence.Pack.HasNegativeWord(annotated)) { Span = annotated.Span, TellsThePast = annotated.Has(CueKind.History) };
    }

    static bool InAQuantity(ImmutableArray<Quantity> quantities, TextSpan span)
    {
        foreach (var quantity in quantities)
            if (quantity.Span.OverlapsWith(span)) return true;
        return false;
    }
}

/// <summary>A digit run of a block's prose (at <paramref name="Span"/>, segment coordinates) with its separators taken out, so "1,000" and "1.000", "3.4" and "3,4" read alike; or a number the pack read from words.</summary>
/// <param name="Value">Its digits without trailing zeros, so "10,000" meets "1万" (which a language without a pack reads as "1") and "3.2 thousand" meets "3,200".</param>
/// <param name="Parts">The groups between its separators, for a run another language writes apart ("2,3" as "2, 3"; "74,825" as "74 825").</param>
/// <param name="Exact">Its digits with their trailing zeros, compared where both languages have a pack to read "thousand" and "milioni": "120" is then not "12".</param>
/// <param name="Spelled">Whether the pack read it from words ("three", "tre") rather than digits.</param>
/// <param name="Dialling">For a phone number, its country code ("39" of "+39 051 123 4567"), or "" for a national number; null for any other number.</param>
public readonly record struct BlockNumber(string Value, TextSpan Span, ImmutableArray<string> Parts, string Exact, bool Spelled = false, string? Dialling = null);

/// <summary>A link target as written (at <paramref name="SourceSpan"/> of the file) and normalised: no fragment, no language folder or subdomain, no trailing slash.</summary>
public readonly record struct BlockLink(string Target, string Written, TextSpan SourceSpan);

/// <summary>What put two blocks together, surest first.</summary>
public enum BlockMatch
{
    /// <summary>Anchors found in these two blocks only.</summary>
    Anchors,
    /// <summary>The same place in runs of the same kinds of block between two anchored blocks.</summary>
    Position,
    /// <summary>Kind and length, in runs between anchored blocks that differ in shape: a guess good enough to show, not to report on.</summary>
    Structure,
}

/// <summary>A block of the source and the block of the translation that says the same thing.</summary>
public sealed record AlignedBlocks(TranslationBlock Source, TranslationBlock Translation, BlockMatch How);

/// <summary>
/// Two documents the run found to be translations of each other, which side is the source, and their blocks
/// aligned. The engine decides this once per run; rules read it through <see cref="CorpusAnalysisContext.TranslationPairs"/>.
/// </summary>
/// <param name="SourceLanguage">The language the pairing found (a path's language folder, front matter), which for a language without a pack may not be the pack annotating it.</param>
/// <param name="Aligned">Aligns the blocks when first asked: a run that remembers the pair's findings (<c>--cache</c>) never reads its blocks.</param>
public sealed record TranslationPair(
    AnalyzedDocument Source,
    AnalyzedDocument Translation,
    string SourceLanguage,
    string TranslationLanguage,
    TranslationEvidence Evidence,
    Lazy<ImmutableArray<AlignedBlocks>> Aligned)
{
    /// <summary>The blocks of the translation, each with the source's block that says the same thing.</summary>
    public ImmutableArray<AlignedBlocks> Alignment => Aligned.Value;

    /// <summary>When git last committed the source, where the run's files are in a git work tree.</summary>
    public DateTimeOffset? SourceCommitted { get; init; }

    /// <summary>When git last committed the translation.</summary>
    public DateTimeOffset? TranslationCommitted { get; init; }
}
