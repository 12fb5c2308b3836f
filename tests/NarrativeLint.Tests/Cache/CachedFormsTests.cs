using System.Collections.Immutable;
using NarrativeLint.Analyzers;
using NarrativeLint.Engine;
using NarrativeLint.Engine.Cache;
using NarrativeLint.Engine.Translations;
using NarrativeLint.Language;
using NarrativeLint.Registry;

namespace NarrativeLint.Tests.Cache;

/// <summary>
/// What a cache entry holds reads back equal, field for field, on every sentence of the demo and the development set:
/// a field added to a quantity, token, cue or block that the entry does not carry fails here, before it could change a result.
/// </summary>
public class CachedFormsTests
{
    static readonly Lazy<ImmutableArray<AnalyzedDocument>> Documents = new(() =>
    {
        var engine = new NarrativeEngine(RegistryLoader.Load(Path.Combine(SharedData.Devset, "registry")).Registry, new EngineOptions { KeepSentences = true });
        return engine.Check([Path.Combine(SharedData.Devset, "content")]).Documents;
    });

    static T RoundTrip<T>(T value, Action<DerivationWriter, T> write, Func<DerivationReader, T> read)
    {
        using var stream = new MemoryStream();
        var writer = new DerivationWriter(stream);
        write(writer, value);
        writer.Flush();
        return read(new DerivationReader(stream.ToArray(), new WordPool()));
    }

    [Fact]
    public void Every_quantity_and_token_reads_back_equal()
    {
        var sentences = Documents.Value.SelectMany(d => d.Sentences).Select(s => s.Sentence).ToList();
        sentences.ShouldNotBeEmpty();
        sentences.SelectMany(s => s.Quantities).Select(q => q.Kind).Distinct().Count().ShouldBeGreaterThan(4);
        foreach (var sentence in sentences)
        {
            foreach (var quantity in sentence.Quantities) RoundTrip(quantity, (w, q) => w.Quantity(q), r => r.Quantity()).ShouldBe(quantity);
            foreach (var token in sentence.Tokens) RoundTrip(token, (w, t) => w.Token(t), r => r.Token()).ShouldBe(token);
        }
    }

    [Fact]
    public void Translation_blocks_read_back_with_what_drift_reads_of_their_sentences()
    {
        var languages = TranslationPairing.KnownLanguages(LanguagePacks.Default.All.Select(p => p.Code), ["en", "it", "ro"]);
        foreach (var document in Documents.Value)
        {
            var blocks = TranslationBlocks.Of(document, languages);
            var read = RoundTrip(blocks, CachedForms.WriteBlocks, r => CachedForms.ReadBlocks(r, LanguagePacks.Default));
            read.Length.ShouldBe(blocks.Length);
            foreach (var (original, back) in blocks.Zip(read))
            {
                (back.Index, back.Segment.Text, back.Segment.Kind, back.Segment.Unit).ShouldBe((original.Index, original.Segment.Text, original.Segment.Kind, original.Segment.Unit));
                back.Segment.Map.Runs.ShouldBe(original.Segment.Map.Runs);
                back.Segment.Citations.ShouldBe(original.Segment.Citations);
                back.Anchors.SetEquals(original.Anchors).ShouldBeTrue();
                back.Numbers.Select(n => (n.Value, n.Span, string.Join(',', n.Parts))).ShouldBe(original.Numbers.Select(n => (n.Value, n.Span, string.Join(',', n.Parts))));
                back.Links.ShouldBe(original.Links);
                back.Sentences.Length.ShouldBe(original.Sentences.Length);
                foreach (var (s, b) in original.Sentences.Zip(back.Sentences))
                {
                    (b.Pack, b.Tokens, b.Negates).ShouldBe((s.Pack, s.Tokens, s.Negates));
                    b.Quantities.ShouldBe(s.Quantities);
                    b.Denials.ShouldBe(s.Denials);
                }
            }
        }
    }
}
