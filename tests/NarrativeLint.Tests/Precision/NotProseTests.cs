using System.Text;
using NarrativeLint.Channels;
using NarrativeLint.Channels.Markdown;

namespace NarrativeLint.Tests.Precision;

/// <summary>Template syntax and link text that is an address are not prose; the words around them and inside paired shortcodes are.</summary>
public class NotProseTests
{
    static string Prose(string markdown) =>
        string.Join(" | ", new MarkdownReader().Read(new ContentFile("page.md", Encoding.UTF8.GetBytes(markdown))).Segments.Select(s => s.Text.Trim()));

    [Theory]
    [InlineData("See {{< ref \"docs/x.md\" >}} for details.", "See   for details.")]
    [InlineData("{{% alert title=\"Note\" %}}We reply in 3 days.{{% /alert %}}", "We reply in 3 days.")]
    [InlineData("Liquid {% include note.html %} and {{ page.title }} here.", "Liquid   and   here.")]
    [InlineData("A heading {#support}", "A heading")]
    [InlineData("Styled text {.lead} and {: .note }.", "Styled text   and  .")]
    [InlineData("{{< figure src=\"a.png\"\n  caption=\"Version 2 ships in 30 days\" >}}", "")]
    public void Template_syntax_is_not_prose(string markdown, string prose) =>
        Prose(markdown).ShouldBe(prose);

    [Theory]
    [InlineData("Visit [github.com/open-telemetry](https://github.com/open-telemetry) today.")]
    [InlineData("Install [@opentelemetry/api](https://npm.example/p) first.")]
    [InlineData("See [open-telemetry/otel-arrow](https://x.example) on GitHub.")]
    [InlineData("Read [https://acme.example/terms](https://acme.example/terms).")]
    public void Link_text_that_is_an_address_is_not_prose(string markdown)
    {
        var prose = Prose(markdown);
        prose.ShouldNotContain("/");
        prose.ShouldNotContain("github.com");
    }

    [Fact]
    public void Link_text_in_words_stays_prose() =>
        Prose("Read [our support promise](https://acme.example/support) now.").ShouldBe("Read our support promise now.");

    [Fact]
    public void Text_with_braces_that_are_not_templates_stays_prose() =>
        Prose("Prices {from €9} apply; a set {a, b} is fine.").ShouldBe("Prices {from €9} apply; a set {a, b} is fine.");
}
