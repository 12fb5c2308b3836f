using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace NarrativeLint.Language;

/// <summary>Everything that differs between languages, read from <c>rules/languages/{code}.yaml</c>.</summary>
public sealed class LanguagePack
{
    readonly LanguagePackDefinition definition;
    Pipeline? pipeline;

    LanguagePack(string code, LanguagePackDefinition definition) => (Code, this.definition) = (code, definition);

    public string Code { get; }

    /// <summary>The language's own name ("English", "Italiano", "Română").</summary>
    public string Name => definition.Name;

    /// <summary>
    /// Whether a word is written as a name: a capital letter where the language keeps capitals for names
    /// ("Velocell Start", "Unlimited"). German capitalises every noun, so its pack says a capital proves nothing.
    /// </summary>
    public bool IsName(string word) => NamesCapitalised && word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>Whether a capital inside a sentence marks a name: the pack's <c>names-capitalised</c> (false in German).</summary>
    public bool NamesCapitalised => definition.NamesCapitalised;

    /// <summary>
    /// Whether the word at <paramref name="index"/> is written as a name where it stands: capitalised, and not where every
    /// word is — a sentence's first word, or the first after a colon or an opening quote ("A: Recordings are kept…",
    /// "Q: How long…", "„Livrarea durează…").
    /// </summary>
    public bool IsNameAt(Sentence sentence, int index) =>
        IsName(sentence.Tokens[index].Text) && index > 0 && sentence.Tokens[index - 1].Text is not (":" or "\"" or "“" or "«" or "„" or "‘");

    /// <summary>Whether the pack reads documents whose language cannot be told (its file says <c>fallback: true</c>).</summary>
    public bool IsFallback => definition.Fallback;

    /// <summary>Whether a word saying which kind follows its noun ("metriche stabili"): the pack's <c>modifiers-after-noun</c>.</summary>
    public bool ModifiersAfterNoun => definition.ModifiersAfterNoun;

    /// <summary>Whether the language's verbs carry their subject ("registriamo", "înregistrăm"): the pack's <c>subject-in-verb</c>.</summary>
    public bool SubjectInVerb => definition.SubjectInVerb;

    /// <summary>
    /// False for the stand-in of a language without a pack ("ja", "pl"): it only splits and tokenizes, knows no
    /// numbers words, units, cues, concepts or registry phrases, so only language-independent rules find anything.
    /// </summary>
    public bool IsSupported { get; private init; } = true;

    /// <summary>
    /// The stand-in for a language that has no pack: its real code, and no words of any language; only symbols
    /// every language writes alike ("82%", "€9"), so translation drift still compares percentages and prices.
    /// </summary>
    internal static LanguagePack Unsupported(string code) => new(code, new LanguagePackDefinition
    {
        Code = code,
        Name = code,
        PercentWords = ["%", "％"],
        Currencies = new() { ["EUR"] = ["€"], ["USD"] = ["$"], ["GBP"] = ["£"] },
    }) { IsSupported = false };

    /// <summary>
    /// This pack for a brand that measures in some of the units the pack reads as parts of names ("1 Gbps" in a plan's
    /// name): a registry fact of "600 Mbps" makes "300 Mbps" a quantity in this brand's text.
    /// </summary>
    internal LanguagePack MeasuringIn(IReadOnlySet<string> units) =>
        definition.NonQuantityUnits.Any(units.Contains)
            ? new LanguagePack(Code, definition.WithNonQuantityUnits([.. definition.NonQuantityUnits.Where(u => !units.Contains(u))])) { IsSupported = IsSupported }
            : this;

    /// <summary>The pack's frequent function words, used by <see cref="LanguagePacks.Detect"/>; read without compiling the pack, which a language no document is in never needs.</summary>
    public IReadOnlySet<string> FunctionWords =>
        functionWords ??= definition.FunctionWords.Select(w => Tokenizer.FoldLetters(w.ToLowerInvariant(), LetterVariants)).ToHashSet(StringComparer.Ordinal);

    IReadOnlySet<string>? functionWords;

    IReadOnlyDictionary<char, char> LetterVariants => letterVariants ??= Pipeline.LetterVariants(definition.LetterVariants);

    IReadOnlyDictionary<char, char>? letterVariants;

    /// <summary>Reads a pack from the text of its YAML file; throws <see cref="YamlDotNet.Core.YamlException"/> when malformed.</summary>
    public static LanguagePack FromYaml(string yaml)
    {
        var parsed = LanguagePackDefinition.Parse(yaml);
        if (string.IsNullOrWhiteSpace(parsed.Code)) throw new InvalidDataException("A language pack needs a 'code'.");
        return new LanguagePack(parsed.Code.Trim().ToLowerInvariant(), parsed);
    }

    Pipeline Compiled => pipeline ??= new Pipeline(definition, FunctionWords);

    [ThreadStatic] static (List<TextSpan> Spans, List<Token> Tokens, List<Quantity> Quantities, List<StructuralNumber> Structural, List<Cue> Cues)? workingLists;

    /// <summary>Splits a segment into sentences and annotates each with tokens, stems, quantities and cues.</summary>
    /// <param name="cancellation">Looked at between sentences (a file's time budget).</param>
    public ImmutableArray<Sentence> Annotate(string text, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var compiled = Compiled;
        // One set of working lists per thread, reused segment after segment: they grow once, not per segment.
        var (spans, tokens, quantities, structural, cues) = workingLists ??= ([], [], [], [], []);
        spans.Clear();
        compiled.Splitter.Split(text, spans);
        var sentences = ImmutableArray.CreateBuilder<Sentence>(spans.Count);
        foreach (var span in spans)
        {
            cancellation.ThrowIfCancellationRequested();
            tokens.Clear();
            quantities.Clear();
            structural.Clear();
            cues.Clear();
            compiled.Tokenizer.Tokenize(text, span.Start, span.End, tokens);
            var tokenSpan = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
            compiled.Quantities.Extract(text, tokenSpan, quantities, structural);
            compiled.Cues.Find(tokenSpan, quantities, cues);
            sentences.Add(new Sentence(Code, span, text.Substring(span.Start, span.Length),
                [.. tokens], [.. quantities], [.. cues]) { StructuralNumbers = [.. structural] });
        }
        return sentences.MoveToImmutable();
    }

    /// <summary>
    /// The language-independent concept a word names ("shops", "negozi", "magazine" → "store"), from the pack's
    /// <c>concepts:</c> list, which names each inflected form: stems are too coarse here ("persone", "personale").
    /// </summary>
    public string? ConceptOf(Token token) => Compiled.Concepts.GetValueOrDefault(token.Lower);

    /// <summary>
    /// The other phrases a cue stands for, from the pack's <c>synonyms:</c> groups: the registry says "sell", the
    /// text says "share" or "condividere". Empty for a cue in no group.
    /// </summary>
    public IReadOnlyList<string> SynonymsOf(string cue) =>
        Compiled.Synonyms.TryGetValue(Compiled.Tokenizer.Lower(cue.Trim()), out var group) ? group : [];

    /// <summary>Whether two wordings of an act keep or break a never/always promise alike (the pack's <c>act-equivalents:</c>).</summary>
    public bool AreActEquivalents(string cue, string wording)
    {
        var (a, b) = (Compiled.Tokenizer.Lower(cue.Trim()), Compiled.Tokenizer.Lower(wording.Trim()));
        return a == b || Compiled.ActEquivalents.TryGetValue(a, out var group) && group.Contains(b);
    }

    /// <summary>
    /// Whether the words before token <paramref name="before"/> name someone other than the brand as the one acting:
    /// "You may not sell…", "Il cliente non può vendere…", "Partenerii pot…" — an other actor, and no word of the
    /// brand's own voice or name before it. Someone acting for the brand is the brand: an actor the brand's own
    /// voice owns ("our partners", "partenerii noștri", "i fornitori nostri"), or one whose act has the brand in its
    /// clause ("partners can buy data from us", "possono acquistare da noi").
    /// </summary>
    public bool OtherActorBefore(Sentence sentence, int before, IReadOnlySet<string> brandWords)
    {
        var all = sentence.Tokens.AsSpan();
        var tokens = all[..Math.Min(before, all.Length)];
        for (int i = 0; i < tokens.Length; i++)
        {
            if (Compiled.OwnVoice.TryMatchAt(tokens, i, out _, out _) || brandWords.Contains(tokens[i].Text)) return false;
            if (Compiled.OtherActors.TryMatchAt(tokens, i, out var length, out _) && !GovernedByPreposition(all, i))
                return !BrandInClauseAfter(sentence, i + length, brandWords);
        }
        return false;
    }

    /// <summary>
    /// Whether a preposition governs the noun phrase at token <paramref name="at"/>, with at most its determiners between
    /// ("from your clients", "dei nostri clienti", "despre utilizatori"): the phrase tells whose or what, not who acts.
    /// </summary>
    bool GovernedByPreposition(ReadOnlySpan<Token> tokens, int at)
    {
        for (int i = at - 1; i >= 0 && i >= at - 1 - NounPhraseDeterminers; i--)
        {
            if (Compiled.Prepositions.TryMatchEndingAt(tokens, i + 1, out _, out _)) return true;
            if (!FunctionWords.Contains(tokens[i].Lower)) return false;
        }
        return false;
    }

    /// <summary>
    /// The acts the sentence tells from their other side, each with its tokens: "partners will receive health data" is
    /// "share" (the pack's <c>converse-acts</c>), when one of the pack's <c>counterparts</c> is its subject, before it in its
    /// clause and governed by no preposition. "You can buy extra data" tells no sale of the brand's.
    /// </summary>
    public IEnumerable<(string Act, Range Tokens)> ConverseActsByCounterparts(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!Compiled.ConverseActs.TryMatchAt(tokens.AsSpan(), i, out int length, out var act)) continue;
            for (int k = ClauseStart(sentence, i); k < i; k++)
                if (Compiled.Counterparts.TryMatchAt(tokens.AsSpan(), k, out _, out _) && !GovernedByPreposition(tokens.AsSpan(), k))
                {
                    yield return (act, i..(i + length));
                    break;
                }
        }
    }

    /// <summary>Whether a preposition governs the word at <paramref name="at"/> ("widgets in the app"), with at most its determiners between.</summary>
    public bool IsGovernedByPreposition(Sentence sentence, int at) => GovernedByPreposition(sentence.Tokens.AsSpan(), at);

    /// <summary>Whether one of the pack's prepositions ("of", "sugli", "de la") starts at token <paramref name="at"/>.</summary>
    public bool IsPrepositionAt(Sentence sentence, int at) => Compiled.Prepositions.TryMatchAt(sentence.Tokens.AsSpan(), at, out _, out _);

    /// <summary>Whether the word names a length of time in general (the pack's <c>duration-nouns</c>: "period", "window", "finestra", "termen").</summary>
    public bool IsDurationNoun(in Token token) => Compiled.DurationNouns.Contains(token.Lower);

    /// <summary>Whether a word of the brand's own voice ("we", "our", "noi", "nostru") starts at token <paramref name="at"/>.</summary>
    public bool IsOwnVoice(Sentence sentence, int at) => Compiled.OwnVoice.TryMatchAt(sentence.Tokens.AsSpan(), at, out _, out _);

    /// <summary>How many determiners may stand between a preposition and its noun ("from all your clients").</summary>
    const int NounPhraseDeterminers = 2;

    /// <summary>Whether a word of the brand's own voice or name stands from token <paramref name="from"/> on, before the clause ends.</summary>
    bool BrandInClauseAfter(Sentence sentence, int from, IReadOnlySet<string> brandWords)
    {
        var tokens = sentence.Tokens.AsSpan();
        for (int j = from; j < tokens.Length; j++)
        {
            if (Compiled.OwnVoice.TryMatchAt(tokens, j, out _, out _) || brandWords.Contains(tokens[j].Text)) return true;
            if (Compiled.ClauseBoundaries.TryMatchAt(tokens, j, out _, out _)) return false;
        }
        return false;
    }

    /// <summary>
    /// Whether the sentence is a worked example: it opens with one of the pack's example labels and a colon ("Example: 200
    /// employees on Essentials come to €800 a month", "Esempio: …", "Exemplu: …"); its figures are computed, not promised.
    /// </summary>
    public bool IsWorkedExample(Sentence sentence) => ExampleLabelBefore(sentence) == ":";

    /// <summary>
    /// Whether the sentence opens with one of the pack's example labels and a colon or a comma ("For example, a family with
    /// 4 lines pays €60 a month", "Ad esempio, …"): its figures illustrate, they state no fact of the company's.
    /// </summary>
    public bool OpensWithExample(Sentence sentence) => ExampleLabelBefore(sentence) is ":" or ",";

    /// <summary>The punctuation right after an example label that opens the sentence, or null.</summary>
    string? ExampleLabelBefore(Sentence sentence)
    {
        var tokens = sentence.Tokens.AsSpan();
        return Compiled.ExampleLabels.TryMatchAt(tokens, 0, out var length, out _) && length < tokens.Length ? tokens[length].Text : null;
    }

    /// <summary>Whether a word is one of the pack's version words ("version", "versione"), which stand between a name and its number.</summary>
    public bool IsVersionWord(in Token token) => Compiled.VersionWords.Contains(token.Lower);

    /// <summary>Whether the phrase at <paramref name="tokens"/> lies inside one of the pack's idioms ("green light", "numero verde", "undă verde").</summary>
    public bool InIdiom(Sentence sentence, Range tokens)
    {
        var span = sentence.Tokens.AsSpan();
        var (start, length) = tokens.GetOffsetAndLength(span.Length);
        for (int i = Math.Max(0, start - IdiomReach); i <= start && i < span.Length; i++)
            if (Compiled.Idioms.TryMatchAt(span, i, out var idiomLength, out _) && i + idiomLength >= start + length) return true;
        return false;
    }

    /// <summary>Whether the cue at <paramref name="tokens"/> is one of the pack's weak negations ("without", "except", French "ne"), which alone deny no statement.</summary>
    public bool IsWeakNegation(Sentence sentence, Range tokens)
    {
        var (start, length) = tokens.GetOffsetAndLength(sentence.Tokens.Length);
        return Compiled.WeakNegations.TryMatchAt(sentence.Tokens.AsSpan(), start, out var matched, out _) && matched == length;
    }

    /// <summary>
    /// Whether the word at <paramref name="token"/> is the noun a weak negation denies: "without a prescription",
    /// "non-prescription products", "senza ricetta", "fără rețetă" name what is absent. An article or a hyphen may stand between.
    /// </summary>
    public bool IsDeniedNoun(Sentence sentence, int token)
    {
        var tokens = sentence.Tokens.AsSpan();
        int end = token;
        if (end > 0 && tokens[end - 1].Text == "-") end--;
        else if (Compiled.Articles.TryMatchEndingAt(tokens, end, out int article, out _)) end = article;
        return end > 0 && Compiled.WeakNegations.TryMatchEndingAt(tokens, end, out _, out _);
    }

    /// <summary>
    /// Whether the sentence opens by refusing what the one before asked ("No, thanks.", "We don't do that word.",
    /// "A: Not here."): a refusal or a negation among its first words.
    /// </summary>
    public bool OpensWithRefusal(Sentence sentence)
    {
        var tokens = sentence.Tokens.AsSpan();
        for (int i = 0, words = 0; i < tokens.Length && words < RefusalReach; i++)
        {
            if (tokens[i].Kind != TokenKind.Word) continue;
            words++;
            if (Compiled.Refusals.TryMatchAt(tokens, i, out _, out _)) return true;
            foreach (var cue in sentence.Cues)
                if (cue.Kind == CueKind.Negation && cue.Tokens.Start.GetOffset(tokens.Length) == i && !IsWeakNegation(sentence, cue.Tokens)) return true;
        }
        return false;
    }

    /// <summary>How many words a refusal may stand behind: a subject and an answer label ("We don't", "A: Not here").</summary>
    const int RefusalReach = 3;

    /// <summary>Whether the sentence holds one of the pack's weak negations, as a cue or as a word part ("non" of "non-exhaustive", "zero" of "zero-code").</summary>
    public bool HasWeakNegation(Sentence sentence)
    {
        var tokens = sentence.Tokens.AsSpan();
        for (int i = 0; i < tokens.Length; i++)
            if (Compiled.WeakNegations.TryMatchAt(tokens, i, out _, out _)) return true;
        return false;
    }

    /// <summary>The shortest stem after a negative prefix: "un" + "familiar" negates, "un" + "til" does not.</summary>
    const int ShortestNegatedStem = 5;

    /// <summary>Whether the sentence holds one of the pack's negative words ("free", "unavailable") or a word of one of its negative prefixes ("unfamiliar").</summary>
    public bool HasNegativeWord(Sentence sentence)
    {
        var tokens = sentence.Tokens.AsSpan();
        for (int i = 0; i < tokens.Length; i++)
        {
            if (Compiled.NegativeWords.TryMatchAt(tokens, i, out _, out _)) return true;
            if (tokens[i].Kind != TokenKind.Word) continue;
            foreach (var prefix in definition.NegativePrefixes)
                if (tokens[i].Lower.Length >= prefix.Length + ShortestNegatedStem && tokens[i].Lower.StartsWith(prefix, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>How many tokens after its opening word the moment a duration is counted from may take ("of the initial report").</summary>
    const int TimeReferenceTokens = 5;

    /// <summary>
    /// The tokens naming the moment a duration is counted from, right after it: "of the initial report" in "within
    /// two weeks of the initial report", "after the 3.0 release" in "60 days after the 3.0 release" (the pack's
    /// <c>time-references</c>; its <c>time-references-after-deadline</c> only when a qualifier or a deadline word
    /// opens the duration). Up to the clause's end and a few words; an empty range when nothing names one.
    /// </summary>
    public Range TimeReferenceAfter(Sentence sentence, Quantity duration)
    {
        var tokens = sentence.Tokens.AsSpan();
        int end = sentence.TokenAt(duration.Span.End);
        if (end >= tokens.Length) return default;
        // After a span verb the moment before-words name is what the time runs until ("it can take 3 weeks before the refund shows").
        bool opens = Compiled.TimeReferences.TryMatchAt(tokens, end, out var length, out _)
                     || !AfterSpanVerb(sentence, duration) && Compiled.TimeReferencesBefore.TryMatchAt(tokens, end, out length, out _)
                     || Compiled.TimeReferencesAfterDeadline.TryMatchAt(tokens, end, out length, out _) && AfterDeadline(sentence, duration);
        if (!opens) return default;
        int last = end + length;
        while (last < tokens.Length && last < end + length + TimeReferenceTokens && !Compiled.ClauseBoundaries.TryMatchAt(tokens, last, out _, out _)) last++;
        return new Range(end, last);
    }

    /// <summary>Whether one of the pack's span verbs stands right before the duration ("can take up to 3 weeks", "servono 10 giorni").</summary>
    bool AfterSpanVerb(Sentence sentence, Quantity duration) =>
        Compiled.SpanVerbs.TryMatchEndingAt(sentence.Tokens.AsSpan(), sentence.TokenAt(duration.Span.Start), out _, out _);

    /// <summary>
    /// Whether the duration is counted back to a moment: "30 days before renewal", "24 hours' notice before a visit",
    /// "cu 30 de zile înainte de reînnoire" (a before-word within a few words after it, in its clause). After a span
    /// verb ("it can take up to 3 weeks before the refund shows", "servono 10 giorni prima che") the duration runs until
    /// the moment: no lead time.
    /// </summary>
    public bool CountsBack(Sentence sentence, Quantity duration)
    {
        var tokens = sentence.Tokens.AsSpan();
        int end = sentence.TokenAt(duration.Span.End);
        if (AfterSpanVerb(sentence, duration)) return false;
        for (int at = end; at < tokens.Length && at <= end + CountsBackReach; at++)
        {
            if (Compiled.TimeReferencesBefore.TryMatchAt(tokens, at, out _, out _)) return true;
            if (Compiled.ClauseBoundaries.TryMatchAt(tokens, at, out _, out _)) return false;
        }
        return false;
    }

    /// <summary>
    /// The words a duration is the length of, from the pack's <c>measure-of</c> word right before it: "term" in "a
    /// minimum term of 24 months", "termine" in "un termine di 24 mesi" (up to two content words). Empty when there is
    /// none, or when the word right before it names a length of time in general ("a period of 30 days", "a maximum of",
    /// "timp de", the pack's <c>duration-nouns</c>).
    /// </summary>
    public Range NounsMeasuredBy(Sentence sentence, Quantity duration)
    {
        var tokens = sentence.Tokens.AsSpan();
        int first = sentence.TokenAt(duration.Span.Start);
        if (!Compiled.MeasureOf.TryMatchEndingAt(tokens, first, out var end, out _)) return default;
        int start = end;
        while (start > 0 && end - start < MeasuredNouns && tokens[start - 1].Kind == TokenKind.Word && !FunctionWords.Contains(tokens[start - 1].Lower)) start--;
        return start == end || Compiled.DurationNouns.Contains(tokens[end - 1].Lower) ? default : new Range(start, end);
    }

    /// <summary>
    /// What a percentage is a share of, right after it: "population" in "92% of the population", "popolazione" in "il
    /// 92% della popolazione" (past the pack's <c>measure-of</c> word and the function words after it), "recycled
    /// polyester" in "100% recycled polyester" (the words it modifies); up to three words. No words when another
    /// preposition opens what follows ("save 10% on every product", "del 99,5% su base annua": what it applies to) or a
    /// punctuation mark comes first. <c>OfTime</c> when one of the words is a length of time ("99.8% of every calendar
    /// month", "99.5% of the time"): a share of time, as an availability is.
    /// </summary>
    public (Range Words, bool OfTime) SharedBy(Sentence sentence, Quantity percentage)
    {
        var tokens = sentence.Tokens.AsSpan();
        int at = sentence.TokenAt(percentage.Span.End);
        if (Compiled.MeasureOf.TryMatchAt(tokens, at, out var of, out _))
            for (at += of; at < tokens.Length && tokens[at].Kind == TokenKind.Word && (FunctionWords.Contains(tokens[at].Lower) || IsDeterminer(tokens[at].Lower)); at++) { }
        int start = at;
        for (; at < tokens.Length && at - start < SharedWords; at++)
        {
            if (tokens[at].Kind != TokenKind.Word || FunctionWords.Contains(tokens[at].Lower) || Compiled.Prepositions.TryMatchAt(tokens, at, out _, out _)
                || Compiled.ClauseBoundaries.TryMatchAt(tokens, at, out _, out _)) break;
            if (Compiled.DurationNouns.Contains(tokens[at].Lower) || Compiled.DurationUnits.TryMatchAt(tokens, at, out _, out _)) return (default, true);
        }
        return (new Range(start, at), false);
    }

    /// <summary>How many words after a percentage tell what it is a share of ("every calendar month").</summary>
    const int SharedWords = 3;

    /// <summary>How many content words before a <c>measure-of</c> word name what the duration measures ("minimum term", "termine minimo").</summary>
    const int MeasuredNouns = 2;

    /// <summary>How many tokens may stand between a duration and the word that counts it back ("24 hours' notice before").</summary>
    const int CountsBackReach = 3;

    /// <summary>Whether a definite article ("the", "il", "i") ends right before token <paramref name="index"/>.</summary>
    public bool ArticleBefore(Sentence sentence, int index) => Compiled.Articles.TryMatchEndingAt(sentence.Tokens.AsSpan(), index, out _, out _);

    /// <summary>Whether a lower-case word is one of the pack's articles and possessives (<c>determiners</c>).</summary>
    public bool IsDeterminer(string lower) => Compiled.Determiners.Contains(lower);

    /// <summary>Whether a month's name ("April", "aprile", "autumn") starts at token <paramref name="index"/>.</summary>
    public bool IsMonth(Sentence sentence, int index) => Compiled.Months.TryMatchAt(sentence.Tokens.AsSpan(), index, out _, out _);

    /// <summary>Whether a list joiner ("or", "and", "o", "sau") starts at token <paramref name="index"/>.</summary>
    public bool IsListJoiner(Sentence sentence, int index) => Compiled.ListJoiners.TryMatchAt(sentence.Tokens.AsSpan(), index, out _, out _);

    /// <summary>Whether a clause boundary ("," "but" "ma" "dar"…) stands among the tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public bool ClauseBoundaryAmong(Sentence sentence, int from, int to) => AnyAmong(Compiled.ClauseBoundaries, sentence, from, to);

    /// <summary>Whether a contrast word ("but", "ma", "dar") stands among the tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public bool ContrastAmong(Sentence sentence, int from, int to) => AnyAmong(Compiled.ContrastWords, sentence, from, to);

    static bool AnyAmong(PhraseTable<bool> phrases, Sentence sentence, int from, int to)
    {
        var tokens = sentence.Tokens.AsSpan();
        for (int i = Math.Max(0, from); i < Math.Min(to, tokens.Length); i++)
            if (phrases.TryMatchAt(tokens, i, out _, out _)) return true;
        return false;
    }

    /// <summary>
    /// Whether the token stands in a condition: a condition word of the pack before it in its clause ("If a fault keeps
    /// your line down for more than 24 hours, …", "Dacă linia e căzută mai mult de 24 de ore, …").
    /// </summary>
    public bool InCondition(Sentence sentence, int token) => ConditionBefore(sentence, token) >= 0;

    /// <summary>The token of the condition word before <paramref name="token"/> in its clause, or -1.</summary>
    int ConditionBefore(Sentence sentence, int token)
    {
        var tokens = sentence.Tokens.AsSpan();
        for (int i = Math.Min(token, tokens.Length) - 1; i >= 0; i--)
        {
            if (Compiled.ConditionWords.TryMatchAt(tokens, i, out _, out _)) return i;
            if (Compiled.ClauseBoundaries.TryMatchAt(tokens, i, out _, out _)) return -1;
        }
        return -1;
    }

    /// <summary>
    /// Whether the token stands in what a condition supposes, as far as punctuation shows where the supposition ends:
    /// a condition after the main clause runs to the sentence's end ("we credit you if the line is down for 24 hours"),
    /// one before it to the clause boundary that closes it ("Qualora la disponibilità scenda sotto il 99,9%, il
    /// Cliente…"). A condition before an unpunctuated main clause does not show where it ends ("In caso di maltempo il
    /// tecnico interviene entro 7 giorni", "Se sottoscrivete online avete 7 giorni"), so the token is not taken as supposed.
    /// </summary>
    public bool IsSupposed(Sentence sentence, int token)
    {
        int condition = ConditionBefore(sentence, token);
        if (condition < 0) return false;
        // Words of the condition's own clause before it: the main clause came first.
        bool afterMainClause = ClauseStart(sentence, condition) < condition;
        return afterMainClause || ClauseBoundaryAmong(sentence, token + 1, sentence.Tokens.Length);
    }

    /// <summary>"within 14 days", "after 60 days", "entro 14 giorni": a qualifier is part of the duration, a deadline or time-reference word stands right before it.</summary>
    bool AfterDeadline(Sentence sentence, Quantity duration)
    {
        if (duration.Qualifier != Qualifier.None) return true;
        int first = sentence.TokenAt(duration.Span.Start);
        var tokens = sentence.Tokens.AsSpan();
        return Compiled.TimeReferences.TryMatchEndingAt(tokens, first, out _, out _) || Compiled.DeadlineWords.TryMatchEndingAt(tokens, first, out _, out _);
    }

    /// <summary>Where the clause the token before <paramref name="before"/> belongs to starts: after the last clause boundary ("," "but" "ma") before it, or at 0.</summary>
    public int ClauseStart(Sentence sentence, int before) => Compiled.Cues.ClauseStart(sentence.Tokens.AsSpan(), before);

    /// <summary>How many words before a claim word an idiom that contains it may start ("given the green light").</summary>
    const int IdiomReach = 4;

    /// <summary>Whether the sentence opens or names a legal disclaimer ("Disclaimer of warranties", "Exonerare de garanție").</summary>
    public bool IsDisclaimer(Sentence sentence)
    {
        var tokens = sentence.Tokens.AsSpan();
        for (int i = 0; i < tokens.Length; i++)
            if (Compiled.Disclaimers.TryMatchAt(tokens, i, out _, out _)) return true;
        return false;
    }

    /// <summary>Whether <paramref name="ending"/> (after a hyphen) only inflects the word before it: Romanian "SIM-ul".</summary>
    public bool IsHyphenatedEnding(string ending) => Compiled.HyphenatedEndings.Contains(ending);

    /// <summary>The event a word names ("warranty", "founded", "active"), from the pack's <c>events:</c> list.</summary>
    public string? EventOf(Token token) => Compiled.Events.GetValueOrDefault(token.Lower);

    /// <summary>The role a word names ("dermatologist", "farmacisti"), from the pack's <c>roles:</c> list: who does an act.</summary>
    public string? RoleOf(Token token) => Compiled.Roles.GetValueOrDefault(token.Lower);

    /// <summary>The event a verb of a beginning names ("started", "iniziato", "început"), from the pack's <c>beginnings:</c> list.</summary>
    public string? BeginningOf(Token token) => Compiled.Beginnings.GetValueOrDefault(token.Lower);

    /// <summary>
    /// The unit a price is per, when a rate word and a content word follow it ("€3 per day", "22 € a notte", "€69 per
    /// person"): the unit id of the pack's <c>sale-units:</c>, else the word's stem; with the word's index. A word after
    /// an article ("15 € per il casco": what it is for), a name ("a Milano": where) or none is no unit of sale.
    /// </summary>
    public (string Unit, int At)? UnitOfSaleAt(Sentence sentence, int index)
    {
        var tokens = sentence.Tokens.AsSpan();
        if (!Compiled.RateWords.TryMatchAt(tokens, index, out var length, out _) || index + length >= tokens.Length) return null;
        var word = tokens[index + length];
        if (word.Kind != TokenKind.Word || word.Text != word.Lower || FunctionWords.Contains(word.Lower)) return null;
        return (Compiled.SaleUnits.GetValueOrDefault(word.Lower) ?? word.Stem, index + length);
    }

    /// <summary>Whether the role answers for a duty of its own, not for the brand's service (the pack's <c>independent-roles</c>: "officer", "manager").</summary>
    public bool IsIndependentRole(string role) => Compiled.IndependentRoles.Contains(role);

    /// <summary>The event, lasting act or timed act a word names ("warranty", "keep", "refund"): what a duration beside it is the length of, for the commitment rules.</summary>
    public string? HappeningOf(Token token) => EventOf(token) ?? Compiled.LastingActs.GetValueOrDefault(token.Lower) ?? Compiled.TimedActs.GetValueOrDefault(token.Lower);

    /// <summary>
    /// The lasting act a word names ("kept", "conservate", "guaranteed"), or an event of the same id ("warranty", "garanția"):
    /// an act done to a thing, unlike an event that is the thing's own ("activation").
    /// </summary>
    public string? LastingActOf(Token token) =>
        Compiled.LastingActs.GetValueOrDefault(token.Lower) ?? (EventOf(token) is { } happening && Compiled.LastingActIds.Contains(happening) ? happening : null);

    /// <summary>The tokens of a text without sentence splitting (spans relative to <paramref name="text"/>).</summary>
    public ImmutableArray<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Compiled.Tokenizer.Tokenize(text, 0, text.Length, tokens);
        return [.. tokens];
    }

    /// <summary>A lower-case word with this pack's letter variants folded ("şi" → "și" in Romanian).</summary>
    public string FoldLetters(string lower) => Tokenizer.FoldLetters(lower, LetterVariants);

    /// <summary>The light stem of one word ("replies" → "repl").</summary>
    public string Stem(string word) => Compiled.Stemmer.Stem(Compiled.Tokenizer.Lower(word));

    /// <summary>The stems of a phrase, as cue phrases are matched ("personal data" → ["person", "data"]).</summary>
    public ImmutableArray<string> StemPhrase(string phrase)
    {
        var tokens = new List<Token>();
        Compiled.Tokenizer.Tokenize(phrase, 0, phrase.Length, tokens);
        return [.. tokens.Where(t => t.Kind is TokenKind.Word or TokenKind.Number).Select(t => t.Stem)];
    }

    /// <summary>The pack's file compiled once: phrase tables, splitter, tokenizer and extractors.</summary>
    sealed class Pipeline
    {
        public SentenceSplitter Splitter { get; }
        public Tokenizer Tokenizer { get; }
        public Stemmer Stemmer { get; }
        public QuantityExtractor Quantities { get; }
        public CueFinder Cues { get; }
        public Dictionary<string, string> Concepts { get; }
        public Dictionary<string, string> Events { get; }
        public Dictionary<string, string> LastingActs { get; }
        public HashSet<string> LastingActIds { get; }
        public Dictionary<string, string> TimedActs { get; }
        public Dictionary<string, string> Roles { get; }
        public Dictionary<string, string> SaleUnits { get; }
        public Dictionary<string, string> Beginnings { get; }
        public PhraseTable<bool> RateWords { get; }
        public HashSet<string> IndependentRoles { get; }
        public Dictionary<string, IReadOnlyList<string>> Synonyms { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, IReadOnlyList<string>> ActEquivalents { get; } = new(StringComparer.Ordinal);
        public PhraseTable<bool> OtherActors { get; }
        public PhraseTable<string> ConverseActs { get; }
        public PhraseTable<bool> Counterparts { get; }
        public PhraseTable<bool> ExampleLabels { get; }
        public PhraseTable<bool> OwnVoice { get; }
        public PhraseTable<bool> Disclaimers { get; }
        public PhraseTable<bool> Idioms { get; }
        public PhraseTable<bool> WeakNegations { get; }
        public PhraseTable<bool> Refusals { get; }
        public PhraseTable<bool> NegativeWords { get; }
        public PhraseTable<bool> TimeReferences { get; }
        public PhraseTable<bool> TimeReferencesAfterDeadline { get; }
        public PhraseTable<bool> TimeReferencesBefore { get; }
        public PhraseTable<bool> SpanVerbs { get; }
        public PhraseTable<bool> ContrastWords { get; }
        public PhraseTable<bool> Prepositions { get; }
        public PhraseTable<bool> MeasureOf { get; }
        public PhraseTable<bool> ConditionWords { get; }
        public HashSet<string> DurationNouns { get; }
        public PhraseTable<DurationUnit> DurationUnits { get; }
        public PhraseTable<bool> DeadlineWords { get; }
        public PhraseTable<bool> ClauseBoundaries { get; }
        public PhraseTable<bool> ListJoiners { get; }
        public PhraseTable<int> Months { get; }
        public PhraseTable<bool> Articles { get; }
        public HashSet<string> VersionWords { get; }
        public HashSet<string> Determiners { get; }
        public HashSet<string> HyphenatedEndings { get; } = new(StringComparer.Ordinal);

        public Pipeline(LanguagePackDefinition d, IReadOnlySet<string> functionWords)
        {
            var numerals = new NumeralFormat(Single(d.Numbers.Decimal, '.'), Single(d.Numbers.Group, ','), d.Numbers.GroupAsDecimal);
            Stemmer = new Stemmer(d.Stemming, d.Code.Trim().ToLowerInvariant());
            Tokenizer = new Tokenizer(numerals, Stemmer, LetterVariants(d.LetterVariants));
            Splitter = new SentenceSplitter(d.SentenceAbbreviations);
            Concepts = IdsByWord(d.Concepts);
            HyphenatedEndings.UnionWith(d.HyphenatedEndings.Select(Tokenizer.Lower));
            AddGroups(d.ActEquivalents, ActEquivalents);
            AddGroups(d.Synonyms, Synonyms);
            Events = IdsByWord(d.Events);
            LastingActs = IdsByWord(d.LastingActs);
            LastingActIds = [.. d.LastingActs.Keys];
            TimedActs = IdsByWord(d.TimedActs);
            Roles = IdsByWord(d.Roles);
            SaleUnits = IdsByWord(d.SaleUnits);
            Beginnings = IdsByWord(d.Beginnings);
            IndependentRoles = [.. d.IndependentRoles];

            DeadlineWords = Table(d.DeadlineWords);
            Quantities = new QuantityExtractor(
                new NumberReader(numerals, d.NumberWords, Tokenizer.Lower),
                DurationUnits = Grouped(d.DurationUnits, Enum<DurationUnit>),
                RateWords = Table(d.RateWords),
                Grouped(d.Qualifiers, Enum<Qualifier>),
                DeadlineWords,
                Table(d.EndOf),
                Articles = Table(d.Articles),
                Table(d.RangeOpeners),
                Table(d.RangeJoiners),
                Grouped(d.Currencies, code => code.ToUpperInvariant()),
                Grouped(d.MoneyPeriods, Enum<DurationUnit>),
                Table(d.PercentWords),
                Months = new PhraseTable<int>(d.Months.SelectMany(m => m.Value.Select(name => (Words(name), m.Key)))),
                Table(d.OrdinalSuffixes),
                Table(d.ClockMarkers),
                Table(d.NonQuantityUnits),
                d.MonthLinks.Select(Tokenizer.Lower).ToHashSet(StringComparer.Ordinal),
                d.PeriodMarkers.Quarter.Select(m => (Marker: m, Length: PeriodLength.Quarter))
                    .Concat(d.PeriodMarkers.Half.Select(m => (Marker: m, Length: PeriodLength.Half)))
                    .ToDictionary(p => Tokenizer.Lower(p.Marker), p => p.Length, StringComparer.Ordinal),
                Table(d.VersionWords),
                Table(d.VersionLater));

            // A phrase listed under several kinds ("no longer": negation and history) carries them all; not-cues carry none.
            var cuePhrases = d.Cues
                .SelectMany(kv => kv.Value.Select(phrase => (Key: string.Join(' ', Words(phrase)), Kind: CueKindOf(kv.Key))))
                .GroupBy(p => p.Key, StringComparer.Ordinal)
                .Select(g => (g.Key.Split(' '), g.Where(p => p.Kind is not null).Select(p => p.Kind!.Value).Distinct().ToArray()));
            OtherActors = Table(d.OtherActors);
            ConverseActs = Grouped(d.ConverseActs, act => act);
            Counterparts = Table(d.Counterparts);
            ExampleLabels = Table(d.ExampleLabels);
            OwnVoice = Table(d.OwnVoice);
            Disclaimers = Table(d.DisclaimerPhrases);
            Idioms = Table(d.Idioms);
            Determiners = d.Determiners.Select(Tokenizer.Lower).ToHashSet(StringComparer.Ordinal);
            WeakNegations = Table(d.WeakNegations);
            Refusals = Table(d.Refusals);
            NegativeWords = Table(d.NegativeWords);
            TimeReferences = Table(d.TimeReferences);
            TimeReferencesAfterDeadline = Table(d.TimeReferencesAfterDeadline);
            TimeReferencesBefore = Table(d.TimeReferencesBefore);
            SpanVerbs = Table(d.SpanVerbs);
            ContrastWords = Table(d.ContrastWords);
            Prepositions = Table(d.Prepositions);
            MeasureOf = Table(d.MeasureOf);
            ConditionWords = Table(d.ConditionWords);
            DurationNouns = d.DurationNouns.Select(Tokenizer.Lower).ToHashSet(StringComparer.Ordinal);
            ClauseBoundaries = Table(d.ClauseBoundaries);
            ListJoiners = Table(d.ListJoiners);
            VersionWords = d.VersionWords.Select(Tokenizer.Lower).ToHashSet(StringComparer.Ordinal);
            Cues = new CueFinder(new PhraseTable<CueKind[]>(cuePhrases), ClauseBoundaries, ListJoiners, Table(d.UntilPastDate), d.NegationReach switch
            {
                "rest-of-clause" => false,
                "clause" => true,
                var other => throw new InvalidDataException($"Unknown negation-reach '{other}' in a language pack: write rest-of-clause or clause."),
            }, Table(d.NounNegations), functionWords);

            string[] Words(string phrase) => PhraseWords(Tokenizer, phrase);
            // A word names the first id that lists it ("concepts:", "events:", "roles:").
            Dictionary<string, string> IdsByWord(Dictionary<string, List<string>> groups)
            {
                var byWord = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (id, words) in groups)
                    foreach (var word in words.Select(Tokenizer.Lower))
                        byWord.TryAdd(word, id);
                return byWord;
            }
            // Each word of a group stands for the others ("synonyms:", "act-equivalents:").
            void AddGroups(List<List<string>> groups, Dictionary<string, IReadOnlyList<string>> byWord)
            {
                foreach (var group in groups)
                {
                    var lowered = group.Select(Tokenizer.Lower).ToList();
                    foreach (var word in lowered) byWord.TryAdd(word, lowered.Where(w => w != word).ToList());
                }
            }
            PhraseTable<bool> Table(IEnumerable<string> phrases) => new(phrases.Select(p => (Words(p), true)));
            PhraseTable<T> Grouped<T>(Dictionary<string, List<string>> groups, Func<string, T> key)
                => new(groups.SelectMany(g => g.Value.Select(p => (Words(p), key(g.Key)))));
        }

        static char Single(string value, char fallback) => string.IsNullOrEmpty(value) ? fallback : value[0];

        internal static Dictionary<char, char> LetterVariants(Dictionary<string, string> variants) => variants
            .Where(kv => kv.Key.Length == 1 && kv.Value.Length == 1)
            .ToDictionary(kv => char.ToLowerInvariant(kv.Key[0]), kv => char.ToLowerInvariant(kv.Value[0]));

        static T Enum<T>(string name) where T : struct, System.Enum
            => System.Enum.TryParse<T>(name.Replace("-", ""), ignoreCase: true, out var value)
                ? value
                : throw new InvalidDataException($"Unknown {typeof(T).Name} '{name}' in a language pack.");

        static CueKind? CueKindOf(string name) => name.Replace("-", "") switch
        {
            var n when n.Equals("notcues", StringComparison.OrdinalIgnoreCase) => null,
            var n => Enum<CueKind>(n),
        };

        /// <summary>A phrase split as sentences are ("don't" → don, t; "/month" → /, month); "{past-year}" stays one word.</summary>
        static string[] PhraseWords(Tokenizer tokenizer, string phrase)
        {
            var words = new List<string>();
            foreach (var part in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (part == PhraseTable<bool>.PastYear)
                {
                    words.Add(PhraseTable<bool>.PastYear);
                    continue;
                }
                var tokens = new List<Token>();
                tokenizer.Tokenize(part, 0, part.Length, tokens);
                words.AddRange(tokens.Select(t => t.Lower));
            }
            // A phrase ending in an elided word ("dall'", "prima dell'") meets the word it is written onto in the text,
            // where the apostrophe between two letters is no token: "dall'attivazione" → dall, attivazione.
            if (words.Count > 1 && words[^1] is "'" or "’" && phrase.TrimEnd().Length > 1 && char.IsLetter(phrase.TrimEnd()[^2])) words.RemoveAt(words.Count - 1);
            return [.. words];
        }
    }
}

/// <summary>The language packs shipped with NarrativeLint (embedded), and language detection over them.</summary>
public sealed class LanguagePacks
{
    const string ResourcePrefix = "languages/";
    const int MinimumEvidence = 3;

    readonly Dictionary<string, LanguagePack> packs;
    readonly System.Collections.Concurrent.ConcurrentDictionary<string, LanguagePack> unsupported = new(StringComparer.Ordinal);
    // Function word → the languages whose lists hold it, so a word shared by several ("de", "la") counts less.
    readonly Dictionary<string, string[]> functionWords = new(StringComparer.Ordinal);

    public static LanguagePacks Default { get; } = new();

    /// <summary>The packs embedded in NarrativeLint (en, it, ro, …), each read on whichever core is free.</summary>
    public LanguagePacks() : this(ReadEmbedded())
    {
    }

    static LanguagePack[] ReadEmbedded()
    {
        var codes = EmbeddedCodes().ToArray();
        var packs = new LanguagePack[codes.Length];
        Parallel.For(0, codes.Length, i => packs[i] = LanguagePack.FromYaml(ReadEmbeddedText(codes[i])!));
        return packs;
    }

    /// <summary>A set of packs, for instance the embedded ones plus a project's own <c>fr.yaml</c> (later packs win).</summary>
    public LanguagePacks(IEnumerable<LanguagePack> packs)
    {
        this.packs = new Dictionary<string, LanguagePack>(StringComparer.OrdinalIgnoreCase);
        foreach (var pack in packs) this.packs[pack.Code] = pack;
        Fallback = this.packs.Values.LastOrDefault(p => p.IsFallback) ?? this.packs.Values.FirstOrDefault()
                   ?? throw new ArgumentException("A set of language packs needs at least one pack.", nameof(packs));
        // Plain loops: this runs at every start, and LINQ over tuples here was JIT-compiled each time.
        var languagesOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string code, IEnumerable<string> words)
        {
            foreach (var word in words)
            {
                if (!languagesOf.TryGetValue(word, out var languages)) languagesOf[word] = languages = [];
                if (!languages.Contains(code)) languages.Add(code);
            }
        }
        foreach (var pack in this.packs.Values) Add(pack.Code, pack.FunctionWords);
        foreach (var (code, words) in ScriptDetector.FunctionWordsWithoutPack)
            if (!this.packs.ContainsKey(code)) Add(code, words);
        foreach (var (word, languages) in languagesOf) functionWords[word] = [.. languages];
    }

    /// <summary>These packs with <paramref name="units"/> (lower-cased) read as units of measure: see <see cref="LanguagePack.MeasuringIn"/>.</summary>
    public LanguagePacks MeasuringIn(IReadOnlySet<string> units)
    {
        if (units.Count == 0) return this;
        var measuring = packs.Values.Select(p => p.MeasuringIn(units)).ToList();
        return measuring.SequenceEqual(packs.Values) ? this : new LanguagePacks(measuring);
    }

    /// <summary>The pack for documents whose language has no pack or cannot be told: the one marked <c>fallback: true</c>.</summary>
    public LanguagePack Fallback { get; }

    public IReadOnlyCollection<LanguagePack> All => packs.Values;

    /// <summary>
    /// The pack for a language code ("en", "it-IT" → "it"). A real language without a pack ("ja", "pl-PL") gets its
    /// <see cref="LanguagePack.IsSupported">unsupported</see> stand-in, never another language's pack; no code, or
    /// one that names no language ("und", "x-default"), gets the <see cref="Fallback"/> pack.
    /// </summary>
    public LanguagePack Get(string? code)
    {
        if (PrimaryTag(code) is not { } primary) return Fallback;
        if (packs.TryGetValue(primary, out var pack)) return pack;
        return unsupported.GetOrAdd(primary, LanguagePack.Unsupported);
    }

    /// <summary>"pt-BR" → "pt"; null for no code or one that names no language.</summary>
    static string? PrimaryTag(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var trimmed = code.Trim();
        var cut = trimmed.AsSpan().IndexOfAny('-', '_');
        var primary = (cut > 0 ? trimmed[..cut] : trimmed).ToLowerInvariant();
        return primary.Length is 2 or 3 && !primary.AsSpan().ContainsAnyExceptInRange('a', 'z') && primary is not ("und" or "mul" or "zxx" or "mis")
            ? primary : null;
    }

    /// <summary>
    /// Guesses the language of a text: from its script where that decides ("ja", "ko", "bn", …), otherwise from
    /// the function words of the packs and of a few Latin-script languages without one ("pl"); a word several
    /// languages share counts for each a fraction. Null when too little text to tell.
    /// </summary>
    public string? Detect(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (ScriptDetector.Detect(text) is { } byScript) return byScript;
        var scores = new Dictionary<string, (double Score, int Hits)>(StringComparer.Ordinal);
        foreach (var word in Fallback.Tokenize(text))
        {
            if (word.Kind != TokenKind.Word) continue;
            Count(word.Lower);
            // Each pack folds letters its own way ("şi" is "și" in Romanian).
            foreach (var pack in packs.Values)
            {
                var folded = pack.FoldLetters(word.Lower);
                if (!ReferenceEquals(folded, word.Lower) && folded != word.Lower) Count(folded, pack.Code);
            }
        }
        if (scores.Count == 0) return null;
        var best = scores.OrderByDescending(kv => kv.Value.Score).ThenBy(kv => kv.Key, StringComparer.Ordinal).First();
        return best.Value.Hits >= MinimumEvidence ? best.Key : null;

        void Count(string word, string? only = null)
        {
            if (!functionWords.TryGetValue(word, out var languages)) return;
            foreach (var language in languages)
            {
                if (only is not null && language != only) continue;
                var (score, hits) = scores.GetValueOrDefault(language);
                scores[language] = (score + 1.0 / languages.Length, hits + 1);
            }
        }
    }

    internal static IEnumerable<string> EmbeddedCodes()
        => typeof(LanguagePacks).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^".yaml".Length])
            .Order(StringComparer.Ordinal);

    internal static string? ReadEmbeddedText(string code)
    {
        using var stream = typeof(LanguagePacks).Assembly.GetManifestResourceStream(ResourcePrefix + code + ".yaml");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
