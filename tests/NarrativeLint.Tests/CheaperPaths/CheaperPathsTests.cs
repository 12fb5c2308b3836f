using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.FileSystemGlobbing;
using NarrativeLint.Channels;
using NarrativeLint.Channels.Chatbot;
using NarrativeLint.Channels.Social;
using NarrativeLint.Engine;
using NarrativeLint.Engine.Translations;

namespace NarrativeLint.Tests.CheaperPaths;

/// <summary>
/// The cheaper ways the speed work found to the same answers: each is compared with the way it replaced, on
/// generated input, and the readers are chosen by name and parse a file only when reading it.
/// </summary>
public class CheaperPathsTests
{
    internal static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(400);

    internal static Gen<string> Joined(string[] parts, string separator, int most) =>
        from count in Gen.Choose(1, most)
        from picked in Gen.ArrayOf(Gen.Elements(parts), count)
        select string.Join(separator, picked);

    [Fact]
    public void A_path_matches_the_globs_exactly_when_the_matcher_alone_says_so()
    {
        var globParts = new[] { "**", "*", "*.md", "*.eml", "social", "So*al", "web", "email", "a", ".", "x*y" };
        var pathParts = new[] { "a", "b", "social", "Social", "SOCIAL", "x.md", "post.eml", "web", "webby", "xzy", "email", "." };
        var cases =
            from globs in Gen.ArrayOf(from glob in Joined(globParts, "/", 4) from up in Gen.Elements("", "../") select up + glob, 2)
            from path in Joined(pathParts, "/", 5)
            from lead in Gen.Elements("", "./", "/", "../")
            from slash in Gen.Elements("/", "\\")
            select (globs, path: lead + path.Replace("/", slash));
        Check.One(Runs, Prop.ForAll(cases.ToArbitrary(), c =>
            new PathGlobs(c.globs).Matches(c.path).ShouldBe(MatcherAlone(c.globs, c.path), $"{string.Join(" ", c.globs)} on {c.path}")));

        // How globs were matched before: every tail of the path asked of the matcher.
        static bool MatcherAlone(string[] globs, string displayPath)
        {
            var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
            matcher.AddIncludePatterns(globs);
            var relative = displayPath.Replace('\\', '/').TrimStart('.', '/');
            for (var tail = relative; tail.Length > 0; tail = tail.IndexOf('/') is var slash and >= 0 ? tail[(slash + 1)..] : "")
                if (matcher.Match(tail).HasMatches) return true;
            return false;
        }
    }

    [Fact]
    public void Inner_capital_names_are_the_ones_the_regex_found()
    {
        var inner = new Regex(@"(?<![A-Za-z0-9])[A-Za-z][a-z0-9]*[A-Z][A-Za-z0-9]*");
        var texts = Joined(["a", "b", "Z", "Q", "9", " ", "-", "é", "É", ".", "Velo", "Box", "ル", "_"], "", 14);
        Check.One(Runs, Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var anchors = new HashSet<string>(StringComparer.Ordinal);
            TranslationBlocks.AddInnerCapitalNames(text, anchors);
            anchors.OrderBy(a => a, StringComparer.Ordinal).ShouldBe(
                inner.Matches(text).Select(m => "w:" + m.Value).Distinct().OrderBy(a => a, StringComparer.Ordinal), text);
        }));
    }

    [Fact]
    public void A_digit_runs_groups_and_digits_are_the_ones_the_split_gave()
    {
        // No colon and no "am"/"pm": clock times ("23:00", "11pm") are read as their hour, which the split never did. No ASCII letter
        // before digits nor plain spaces between them: codes ("x64") and phone numbers are shapes of their own (Translations/NumberShapesTests).
        var texts = Joined(["1", "0", "7", "৯", "০", "٣", ".", ",", "'", "\u00A0", "é", "[", "]"], "", 12);
        Check.One(Runs, Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var numbers = TranslationBlocks.Numbers(text);
            var expected = Regex.Matches(text, @"\d+(?:[.,:'’\u00A0\u202F]\d+)*")
                .Where(m => !(m.Index > 0 && text[m.Index - 1] == '[' && m.Index + m.Length < text.Length && text[m.Index + m.Length] == ']'))
                .Select(m => (Value: Digits(m.Value).TrimEnd('0'), m.Index, m.Length,
                    Parts: string.Join(",", Regex.Split(m.Value, @"[^\p{Nd}]+").Where(p => p.Length > 0).Select(p => Digits(p).TrimEnd('0'))),
                    Exact: Digits(m.Value)));
            numbers.Select(n => (n.Value, n.Span.Start, n.Span.Length, Parts: string.Join(",", n.Parts), n.Exact)).ShouldBe(expected, text);
        }));

        static string Digits(string written)
        {
            var value = new string(written.Where(char.IsDigit).Select(c => (char)('0' + (int)char.GetNumericValue(c))).ToArray()).TrimStart('0');
            return value.Length == 0 ? "0" : value;
        }
    }

    static ContentFile File(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Structured_readers_are_chosen_by_name_and_tell_their_format_when_reading()
    {
        // Not even valid YAML: the name alone decides whether a reader may take it.
        var broken = File("x.yaml", "\t: [\n");
        new ChatbotScriptReader().CanRead(broken).ShouldBeTrue();
        new SocialPostReader().CanRead(broken).ShouldBeTrue();
        new SocialPostReader().CanRead(File("posts.json", "[]")).ShouldBeTrue();
        new ChatbotScriptReader().CanRead(File("bot.json", "{}")).ShouldBeFalse();

        var posts = File("posts.yaml", "- text: We reply within 24 hours.\n  date: 2025-01-01\n");
        new ChatbotScriptReader().TryRead(posts).ShouldBeNull();
        new SocialPostReader().TryRead(posts).ShouldNotBeNull().Segments.Single().Text.ShouldBe("We reply within 24 hours.");
    }

    [Fact]
    public void The_engine_reads_a_YAML_file_with_the_reader_whose_format_it_holds()
    {
        var engine = new NarrativeEngine(InMemoryRun.Registry("brand:\n  name: Velocell\n"));
        var result = engine.Check([
            File("bot.yaml", "intents:\n  - name: x\n    responses:\n      - We reply within 24 hours.\n"),
            File("posts.yaml", "- text: We reply within 24 hours.\n  date: 2025-01-01\n"),
            File("config.yaml", "name: site\nbuild: true\n"),
        ]);
        result.Document("bot.yaml").ShouldNotBeNull().Content.Metadata.Channel.ShouldBe("chatbot");
        result.Document("posts.yaml").ShouldNotBeNull().Content.Metadata.Channel.ShouldBe("social");
        // Given by name and neither format: no reader takes it.
        result.Document("config.yaml").ShouldNotBeNull().Content.Problems.Single().Kind.ShouldBe(ReadProblemKind.UnknownChannel);
    }
}
