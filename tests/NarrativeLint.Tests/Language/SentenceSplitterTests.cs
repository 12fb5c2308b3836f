namespace NarrativeLint.Tests.Language;

public class SentenceSplitterTests
{
    static string[] Split(string code, string text) => [.. Packs.For(code).Annotate(text).Select(s => s.Text)];

    [Theory]
    [InlineData("en", "We reply fast. Then we fix it! Happy?", 3)]
    [InlineData("it", "Rispondiamo subito. Poi risolviamo il guasto.", 2)]
    [InlineData("ro", "Răspundem repede. Apoi reparăm defecțiunea.", 2)]
    public void Ends_at_full_stops_exclamation_and_question_marks(string code, string text, int count)
        => Split(code, text).Length.ShouldBe(count);

    [Theory]
    [InlineData("en", "Contact Dr. Smith, e.g. by phone, approx. once a week. Then relax.")]
    [InlineData("en", "Mr. Jones and J. R. Hartley agree. Then relax.")]
    [InlineData("it", "Chiedi al dott. Rossi, ad es. per telefono, ecc. e attendi. Poi rilassati.")]
    [InlineData("it", "Il modulo nr. 5 è pronto. Poi rilassati.")]
    [InlineData("ro", "Mergeți pe str. Lipscani nr. 5 la dl. Ionescu. Apoi relaxați-vă.")]
    [InlineData("ro", "Aduceți acte, facturi etc. la ghișeu. Apoi relaxați-vă.")]
    public void Abbreviations_and_initials_do_not_end_a_sentence(string code, string text)
        => Split(code, text).Length.ShouldBe(2);

    [Theory]
    [InlineData("en", "Availability rose to 99.95% this year. Great.")]
    [InlineData("en", "See velocell.example/care or write to care@velocell.example for help. Great.")]
    [InlineData("it", "Visita velocell.example/assistenza per 3,5 giorni. Ottimo.")]
    [InlineData("ro", "Scrieți la suport@velocell.example sau vizitați www.velocell.example/ajutor azi. Super.")]
    public void Decimals_urls_and_emails_do_not_end_a_sentence(string code, string text)
        => Split(code, text).Length.ShouldBe(2);

    [Fact]
    public void An_ellipsis_inside_quotes_does_not_end_a_sentence()
        => Split("en", "She said \"well… maybe later\" and left. Then we called.").Length.ShouldBe(2);

    [Fact]
    public void List_lines_without_full_stops_are_sentences_of_their_own()
    {
        var sentences = Split("en", "Our promises:\n- Replies within 24 hours\n- Repairs within 4 working days\n\nAsk us anything");
        sentences.ShouldBe(["Our promises:", "- Replies within 24 hours", "- Repairs within 4 working days", "Ask us anything"]);
    }

    [Fact]
    public void A_wrapped_line_continuing_in_lower_case_stays_in_its_sentence()
        => Split("en", "We answer every request\nwithin 24 hours.").Length.ShouldBe(1);

    [Fact]
    public void Sentence_spans_are_trimmed_and_match_their_text()
    {
        const string text = "  First one.   Second one!  ";
        var sentences = Packs.For("en").Annotate(text);
        sentences.Select(s => s.Text).ShouldBe(["First one.", "Second one!"]);
        foreach (var sentence in sentences) text.Substring(sentence.Span.Start, sentence.Span.Length).ShouldBe(sentence.Text);
    }
}
