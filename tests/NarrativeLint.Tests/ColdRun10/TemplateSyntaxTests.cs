using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Channels.Markdown;
using NarrativeLint.Tests.CheaperPaths;

namespace NarrativeLint.Tests.ColdRun10;

/// <summary>
/// Template syntax is found in one pass (bench/results.md, tenth session), where a pattern searched up to 4,000
/// characters from every brace: the spans must be the ones that pattern matched, in any text.
/// </summary>
public class TemplateSyntaxTests
{
    /// <summary>The pattern the reader used before, kept here as what the scan must agree with.</summary>
    static readonly Regex Pattern = new(@"\{\{[<%].{0,4000}?[%>]\}\}|\{%.{0,4000}?%\}|\{\{.{0,4000}?\}\}|\{[:.#][^{}\n]{0,400}\}", RegexOptions.Singleline);

    static List<TextSpan> ByPattern(string text) => [.. Pattern.Matches(text).Select(m => new TextSpan(m.Index, m.Length))];

    [Fact]
    public void Any_text_of_braces_and_marks_gives_the_spans_the_pattern_matched()
    {
        var pieces = new[] { "{", "}", "{{", "}}", "<", ">", "%", ":", ".", "#", "\n", " ", "a", "Velo", "{{<", ">}}", "{{%", "%}}", "{%", "%}", "{.", "{#" };
        Check.One(CheaperPathsTests.Runs, Prop.ForAll(CheaperPathsTests.Joined(pieces, "", 16).ToArbitrary(), text =>
            TemplateSyntax.Spans(text).ShouldBe(ByPattern(text), text)));
    }

    [Theory]
    [InlineData("Open {{< figure src=\"a.png\" >}} the {{% note %}}x{{% /note %}} page", 3)]
    [InlineData("A {% if user %}tag{% endif %} and {{ page.title }} here", 3)]
    [InlineData("Heading {#intro} and {.lead} and {: .note }", 3)]
    [InlineData("Cod {{ neînchis și {% niciodată", 0)]
    [InlineData("Un {.attributo\nsu due righe}", 0)]
    public void Shortcodes_tags_expressions_and_attribute_lists_are_found_as_the_pattern_found_them(string text, int count)
    {
        TemplateSyntax.Spans(text).Count.ShouldBe(count);
        TemplateSyntax.Spans(text).ShouldBe(ByPattern(text));
    }

    [Theory]
    [InlineData("{{", "}}", 4000)]
    [InlineData("{%", "%}", 4000)]
    [InlineData("{{<", ">}}", 4000)]
    [InlineData("{.", "}", 400)]
    public void A_template_closed_at_its_limit_is_one_and_one_closed_past_it_is_not(string open, string close, int limit)
    {
        foreach (var length in new[] { limit, limit + 1 })
        {
            var text = "before " + open + new string('x', length) + close + " after";
            TemplateSyntax.Spans(text).ShouldBe(ByPattern(text));
        }
        TemplateSyntax.Spans("a " + open + new string('x', limit) + close).Count.ShouldBe(1);
    }
}
