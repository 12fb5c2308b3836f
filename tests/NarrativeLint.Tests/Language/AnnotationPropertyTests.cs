using FsCheck;
using FsCheck.Fluent;
using NarrativeLint.Language;

namespace NarrativeLint.Tests.Language;

/// <summary>Whatever the text, annotation never throws and every span points at its own text, in order.</summary>
public class AnnotationPropertyTests
{
    static readonly string[] Fragments =
    [
        "We reply within 24 hours.", "Răspundem în cel mult 24 de ore", "entro 3 giorni lavorativi", "€9.99/month",
        "9,99 € al mese", "99,9 la sută", "99.95%", "e.g.", "Dr.", "dott.", "str.", "nr. 5", "velocell.example/care",
        "care@velocell.example", "…", "...", "\"", "“", "”", "'", "’", "-", "–", "—", "\n", "\n\n", " ", "  ", "\t",
        "ş", "ţ", "ă", "î", "è", "30 June 2026", "2026-06-30", "by the end of 2027", "0800 555 0199", "5G", "8am",
        "00:00–04:00", "24/7", "twenty-four", "douăzeci și patru", "ventiquattro", "n-am", "l'assistenza", "don't",
        "3,6 milioni", "2,300", "5.200", "never", "nu", "non", ",", ";", ":", "but", "?", "!", ".", "😀", "+44",
        "$", "£", "lei", "a", "o", "un", "one", "May 2026", "until 2023", "1,2,3", "1.2.3", "9,", "9.", ",5", "€", "%",
    ];

    [Fact]
    public void Spans_match_text_for_arbitrary_strings()
        => Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => Holds(text ?? "")).QuickCheckThrowOnFailure();

    [Fact]
    public void Spans_match_text_for_strings_built_from_realistic_fragments()
    {
        var texts = Gen.ListOf(Gen.Elements(Fragments)).Select(parts => string.Join("", parts)).ToArbitrary();
        Prop.ForAll(texts, Holds).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Spans_match_text_for_fragments_joined_by_spaces()
    {
        var texts = Gen.ListOf(Gen.Elements(Fragments)).Select(parts => string.Join(" ", parts)).ToArbitrary();
        Prop.ForAll(texts, Holds).QuickCheckThrowOnFailure();
    }

    static bool Holds(string text)
    {
        foreach (var pack in LanguagePacks.Default.All)
        {
            var previousEnd = 0;
            foreach (var sentence in pack.Annotate(text))
            {
                if (sentence.Span.Start < previousEnd || sentence.Span.End > text.Length) return false;
                if (sentence.Text != text.Substring(sentence.Span.Start, sentence.Span.Length)) return false;
                if (sentence.Text != sentence.Text.Trim() || sentence.Text.Length == 0) return false;
                previousEnd = sentence.Span.End;

                var tokenEnd = sentence.Span.Start;
                foreach (var token in sentence.Tokens)
                {
                    if (token.Span.Start < tokenEnd || token.Span.End > sentence.Span.End || token.Span.Length == 0) return false;
                    if (token.Text != text.Substring(token.Span.Start, token.Span.Length)) return false;
                    tokenEnd = token.Span.End;
                }
                foreach (var quantity in sentence.Quantities)
                {
                    if (quantity.Span.Start < sentence.Span.Start || quantity.Span.End > sentence.Span.End) return false;
                    if (quantity.Text != text.Substring(quantity.Span.Start, quantity.Span.Length)) return false;
                }
                foreach (var cue in sentence.Cues)
                {
                    var (start, length) = cue.Scope.GetOffsetAndLength(sentence.Tokens.Length);
                    if (start < 0 || start + length > sentence.Tokens.Length) return false;
                }
            }
        }
        return true;
    }
}
