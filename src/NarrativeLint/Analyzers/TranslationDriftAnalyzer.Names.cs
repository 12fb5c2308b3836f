using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Language;

namespace NarrativeLint.Analyzers;

// NL2002 on names: a translation that still names the old plan ("Tessera Smart and Tessera Max" for "Tessera Go and
// Tessera Max") keeps the brand's word and changes the one after it. Translators keep a product's name as written, but
// translate a place, a UI label or a technical term ("United States" / "Stati Uniti", "Select Create" / "Selecciona
// Crear", "Java Virtual Machine" / "Java OpenTelemetry" on the OpenTelemetry site): so a changed name is one whose first
// word both sides write alike, where one side's name is one the registry names (a commitment's scope or topic, a
// preferred term, the brand) and the other side's is another.
public sealed partial class TranslationDriftAnalyzer
{
    /// <summary>A capitalised word: letters and digits ("D3", "5G"), an apostrophe or hyphen inside.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*(?:[-'’][\p{L}\p{N}]+)*")]
    private static partial Regex CapitalisedWord();

    /// <summary>A name of two words or more, each capitalised, where it stands in its segment.</summary>
    readonly record struct WrittenName(TextSpan Span, string Head, string Rest, string Text);

    static void CompareNames(CorpusAnalysisContext ctx, TranslationPair pair, AlignedBlocks aligned, List<Difference> found)
    {
        var registered = RegisteredNames.GetValue(ctx.Registry, NamesOf);
        if (registered.Count == 0) return;
        // Headings are written in title case in English ("Getting Started With the Collector"): every word is capitalised there.
        if (aligned.Source.Segment.Kind is Text.SegmentKind.Heading or Text.SegmentKind.Title || aligned.Translation.Segment.Kind is Text.SegmentKind.Heading or Text.SegmentKind.Title) return;
        if (!Knows(aligned.Source, pair.SourceLanguage) || !Knows(aligned.Translation, pair.TranslationLanguage)) return;
        var source = NamesIn(aligned.Source);
        var translation = NamesIn(aligned.Translation);
        if (source.Count == 0 || translation.Count == 0) return;
        var onlySource = Without(source, translation, Key);
        var onlyTranslation = Without(translation, source, Key);
        foreach (var head in onlyTranslation.Select(n => n.Head).Distinct())
        {
            // One name of this head changed on each side: more would make which became which a guess.
            var (mine, theirs) = (onlyTranslation.Where(n => n.Head == head).ToList(), onlySource.Where(n => n.Head == head).ToList());
            if (mine.Count != 1 || theirs.Count != 1) continue;
            var (here, there) = (mine[0], theirs[0]);
            if (!registered.Contains(Key(here)) && !registered.Contains(Key(there))) continue;
            // Blocks that share nothing but the name's first word ("Club" in two mails) are not one block translated (what a number measures, "u:", is no anchor of its own).
            if (!aligned.Source.Anchors.Any(a => a != "p:" + head && !a.StartsWith("u:", StringComparison.Ordinal) && aligned.Translation.Anchors.Contains(a))) continue;
            // A word added or left out ("Google Cloud" / "Google Cloud Platform") or the same word in the reader's spelling ("Colector") is the same name.
            if (here.Rest.StartsWith(there.Rest, StringComparison.Ordinal) || there.Rest.StartsWith(here.Rest, StringComparison.Ordinal) || Cognates(here.Rest, there.Rest)) continue;
            found.Add(new Difference("name", pair.Translation.LocationOf(aligned.Translation.Segment, here.Span), here.Text,
                pair.Source.LocationOf(aligned.Source.Segment, there.Span), there.Text, Confidence: Confidence(aligned)));
        }

        static string Key(WrittenName name) => name.Head + " " + name.Rest;

        // Word for word the same first letters: "collector" and "colector", "romania" and "romania".
        static bool Cognates(string a, string b)
        {
            var (x, y) = (a.Split(' '), b.Split(' '));
            return x.Length == y.Length && x.Zip(y).All(w => string.CompareOrdinal(w.First, 0, w.Second, 0, CognatePrefix) == 0);
        }
    }

    /// <summary>Letters two words of a name must share at their start to be one word in two spellings.</summary>
    const int CognatePrefix = 4;

    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Registry.BrandRegistry, HashSet<string>> RegisteredNames = new();

    /// <summary>The names of two capitalised words or more the registry writes: scopes, topics, preferred terms, the brand's name; folded as <see cref="NamesIn"/> folds them.</summary>
    static HashSet<string> NamesOf(Registry.BrandRegistry registry)
    {
        var phrases = registry.Commitments.SelectMany(c => c.Scope.Values.Concat(c.Topic.Values).SelectMany(p => p))
            .Concat(registry.Terms.Select(t => t.Preferred)).Append(registry.BrandName ?? "");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 2 && words.All(w => char.IsUpper(w[0]))) names.Add(string.Join(' ', words.Select(Folded)));
        }
        return names;
    }

    static string Folded(string word) => Text.LatinAccents.Fold(word).ToLowerInvariant();

    /// <summary>
    /// The block's names of two capitalised words or more in a row, function words of the pack ("In", "Il") left out, in
    /// languages that capitalise names only (not German, which capitalises every noun). Words are compared without accents or case.
    /// </summary>
    static List<WrittenName> NamesIn(TranslationBlock block)
    {
        var names = new List<WrittenName>();
        var text = block.Segment.Text;
        foreach (var sentence in block.Sentences)
        {
            if (!sentence.Pack.IsName("A")) continue;
            var words = CapitalisedWord().Matches(text.Substring(sentence.Span.Start, sentence.Span.Length))
                .Where(m => !sentence.Pack.FunctionWords.Contains(m.Value.ToLowerInvariant())).ToList();
            for (int first = 0; first < words.Count;)
            {
                int last = first;
                // Words of one name follow each other with a single space between.
                while (last + 1 < words.Count && words[last + 1].Index == words[last].Index + words[last].Length + 1 && text[sentence.Span.Start + words[last].Index + words[last].Length] == ' ') last++;
                if (last > first)
                {
                    var span = TextSpan.FromBounds(sentence.Span.Start + words[first].Index, sentence.Span.Start + words[last].Index + words[last].Length);
                    names.Add(new WrittenName(span, Folded(words[first].Value), string.Join(' ', words.Skip(first + 1).Take(last - first).Select(w => Folded(w.Value))),
                        text.Substring(span.Start, span.Length)));
                }
                first = last + 1;
            }
        }
        return names;
    }
}
