using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using NarrativeLint.Channels;
using NarrativeLint.Channels.Markdown;
using NarrativeLint.Engine.Translations;
using NarrativeLint.Language;
using NarrativeLint.Tests.CheaperPaths;

namespace NarrativeLint.Tests.ColdRun;

/// <summary>
/// The cold run's cheaper paths (bench/results.md, "Issue 15, fifth session"), each compared on generated input with
/// the way it replaced (generators as in <see cref="CheaperPathsTests"/>): findings must stay byte for byte the same.
/// </summary>
public class ColdRunPathsTests
{
    [Fact]
    public void A_path_part_is_a_language_exactly_when_the_regex_says_so()
    {
        var pattern = new Regex(@"^(?<base>[a-z]{2,3})([-_][a-z0-9]{2,4})?$", RegexOptions.IgnoreCase);
        var known = TranslationPairing.KnownLanguages(["it", "ro"], ["en"]);
        // The Kelvin sign matches "k" only case-insensitively; a final newline is allowed by "$": both go to the regex.
        var codes = CheaperPathsTests.Joined(["e", "n", "E", "N", "i", "t", "k", "o", "-", "_", "1", "x", "zz", "us", "\n", " ", "é", "\u212A", "~"], "", 7);
        Check.One(CheaperPathsTests.Runs, Prop.ForAll(codes.ToArbitrary(), code =>
            TranslationPairing.IsLanguage(code, known).ShouldBe(
                pattern.Match(code) is { Success: true } match && known.Contains(match.Groups["base"].Value), $"'{code}'")));
    }

    [Fact]
    public void A_text_has_a_digit_exactly_when_the_regex_finds_one()
    {
        var texts = CheaperPathsTests.Joined(["a", "7", "0", "৯", "٣", "３", "é", " ", "Ⅻ", "½", "x"], "", 10);
        Check.One(CheaperPathsTests.Runs, Prop.ForAll(texts.ToArbitrary(), text =>
            TranslationBlocks.HasDigit(text).ShouldBe(Regex.IsMatch(text, @"\d"), text)));
    }

    [Fact]
    public void A_remembered_link_target_is_the_one_normalising_gives_on_every_page()
    {
        var languages = TranslationPairing.KnownLanguages(["it", "ro"], ["en"]);
        var pages = new[] { "https://page.invalid/docs/a/", "https://page.invalid/blog/b/", "https://page.invalid/" };
        var targets = new[] { "../x/", "/it/docs/y", "https://it.wikipedia.org/wiki/Z", "z#part", "mailto:A@B.example", "./c?q=1", "https://github.com/o/r/blob/main/x.md" };
        var calls = Gen.ArrayOf(from page in Gen.Elements(pages) from target in Gen.Elements(targets) select (page, target), 12);
        Check.One(CheaperPathsTests.Runs, Prop.ForAll(calls.ToArbitrary(), sequence =>
        {
            foreach (var (page, target) in sequence)
                TranslationBlocks.Normalised(target, new Uri(page), languages).ShouldBe(TranslationBlocks.NormalisedLink(target, new Uri(page), languages), $"{target} on {page}");
        }));
    }

    [Fact]
    public void A_mark_token_has_its_own_text_as_its_lower_case_and_its_stem()
    {
        var pack = LanguagePacks.Default.Get("en");
        var texts = CheaperPathsTests.Joined(["We", "reply", ".", ",", "!", "€", "$", "%", "+", "#", "(", ")", "—", "…", "24", " ", "\u0001", "^", "`"], " ", 14);
        Check.One(CheaperPathsTests.Runs, Prop.ForAll(texts.ToArbitrary(), text =>
        {
            foreach (var token in pack.Annotate(text).SelectMany(s => s.Tokens))
            {
                token.Text.ShouldBe(text.Substring(token.Span.Start, token.Span.Length));
                if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol) (token.Lower, token.Stem).ShouldBe((token.Text, token.Text));
            }
        }));
    }

    [Fact]
    public void Each_Markdown_block_maps_back_to_its_own_source_when_the_blocks_share_one_builder()
    {
        var lines = new[]
        {
            "We reply within 24 hours.", "See [the *guide*](https://example.com/g) today.", "An escaped \\* star.", "- a list item with `code`",
            "# A heading", "| helpdesk | support |", "|---|---|", "| cell one | cell two |", "", "Plain **bold** and _em_ words.", "{{< note >}}Kept{{< /note >}}",
        };
        var documents = CheaperPathsTests.Joined(lines, "\n", 12);
        Check.One(CheaperPathsTests.Runs, Prop.ForAll(documents.ToArbitrary(), markdown =>
        {
            var document = new MarkdownReader().Read(new ContentFile("page.md", Encoding.UTF8.GetBytes(markdown)));
            int previousEnd = 0;
            foreach (var segment in document.Segments)
            {
                // Blocks come in order and apart: nothing of an earlier block is left in a later one.
                var whole = segment.ToSource(new Microsoft.CodeAnalysis.Text.TextSpan(0, segment.Text.Length));
                whole.Start.ShouldBeGreaterThanOrEqualTo(previousEnd, markdown);
                previousEnd = whole.End;
                foreach (var run in segment.Map.Runs.Where(r => r.Verbatim))
                    segment.Text.Substring(run.ProseStart, run.Length).ShouldBe(markdown.Substring(run.Source.Start, run.Source.Length), markdown);
                segment.Map.Runs.Sum(r => r.Length).ShouldBe(segment.Text.Length, markdown);
                foreach (var citation in segment.Citations) citation.End.ShouldBeLessThanOrEqualTo(segment.Text.Length, markdown);
            }
        }));
    }
}
