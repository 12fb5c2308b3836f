// NL2002: a translation that says something other than its source.
//
// The engine pairs translations with their sources and aligns their blocks (TranslationPair). In each
// aligned pair of blocks this compares what translation keeps as written: dates (normalised by the packs,
// so "3 March 2026" meets "3 marzo 2026"), digit runs (numbers, percentages, money, durations, versions,
// read without separators so "1,000" meets "1.000"), link targets (without language folders, and addresses written
// in prose), names the registry writes and, where both languages have a pack, whether the block negates. One finding
// per translated sentence that differs, on the translation, with the source's places as related locations. A
// translation its own metadata marks as stale (drifted_from_default, or dated before its source), or that git last
// committed before its source, is reported once.
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Language;

namespace NarrativeLint.Analyzers;

public sealed partial class TranslationDriftAnalyzer : NarrativeAnalyzer
{
    /// <summary>Front matter keys with which a localisation workflow marks a translation its source has moved past.</summary>
    static readonly string[] StaleMarks = ["drifted_from_default", "outdated", "needs_update"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.TranslationDrift];

    public override void Initialize(NarrativeAnalysisContext context) => context.RegisterTranslationPairAction(Compare);

    static void Compare(CorpusAnalysisContext ctx)
    {
        // Made once and emptied per block: most blocks differ in nothing, and a pair has hundreds of them.
        var changes = new HashSet<(string, string)>();
        var found = new List<Difference>();
        foreach (var pair in ctx.TranslationPairs)
        {
            ReportStale(ctx, pair);
            // Blocks placed together by kind and length alone are shown (annotate) but not compared: a wrong guess would report differences that are not there.
            foreach (var aligned in pair.Alignment)
            {
                if (aligned.How == BlockMatch.Structure) continue;
                // Each change of one value to another, once per block: a stale block that writes its date twice ("1 April 2025",
                // "Ref. RP-2025-04") changed one date, not three numbers.
                changes.Clear();
                found.Clear();
                var numbersCompared = CompareDates(pair, aligned, changes, found);
                CompareNumbers(ctx, pair, aligned, numbersCompared, changes, found);
                CompareLinks(pair, aligned, found);
                ComparePolarity(pair, aligned, found);
                CompareNames(ctx, pair, aligned, found);
                ReportBySentence(ctx, pair, aligned, found);
            }
        }
    }

    /// <summary>Below this confidence a difference is a note: the evidence says "look here", not "this is wrong".</summary>
    const double WarningConfidence = 0.6;

    /// <summary>How sure a difference found in blocks placed by position is: nothing but their place says they are one block translated.</summary>
    const double PlacedByPosition = 0.5;

    /// <summary>How sure a translation is stale because git committed its source later: that commit may have fixed a typo.</summary>
    const double CommittedLater = 0.5;

    /// <summary>How sure a difference is, from how its blocks were placed together.</summary>
    static double Confidence(AlignedBlocks aligned) => aligned.How == BlockMatch.Anchors ? 1 : PlacedByPosition;

    /// <summary>
    /// One finding: where it is on each side, the two values as written, its kind (the kinds, for several differences of
    /// one sentence: "version,date"), and how sure it is (a note below <see cref="WarningConfidence"/>).
    /// </summary>
    /// <param name="alsoThere">The source's other places, for a finding that stands for several differences of one sentence.</param>
    static void Report(CorpusAnalysisContext ctx, TranslationPair pair, string kind, Location here, object hereValue, Location there, object thereValue, string? commitmentId = null,
        double confidence = 1, IEnumerable<Location>? alsoThere = null)
    {
        var line = there.GetLineSpan().StartLinePosition.Line + 1;
        var properties = FindingProperties.Of(commitmentId: commitmentId, quoted: hereValue.ToString()).Add(FindingProperties.Difference, kind)
            .SetItem(FindingProperties.Confidence, confidence.ToString("0.##", CultureInfo.InvariantCulture));
        var severity = confidence < WarningConfidence ? DiagnosticSeverity.Info : Descriptors.TranslationDrift.DefaultSeverity;
        // "{0} differs from the source: '{1}' here, '{2}' in {3}:{4}"; "Values differ from the source: …" for several kinds in one sentence.
        ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.TranslationDrift, here, severity, [there, .. alsoThere ?? []], properties,
            Fragments.TranslationDifference(kind.Contains(',') ? "values" : kind), FindingProperties.OneLine(hereValue), FindingProperties.OneLine(thereValue), pair.Source.Path, line));
    }

    /// <summary>
    /// A translation stale by its own metadata is reported once, at the start of the document (the finding is about the
    /// whole page, as git's is), quoting the mark and the dates.
    /// </summary>
    static void ReportStale(CorpusAnalysisContext ctx, TranslationPair pair)
    {
        var translation = pair.Translation.Content.Metadata;
        var sourceDate = pair.Source.Content.Metadata.Date;
        var mark = StaleMarks.FirstOrDefault(k => translation.Properties.TryGetValue(k, out var v) && v.Trim().Equals("true", StringComparison.OrdinalIgnoreCase));
        bool older = translation.Date is { } date && sourceDate is { } newer && date < newer;
        var start = pair.Translation.LocationOfSource(default);
        if (mark is null && !older)
        {
            // Git's word when the front matter says nothing: the source was committed after its translation last was.
            if (pair is { SourceCommitted: { } changed, TranslationCommitted: { } translated } && changed > translated)
                Report(ctx, pair, "stale", start, Fragments.Committed(Day(translated)),
                    pair.Source.LocationOfSource(default), Fragments.Committed(Day(changed)), confidence: CommittedLater);
            return;
        }
        var hereValue = (mark is not null ? mark + ": true" : "") + (translation.Date is { } d ? (mark is not null ? ", " : "") + Day(d) : "");
        Report(ctx, pair, "stale", start, hereValue, pair.Source.LocationOfSource(default), sourceDate is { } s ? Day(s) : Fragments.DateNotRecorded);
    }

    static string Day(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Dates the packs read on both sides, compared in order when both sides have as many; returns whether they
    /// were, so their digits are not compared again as numbers.
    /// </summary>
    static bool CompareDates(TranslationPair pair, AlignedBlocks aligned, HashSet<(string, string)> changes, List<Difference> found)
    {
        if (!HasDate(aligned.Source)) return false;
        var source = Dates(aligned.Source);
        var translation = Dates(aligned.Translation);
        if (source.Count == 0 || source.Count != translation.Count) return false;
        // A language without a pack reads only the year of "12 maja 2021": its digits are compared as numbers instead, the whole date together.
        if (!Knows(aligned.Source, pair.SourceLanguage) || !Knows(aligned.Translation, pair.TranslationLanguage)) return false;
        for (int i = 0; i < source.Count; i++)
        {
            var (s, sSentence) = source[i];
            var (t, tSentence) = translation[i];
            if (DateKey(s, t.Precision) == DateKey(t, s.Precision)) continue;
            var (from, to) = (s.Date!.Value, t.Date!.Value);
            changes.Add((Number(from.Year), Number(to.Year)));
            changes.Add((Number(from.Month), Number(to.Month)));
            changes.Add((Number(from.Day), Number(to.Day)));
            found.Add(new Difference("date", pair.Translation.LocationOf(aligned.Translation.Segment, t.Span), pair.Translation.Quote(aligned.Translation.Segment, t.Span),
                pair.Source.LocationOf(aligned.Source.Segment, s.Span), pair.Source.Quote(aligned.Source.Segment, s.Span), Confidence: Confidence(aligned)));
        }
        return true;
    }

    /// <summary>Whether a block has a date its pack read, asked before any list of them is made (most blocks have none).</summary>
    static bool HasDate(TranslationBlock block)
    {
        foreach (var sentence in block.Sentences)
            foreach (var quantity in sentence.Quantities)
                if (quantity is { Kind: QuantityKind.Date, Date: not null }) return true;
        return false;
    }

    /// <summary>A date's part as a block number's value reads it (no trailing zeros).</summary>
    static string Number(int part) => part.ToString(CultureInfo.InvariantCulture).TrimEnd('0');

    static List<(Quantity Date, BlockSentence Sentence)> Dates(TranslationBlock block) =>
        [.. block.Sentences.SelectMany(s => s.Quantities.Where(q => q.Kind == QuantityKind.Date && q.Date is not null).Select(q => (q, s)))];

    /// <summary>A date at the coarser of two precisions, so "March 2026" meets "3 March 2026" only on the month.</summary>
    static string DateKey(Quantity date, DatePrecision other)
    {
        var precision = (DatePrecision)Math.Min((int)date.Precision, (int)other);
        var day = date.Date!.Value;
        return precision switch
        {
            DatePrecision.Day => Day(day),
            DatePrecision.Month => day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ => day.Year.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// Numbers that one side has and the other has not, paired in order of appearance. A number on one side
    /// only (a count the other leaves out) is not a difference; a number that changed is. The digits of one
    /// date of the source that changed together ("3 March 2026" against "2021年5月12日", read by no pack) are one difference.
    /// </summary>
    static void CompareNumbers(CorpusAnalysisContext ctx, TranslationPair pair, AlignedBlocks aligned, bool datesCompared, HashSet<(string, string)> changes, List<Difference> found)
    {
        if (aligned.Source.Numbers.IsEmpty && aligned.Translation.Numbers.IsEmpty) return;
        // Both packs read "thousand" and "milioni", so every zero counts; a language without a pack may write "1万" for "10,000", and has no number words.
        bool exact = Knows(aligned.Source, pair.SourceLanguage) && Knows(aligned.Translation, pair.TranslationLanguage);
        var source = Numbers(aligned.Source, datesCompared, exact);
        var translation = Numbers(aligned.Translation, datesCompared, exact);
        if (exact && PastTheOtherLacks(aligned.Source, aligned.Translation)) source = Tensed(aligned.Source, source);
        if (exact && PastTheOtherLacks(aligned.Translation, aligned.Source)) translation = Tensed(aligned.Translation, translation);
        Func<BlockNumber, string> key = exact ? n => n.Exact : n => n.Value;
        var onlySource = Without(source, translation, key);
        var onlyTranslation = Without(translation, source, key);
        if (exact) CompareUnits(pair, aligned, Without(source, onlySource, key), Without(translation, onlyTranslation, key), key, found);
        WrittenApart(onlySource, onlyTranslation);
        WrittenApart(onlyTranslation, onlySource);
        // A value the source repeats and the translation says fewer times ("15x to 30x (15 to 30 times)" as "15 to 30 times")
        // was not changed: the translation still states it.
        onlySource.RemoveAll(n => translation.Any(t => key(t) == key(n)));
        // Leftovers of unequal numbers were added or dropped as well as changed: which pairs with which is a guess.
        var confidence = onlySource.Count == onlyTranslation.Count ? Confidence(aligned) : Math.Min(Confidence(aligned), PlacedByPosition);
        // A number in words meets only a quantity of its own kind (below); one whose kind no leftover of the other side has was
        // said in words where the other side said none ("o săptămână" for "a full week"), and takes no other value's place.
        onlySource.RemoveAll(n => n.Spelled && !onlyTranslation.Any(t => OfOneKind(aligned.Source, n, aligned.Translation, t)));
        onlyTranslation.RemoveAll(t => t.Spelled && !onlySource.Any(n => OfOneKind(aligned.Source, n, aligned.Translation, t)));
        var count = Math.Min(onlySource.Count, onlyTranslation.Count);
        for (int i = 0; i < count; i++)
        {
            var (sSpan, kind, sQuantity) = Widened(aligned.Source, onlySource[i].Span);
            var (tSpan, tKind, tQuantity) = Widened(aligned.Translation, onlyTranslation[i].Span);
            // A number in words meets only a quantity of its own kind: "two" against a version "1.20" is another thing said.
            if ((onlySource[i].Spelled || onlyTranslation[i].Spelled) && (sQuantity is null || tQuantity is null || sQuantity.Kind != tQuantity.Kind)) continue;
            // "24 hours" and "1 giorno" are one duration in other digits.
            if (sQuantity is { Kind: QuantityKind.Duration or QuantityKind.Money } && tQuantity is not null && SameAmount(sQuantity, tQuantity)) continue;
            if (LocalisedForm(onlySource[i], sQuantity, onlyTranslation[i], tQuantity)) continue;
            // The same value told of the past on one side and of the present on the other is another sentence's, not a change.
            if (Untensed(onlySource[i].Exact) == Untensed(onlyTranslation[i].Exact)) continue;
            // Values the packs read as two kinds ("100%" and "7,99 € al mes") are two things said, not one changed; a plain number may be any.
            if (sQuantity is not null && tQuantity is not null && sQuantity.Kind != tQuantity.Kind && sQuantity.Kind != QuantityKind.Number && tQuantity.Kind != QuantityKind.Number) continue;
            if (!changes.Add((onlySource[i].Value, onlyTranslation[i].Value))) continue;
            // The next differences inside the same date of the source, and the translation's digits beside them, are this one.
            while (sQuantity is { Kind: QuantityKind.Date } date && i + 1 < count && date.Span.Contains(onlySource[i + 1].Span))
                tSpan = TextSpan.FromBounds(tSpan.Start, Widened(aligned.Translation, onlyTranslation[++i].Span).Span.End);
            if (sQuantity is { Kind: QuantityKind.Date })
                tSpan = WithAdjacentDigits(tSpan, onlyTranslation.Skip(i + 1).Select(n => n.Span));
            if (kind != "date" && tKind != "number") kind = tKind;
            var superseded = Superseded(ctx.Registry, tQuantity, onlyTranslation[i], sQuantity);
            found.Add(new Difference(superseded is null ? kind : "superseded", pair.Translation.LocationOf(aligned.Translation.Segment, tSpan), pair.Translation.Quote(aligned.Translation.Segment, tSpan),
                pair.Source.LocationOf(aligned.Source.Segment, sSpan), pair.Source.Quote(aligned.Source.Segment, sSpan), superseded?.Id, confidence));
        }
    }

    /// <summary>Whether two numbers are read as quantities of one kind.</summary>
    static bool OfOneKind(TranslationBlock source, BlockNumber sourceNumber, TranslationBlock translation, BlockNumber translationNumber) =>
        Widened(source, sourceNumber.Span).Quantity is { } a && Widened(translation, translationNumber.Span).Quantity is { } b && a.Kind == b.Kind;

    /// <summary>
    /// Whether two values that differ in digits are one value in the forms each reader expects: a price in the reader's
    /// currency ("£25" → "29 €", "149 lei"), a phone number of the reader's country ("+44 20 7946 0958" → "+39 051 123 4567"),
    /// or a number in words that cannot say the other side's fraction ("un'ora e mezza" read as "un'ora", against "1.5 hours").
    /// </summary>
    static bool LocalisedForm(BlockNumber source, Quantity? sourceQuantity, BlockNumber translation, Quantity? translationQuantity)
    {
        if (sourceQuantity is { Kind: QuantityKind.Money, Currency: { } sourceCurrency } && translationQuantity is { Kind: QuantityKind.Money, Currency: { } translationCurrency }
            && sourceCurrency != translationCurrency) return true;
        // A phone number meets only one of its own country, or, both national, of as many digits.
        if (source.Dialling is not null || translation.Dialling is not null)
            return source.Dialling != translation.Dialling || (source.Dialling is { Length: 0 } && source.Exact.Length != translation.Exact.Length);
        return (source.Spelled && Fractional(translationQuantity)) || (translation.Spelled && Fractional(sourceQuantity));

        static bool Fractional(Quantity? quantity) => quantity is not null && (quantity.Value != decimal.Truncate(quantity.Value) || quantity.Max is { } max && max != decimal.Truncate(max));
    }

    /// <summary>
    /// The numbers both sides write alike, where both packs read them as durations or money: "2 days" against
    /// "2 settimane", "€30" against "30 $" differ in their unit or currency though their digits do not.
    /// </summary>
    static void CompareUnits(TranslationPair pair, AlignedBlocks aligned, List<BlockNumber> source, List<BlockNumber> translation, Func<BlockNumber, string> key, List<Difference> found)
    {
        foreach (var same in source.GroupBy(key, StringComparer.Ordinal))
        {
            var twins = translation.Where(n => key(n) == same.Key).ToList();
            foreach (var (s, t) in same.Zip(twins))
            {
                var (sSpan, kind, sQuantity) = Widened(aligned.Source, s.Span);
                var (tSpan, _, tQuantity) = Widened(aligned.Translation, t.Span);
                if (sQuantity is not { Kind: QuantityKind.Duration or QuantityKind.Money } || tQuantity is null || tQuantity.Kind != sQuantity.Kind || SameAmount(sQuantity, tQuantity)) continue;
                // Blocks placed together by this number alone ("24 ore" and "24 months" of two different posts) are not one block: its unit says so.
                if (aligned.How == BlockMatch.Anchors && aligned.Source.Anchors.Intersect(aligned.Translation.Anchors).All(a => a == "n:" + s.Exact)) continue;
                found.Add(new Difference(kind, pair.Translation.LocationOf(aligned.Translation.Segment, tSpan), pair.Translation.Quote(aligned.Translation.Segment, tSpan),
                    pair.Source.LocationOf(aligned.Source.Segment, sSpan), pair.Source.Quote(aligned.Source.Segment, sSpan), Confidence: Confidence(aligned)));
            }
        }
    }

    /// <summary>Two quantities of one kind that say the same amount: durations in hours, money in one currency (its period aside: "al mese" is "per month"), other kinds by value.</summary>
    static bool SameAmount(Quantity a, Quantity b) =>
        a.Kind == b.Kind && a.Currency == b.Currency && Equals(a.Release, b.Release) && Math.Abs(a.Low - b.Low) < 1e-6 * Math.Max(1, Math.Abs(a.Low)) && Math.Abs(a.High - b.High) < 1e-6 * Math.Max(1, Math.Abs(a.High));

    /// <summary>A span grown over the digit runs that follow it with at most a separator between ("2021年5月12日": the month and day after the year).</summary>
    static TextSpan WithAdjacentDigits(TextSpan span, IEnumerable<TextSpan> following)
    {
        foreach (var next in following.OrderBy(n => n.Start))
        {
            if (next.Start < span.End || next.Start - span.End > 2) break;
            span = TextSpan.FromBounds(span.Start, next.End);
        }
        return span;
    }

    /// <summary>
    /// The commitment the registry retired or superseded whose value the translation still states, while the
    /// source states the value of the commitment that replaced it ("24 months" in the source, the superseded "12 mesi" here).
    /// </summary>
    static Registry.Commitment? Superseded(Registry.BrandRegistry registry, Quantity? translation, BlockNumber translationNumber, Quantity? source)
    {
        if (source is null) return null;
        foreach (var old in registry.Commitments.Where(c => c.Status != Registry.CommitmentStatus.Active && c.SupersededBy is not null))
        {
            if (registry.Commitment(old.SupersededBy!) is not { } current || !current.Facts.Any(f => SameValue(f.Value, source))) continue;
            foreach (var fact in old.Facts)
                if (translation is { Kind: not QuantityKind.Number } ? SameValue(fact.Value, translation)
                    : fact.Value.Kind == source.Kind && fact.Value.Value.ToString("0.####", CultureInfo.InvariantCulture).Replace(".", "", StringComparison.Ordinal) == translationNumber.Exact)
                    return old;
        }
        return null;

        static bool SameValue(Quantity fact, Quantity found) => SameAmount(fact, found);
    }

    static List<BlockNumber> Numbers(TranslationBlock block, bool withoutDates, bool withWords)
    {
        var dates = withoutDates ? Dates(block).Select(d => d.Date.Span).ToList() : [];
        return [.. block.Numbers.Where(n => (withWords || !n.Spelled) && !dates.Any(d => d.OverlapsWith(n.Span)))];
    }

    /// <summary>Takes out a run of one side whose groups the other side has as separate numbers: "2,3" against "2, 3", "74,825" against "74 825".</summary>
    static void WrittenApart(List<BlockNumber> runs, List<BlockNumber> other)
    {
        foreach (var run in runs.Where(r => r.Parts.Length > 1).ToList())
        {
            var left = other.ToList();
            if (!run.Parts.All(part => left.FindIndex(n => n.Value == part) is var at && at >= 0 && left.Remove(left[at]))) continue;
            runs.Remove(run);
            other.Clear();
            other.AddRange(left);
        }
    }

    /// <summary>The items of <paramref name="items"/> left once each of <paramref name="other"/> has taken its twin (multiset difference, order kept).</summary>
    static List<T> Without<T>(IEnumerable<T> items, IEnumerable<T> other, Func<T, string> key)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in other)
        {
            var otherKey = key(item);
            counts[otherKey] = counts.GetValueOrDefault(otherKey) + 1;
        }
        var left = new List<T>();
        foreach (var item in items)
        {
            var itemKey = key(item);
            if (counts.TryGetValue(itemKey, out var n) && n > 0) counts[itemKey] = n - 1;
            else left.Add(item);
        }
        return left;
    }

    /// <summary>
    /// A number widened to the quantity the pack read around it ("92%", "€180", "24 hours"), what kind of value
    /// it is, and that quantity. Where no pack read one, a percent sign or a currency symbol beside the digits
    /// (Unicode's own classes, the same in every language) still says percentage or money.
    /// </summary>
    static (TextSpan Span, string Kind, Quantity? Quantity) Widened(TranslationBlock block, TextSpan digits)
    {
        foreach (var sentence in block.Sentences)
            foreach (var quantity in sentence.Quantities)
                if (quantity.Span.Contains(digits))
                    return (quantity.Span, quantity.Kind switch
                    {
                        QuantityKind.Percentage => "percentage",
                        QuantityKind.Money => "money",
                        QuantityKind.Duration => "duration",
                        QuantityKind.Date => "date",
                        QuantityKind.Version => "version",
                        _ => "number",
                    }, quantity);
        var text = block.Segment.Text;
        bool Is(int at, Func<char, bool> test) => at >= 0 && at < text.Length && test(text[at]);
        static bool Currency(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol;
        static bool Percent(char c) => c is '%' or '％';
        if (Is(digits.End, Percent)) return (new TextSpan(digits.Start, digits.Length + 1), "percentage", null);
        if (Is(digits.Start - 1, Currency)) return (TextSpan.FromBounds(digits.Start - 1, digits.End), "money", null);
        if (Is(digits.End, Currency)) return (new TextSpan(digits.Start, digits.Length + 1), "money", null);
        if (Is(digits.End, char.IsWhiteSpace) && Is(digits.End + 1, Currency)) return (new TextSpan(digits.Start, digits.Length + 2), "money", null);
        var written = text.Substring(digits.Start, digits.Length);
        bool version = written.Count(c => c == '.') >= 2 || digits.Start > 0 && text[digits.Start - 1] is 'v' or 'V';
        return (digits, version ? "version" : "number", null);
    }

    static void CompareLinks(TranslationPair pair, AlignedBlocks aligned, List<Difference> found)
    {
        if (aligned.Source.Links.IsEmpty && aligned.Translation.Links.IsEmpty) return;
        var onlySource = Without(aligned.Source.Links, aligned.Translation.Links, LinkKey).ToList();
        var onlyTranslation = Without(aligned.Translation.Links, aligned.Source.Links, LinkKey).ToList();
        // Links one side adds or drops (a reference-style link the other writes inline, a link the translator left out) make
        // any pairing of the rest a guess: only as many changed links on each side are changed links.
        if (onlySource.Count != onlyTranslation.Count) return;
        for (int i = 0; i < onlySource.Count; i++)
        {
            // A link localised for the reader (normalised to "~host": "es.wikipedia.org", "/es/roaming/…") is the translator's
            // choice, unless it names another year or version than the source's ("paises-2024" for "/roaming/worldpass").
            if ((onlySource[i].Target.StartsWith('~') || onlyTranslation[i].Target.StartsWith('~'))
                && onlySource[i].Written.Where(char.IsDigit).SequenceEqual(onlyTranslation[i].Written.Where(char.IsDigit))) continue;
            // "/it/consegna" for "/en/delivery": each side's page in its own language, its slug translated; a translated slug keeps its digits
            // as written ("cert-2025"; the target of a localised link is only its host, "~host").
            // The default language often lives at the root ("/shops" for "/it/negozi").
            if ((InLanguageFolder(onlySource[i].Written, pair.SourceLanguage) || onlySource[i].Written.StartsWith('/') && !onlySource[i].Written.StartsWith("//", StringComparison.Ordinal))
                && InLanguageFolder(onlyTranslation[i].Written, pair.TranslationLanguage)
                && onlySource[i].Written.Where(char.IsDigit).SequenceEqual(onlyTranslation[i].Written.Where(char.IsDigit))) continue;
            if (WithLanguageTag(onlyTranslation[i].Target, onlySource[i].Target, pair.TranslationLanguage)) continue;
            found.Add(new Difference("link", pair.Translation.LocationOfSource(onlyTranslation[i].SourceSpan), onlyTranslation[i].Written,
                pair.Source.LocationOfSource(onlySource[i].SourceSpan), onlySource[i].Written, Confidence: Confidence(aligned)));
        }
    }

    /// <summary>
    /// What two links must share to be one: their normalised target; for a link localised for the reader ("~host": its
    /// path is the reader's) the host and the digits as written, so "/ro/vara-2024" for "/en/summer" names another year.
    /// </summary>
    static string LinkKey(BlockLink link) => link.Target.StartsWith('~') ? link.Target + " " + string.Concat(link.Written.Where(char.IsDigit)) : link.Target;

    /// <summary>
    /// Whether a link is its source's with the reader's language added to a name ("/mail/gold-welcome-it" for
    /// "/mail/gold-welcome", "guide_ro.pdf", "terms.it.html"): the same page in the translation's language.
    /// </summary>
    static bool WithLanguageTag(string translation, string source, string language)
    {
        foreach (var mark in (ReadOnlySpan<char>)['-', '_', '.'])
        {
            var tag = mark + language;
            for (int at = translation.IndexOf(tag, StringComparison.OrdinalIgnoreCase); at >= 0; at = translation.IndexOf(tag, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                int end = at + tag.Length;
                if ((end == translation.Length || translation[end] is '/' or '.' or '#' or '?') && string.Equals(translation.Remove(at, tag.Length), source, StringComparison.Ordinal)) return true;
            }
        }
        return false;
    }

    /// <summary>Whether a link's path has a folder named for the language ("/it/consegna", "https://example.com/ro/livrare").</summary>
    static bool InLanguageFolder(string target, string language)
    {
        var path = Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsolutePath : target;
        return path.Split('/', '#', '?').Any(part => part.Length > 0 && (part.Equals(language, StringComparison.OrdinalIgnoreCase)
                                                       || part.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// A sentence that negates against one that does not, where both languages have a pack that knows their
    /// negation words (a language without one is read by a stand-in pack that knows no cues).
    /// </summary>
    static void ComparePolarity(TranslationPair pair, AlignedBlocks aligned, List<Difference> found)
    {
        // One sentence against one, placed together by anchors. Measured on the OpenTelemetry corpus (sixth session): blocks
        // of as many sentences compared one by one, where one alone differs, gave 13 more negations, and single sentences
        // placed by position 20 more, nearly all a translator's wording ("If unset" / "Se não definido", "instead of" / "no").
        if (aligned.How != BlockMatch.Anchors || aligned.Source.Sentences.Length != 1 || aligned.Translation.Sentences.Length != 1) return;
        if (!Knows(aligned.Source, pair.SourceLanguage) || !Knows(aligned.Translation, pair.TranslationLanguage)) return;
        if (Flipped(pair, aligned, aligned.Source.Sentences[0], aligned.Translation.Sentences[0]) is { } flipped) found.Add(flipped);
    }

    /// <summary>The negation one of two sentences translated as each other has and the other has not, if it is a flipped statement.</summary>
    static Difference? Flipped(TranslationPair pair, AlignedBlocks aligned, BlockSentence sourceSentence, BlockSentence translationSentence)
    {
        // Sentences of very different lengths that share anchors (the same ports, a code span) are not one sentence translated.
        var (sourceWords, translationWords) = (sourceSentence.Tokens, translationSentence.Tokens);
        if (sourceWords > 2 * translationWords || translationWords > 2 * sourceWords) return null;
        // A label ("no", "sì" in a table's "required" column) states nothing to flip; the same word may not even negate in the other language.
        if (Math.Min(sourceWords, translationWords) < ShortestStatement) return null;
        var source = Negations(aligned.Source, sourceSentence);
        var translation = Negations(aligned.Translation, translationSentence);
        // A denial on one side only, where the other has no negation at all: "without" against "not", "non-core" against
        // "não essenciais", or "no fee" against "gratuita" (a negative word the denying side does not have too), is a
        // translator's wording, not a flipped statement.
        if (source.Count > 0 ? SaysOtherwise(translationSentence, sourceSentence) : translation.Count == 0 || SaysOtherwise(sourceSentence, translationSentence)) return null;
        // A denial the other side keeps as written ("Changes not staged for commit", a quoted label) is the same label.
        var (denying, denyingSentence, denial) = source.Count > 0 ? (aligned.Translation, translationSentence, source[0].Text) : (aligned.Source, sourceSentence, translation[0].Text);
        if (HasWord(denying.Segment.Text.Substring(denyingSentence.Span.Start, denyingSentence.Span.Length), denial)) return null;
        var (here, hereValue) = translation.Count > 0 ? translation[0] : Whole(aligned.Translation, translationSentence);
        var (there, thereValue) = source.Count > 0 ? source[0] : Whole(aligned.Source, sourceSentence);
        return new Difference("negation", pair.Translation.LocationOf(aligned.Translation.Segment, here), hereValue,
            pair.Source.LocationOf(aligned.Source.Segment, there), thereValue, Confidence: Confidence(aligned));

        static (TextSpan, string) Whole(TranslationBlock block, BlockSentence sentence) => (sentence.Span, block.Segment.Text.Substring(sentence.Span.Start, sentence.Span.Length));
    }

    /// <summary>Sentences of fewer tokens than this are labels, not statements whose polarity a translation keeps.</summary>
    const int ShortestStatement = 3;

    /// <summary>Whether <paramref name="sentence"/> says the other sentence's denial its own way: a weak negation, or a negative word <paramref name="denying"/> has not.</summary>
    static bool SaysOtherwise(BlockSentence sentence, BlockSentence denying) => sentence.Negates || sentence.SaysNegatively && !denying.SaysNegatively;

    /// <summary>Whether <paramref name="text"/> holds <paramref name="word"/> as a whole word, in any case.</summary>
    static bool HasWord(string text, string word)
    {
        for (int at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (at + word.Length == text.Length || !char.IsLetter(text[at + word.Length]))) return true;
        return false;
    }

    /// <summary>Whether every sentence of the block was read by the pack of <paramref name="language"/> (asked of every aligned pair several times: a loop, not a closure per call).</summary>
    static bool Knows(TranslationBlock block, string language)
    {
        if (block.Sentences.Length == 0) return false;
        foreach (var sentence in block.Sentences)
            if (!sentence.Pack.IsSupported || !sentence.Pack.Code.Equals(language, StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    /// <summary>The block's negations that deny a statement: not the pack's weak ones ("without", "except"), which a translation may add or drop.</summary>
    static List<(TextSpan Span, string Text)> Negations(TranslationBlock block, BlockSentence sentence) =>
        [.. sentence.Denials.Select(span => (span, block.Segment.Text.Substring(span.Start, span.Length)))];
}
