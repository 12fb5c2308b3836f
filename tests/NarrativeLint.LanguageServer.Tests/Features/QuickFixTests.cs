using NarrativeLint.LanguageServer.Features;

namespace NarrativeLint.LanguageServer.Tests.Features;

/// <summary>A suppression is written in the file's own comment syntax, with the justification left to write.</summary>
public sealed class QuickFixTests
{
    [Theory]
    [InlineData("blog/post.md", "<!-- narrativelint-disable-next-line NL1001:  -->")]
    [InlineData("web/page.HTML", "<!-- narrativelint-disable-next-line NL1001:  -->")]
    [InlineData("text/faq.txt", "# narrativelint-disable-next-line NL1001: ")]
    [InlineData("social/x.yml", "# narrativelint-disable-next-line NL1001: ")]
    public void Each_format_gets_its_comment(string path, string expected) =>
        CommentSyntax.SuppressionFor(path, "NL1001", "").ShouldBe(expected);

    [Fact]
    public void A_YAML_comment_keeps_the_indentation_of_the_line_it_silences() =>
        CommentSyntax.SuppressionFor("social/x.yaml", "NL4001", "    ").ShouldBe("    # narrativelint-disable-next-line NL4001: ");

    [Theory]
    [InlineData("social/posts.json")]
    [InlineData("captions/webinar.srt")]
    [InlineData("email/offer.eml")]
    public void Formats_without_comments_get_no_suppression(string path) =>
        CommentSyntax.SuppressionFor(path, "NL1001", "").ShouldBeNull();
}
