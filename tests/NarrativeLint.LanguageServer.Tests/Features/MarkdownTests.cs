using NarrativeLint.LanguageServer.Features;

namespace NarrativeLint.LanguageServer.Tests.Features;

/// <summary>Content and registry text are untrusted: in a hover they must read as text, never as markup or a link.</summary>
public sealed class MarkdownTests
{
    [Fact]
    public void Markup_and_HTML_in_content_are_escaped()
    {
        Markdown.Escape("<img src=x onerror=alert(1)> *bold* [link](http://x) `code` #tag | a & b")
            .ShouldBe("\\<img src=x onerror=alert(1)\\> \\*bold\\* \\[link\\](http://x) \\`code\\` \\#tag \\| a \\& b");
    }

    [Fact]
    public void A_line_break_cannot_start_a_heading_or_a_list()
    {
        Markdown.Escape("first\n# heading").ShouldBe("first \\# heading");
        Markdown.Escape("- item").ShouldBe("\\- item");
    }

    [Fact]
    public void Only_web_and_file_addresses_become_links()
    {
        Markdown.Link("source", "https://acme.example/trust#support").ShouldBe("[source](<https://acme.example/trust#support>)");
        Markdown.Link("source", "javascript:alert(1)").ShouldBe("javascript:alert(1)");
        Markdown.Link("source", "see the 2024 report").ShouldBe("see the 2024 report");
    }
}
