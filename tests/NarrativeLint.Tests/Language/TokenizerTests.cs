using NarrativeLint.Language;

namespace NarrativeLint.Tests.Language;

public class TokenizerTests
{
    static string[] Lowers(string code, string text) => [.. Packs.For(code).Tokenize(text).Select(t => t.Lower)];

    [Theory]
    [InlineData("en", "switch-off", new[] { "switch", "off" })]
    [InlineData("en", "e-SIM", new[] { "e", "sim" })]
    [InlineData("en", "don't", new[] { "don", "t" })]
    [InlineData("en", "won’t", new[] { "won", "t" })]
    [InlineData("it", "l'assistenza", new[] { "l", "assistenza" })]
    [InlineData("ro", "n-am", new[] { "n", "am" })]
    public void Hyphens_and_apostrophes_between_letters_are_not_tokens(string code, string text, string[] expected)
        => Lowers(code, text).ShouldBe(expected);

    [Theory]
    [InlineData("en", "2,300 advisers", "2,300")]
    [InlineData("en", "3.4 million", "3.4")]
    [InlineData("it", "3,6 milioni", "3,6")]
    [InlineData("it", "5.200 negozi", "5.200")]
    [InlineData("ro", "5.200 de magazine", "5.200")]
    [InlineData("ro", "99,9 la sută", "99,9")]
    public void Numbers_keep_the_languages_separators(string code, string text, string number)
    {
        var first = Packs.For(code).Tokenize(text)[0];
        first.Kind.ShouldBe(TokenKind.Number);
        first.Text.ShouldBe(number);
    }

    [Fact]
    public void A_group_separator_only_groups_before_exactly_three_digits()
        => Packs.For("en").Tokenize("1,25").Select(t => t.Text).ShouldBe(["1", ",", "25"]);

    [Fact]
    public void Symbols_and_punctuation_are_kinds_of_their_own()
    {
        var tokens = Packs.For("en").Tokenize("€9.99, 100% + #1!");
        tokens.Select(t => t.Kind).ShouldBe([
            TokenKind.Symbol, TokenKind.Number, TokenKind.Punctuation, TokenKind.Number, TokenKind.Symbol,
            TokenKind.Symbol, TokenKind.Symbol, TokenKind.Number, TokenKind.Punctuation]);
    }

    [Fact]
    public void Romanian_letters_are_words_and_cedillas_become_commas_below()
    {
        var tokens = Packs.For("ro").Tokenize("Fără ŞTIRI şi ţări");
        tokens.Select(t => t.Lower).ShouldBe(["fără", "știri", "și", "țări"]);
        tokens.ShouldAllBe(t => t.Kind == TokenKind.Word);
    }

    [Fact]
    public void Italian_accented_letters_are_part_of_words()
        => Lowers("it", "Perché è già così").ShouldBe(["perché", "è", "già", "così"]);

    [Fact]
    public void Token_text_is_the_text_at_its_span_in_segment_coordinates()
    {
        const string text = "Intro. We'll reply within 24h — promise.";
        foreach (var sentence in Packs.For("en").Annotate(text))
        foreach (var token in sentence.Tokens)
            text.Substring(token.Span.Start, token.Span.Length).ShouldBe(token.Text);
    }

    [Fact]
    public void Numbers_stem_to_themselves()
        => Packs.For("en").Tokenize("24 hours")[0].Stem.ShouldBe("24");
}
