using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Channels;
using NarrativeLint.Channels.Social;
using NarrativeLint.Text;
using static NarrativeLint.Tests.Channels.Social.ProseAssert;

namespace NarrativeLint.Tests.Channels.Social;

public class SocialPostReaderTests
{
    readonly SocialPostReader _reader = new();

    const string InstagramYaml = """
        # Velocell Instagram, spring 2025
        - date: 2025-01-15
          sponsored: false
          text: "New year, same price: fixed for 24 months from the day you join. 📌"
        - date: 2025-02-10
          sponsored: true
          lang: it
          text: Velocell Fibre a casa tua in 10 giorni lavorativi.
        - date: 2025-04-01
          paid-partnership: true
          id: ig-0401
          text: 'Stuck? We''ll get back to you within 48 hours. 💬'
        """;

    [Fact]
    public void Reads_each_yaml_post_as_a_unit_with_its_metadata()
    {
        var document = _reader.Read(File("social/en/instagram-2025.yaml", InstagramYaml));

        document.Problems.ShouldBeEmpty();
        document.Metadata.Channel.ShouldBeNull("the engine assigns the channel: registry globs first, then the reader's default");
        document.Metadata.Platform.ShouldBe("instagram");
        document.Segments.Select(s => s.Text).ShouldBe([
            "New year, same price: fixed for 24 months from the day you join. 📌",
            "Velocell Fibre a casa tua in 10 giorni lavorativi.",
            "Stuck? We'll get back to you within 48 hours. 💬",
        ]);
        document.Segments.Select(s => s.Unit).ShouldBe([0, 1, 2]);
        Kinds(document).ShouldAllBe(kind => kind == SegmentKind.Post);

        document.Units.Length.ShouldBe(3);
        document.Units[0].Metadata.Date.ShouldBe(new DateOnly(2025, 1, 15));
        document.Units[0].Metadata.Sponsored.ShouldBe(false);
        document.Units[1].Metadata.Sponsored.ShouldBe(true);
        document.Units[1].Metadata.Language.ShouldBe("it");
        document.Units[2].Metadata.Sponsored.ShouldBe(true);   // paid-partnership counts as sponsored
        document.Units[2].Metadata.Properties["id"].ShouldBe("ig-0401");
        document.MetadataOf(1).Platform.ShouldBe("instagram");
        document.Source.ToString(document.Units[1].Span).ShouldBe("Velocell Fibre a casa tua in 10 giorni lavorativi.");
        MapsVerbatim(document);
    }

    [Fact]
    public void Locates_phrases_at_the_line_and_column_of_the_text_value()
    {
        var document = _reader.Read(File("instagram-2025.yaml", InstagramYaml));

        Locate(document, "24 months").ShouldBe((4, 42));
        Locate(document, "10 giorni lavorativi").ShouldBe((8, 38));
        Locate(document, "within 48 hours").ShouldBe((12, 40));
        // '' is one quote in the value and maps onto the first of the two.
        Locate(document, "We'").ShouldBe((12, 17));
        document.DescribePosition(document.Units[2].Span.Start).ShouldBe("post 3");
    }

    [Fact]
    public void Reads_json_posts_and_maps_escapes_onto_their_source()
    {
        const string json = """
            [
              {
                "date": "2025-02-01",
                "sponsored": false,
                "text": "Our network is up 99.9% of the time. \ud83d\udce1"
              },
              {
                "date": "2025-04-29",
                "platform": "Twitter",
                "author": "@velocell",
                "text": "We\u2019ll never slow down your \"Unlimited\" plan.\nNot at 100GB, not at 1TB. 🚀"
              }
            ]
            """;
        var document = _reader.Read(File("x-2025.json", json));

        document.Problems.ShouldBeEmpty();
        document.Metadata.Platform.ShouldBe("x");
        document.Segments.Select(s => s.Text).ShouldBe([
            "Our network is up 99.9% of the time. 📡",
            "We’ll never slow down your \"Unlimited\" plan.\nNot at 100GB, not at 1TB. 🚀",
        ]);
        document.Units[1].Metadata.Platform.ShouldBe("x");
        document.Units[1].Metadata.Properties["author"].ShouldBe("@velocell");
        Locate(document, "99.9%").ShouldBe((5, 32));
        Locate(document, "100GB").ShouldBe((11, 74));
        MapsVerbatim(document);

        // The escapes map onto their whole spelling in the file.
        var second = document.Segments[1];
        document.Source.ToString(second.ToSource(new TextSpan(2, 1))).ShouldBe(@"\u2019");
        document.Source.ToString(second.ToSource(new TextSpan(second.Text.IndexOf('"'), 1))).ShouldBe("\\\"");
        document.Source.ToString(second.ToSource(new TextSpan(second.Text.IndexOf('\n'), 1))).ShouldBe(@"\n");
    }

    [Fact]
    public void Reads_a_posts_mapping_with_file_language_and_platform()
    {
        const string yaml = """
            lang: ro
            platform: facebook
            posts:
              - date: 2025-03-17
                paid_partnership: true
                text: Deschide un tichet și îți răspundem în 3 zile lucrătoare.
              - date: 2025-08-26
                platform: linkedin
                lang: en
                text: Our app is easy for everyone.
            """;
        var document = _reader.Read(File("social/ro/posts.yaml", yaml));

        document.Problems.ShouldBeEmpty();
        document.Metadata.Language.ShouldBe("ro");
        document.Metadata.Platform.ShouldBe("facebook");
        document.MetadataOf(0).Sponsored.ShouldBe(true);
        document.MetadataOf(0).Language.ShouldBe("ro");
        document.MetadataOf(1).Platform.ShouldBe("linkedin");
        document.MetadataOf(1).Language.ShouldBe("en");
        Locate(document, "3 zile lucrătoare").ShouldBe((6, 50));
    }

    [Fact]
    public void Maps_every_yaml_scalar_style_back_to_the_file()
    {
        const string yaml = """
            - text: Plain text that runs
                on a second line and
            
                keeps a paragraph break.
            - text: "Double \"quoted\" with \u00e9 and a
                folded line, an escaped \
                break and a tab\there."
            - text: |
                Literal block: we reply within 24 hours.
                Second line stays a line.
            - text: >-
                Folded block: installation within
                10 working days.
            
                New paragraph.
            """;
        var document = _reader.Read(File("linkedin.yaml", yaml));

        document.Problems.ShouldBeEmpty();
        document.Segments.Select(s => s.Text).ShouldBe([
            "Plain text that runs on a second line and\nkeeps a paragraph break.",
            "Double \"quoted\" with é and a folded line, an escaped break and a tab\there.",
            "Literal block: we reply within 24 hours.\nSecond line stays a line.\n",
            "Folded block: installation within 10 working days.\nNew paragraph.",
        ]);
        MapsVerbatim(document);
        Locate(document, "on a second line").ShouldBe((2, 5));
        Locate(document, "keeps a paragraph").ShouldBe((4, 5));
        Locate(document, "folded line").ShouldBe((6, 5));
        Locate(document, "within 24 hours").ShouldBe((9, 29));
        Locate(document, "Second line").ShouldBe((10, 5));
        Locate(document, "10 working days").ShouldBe((13, 5));
        Locate(document, "New paragraph").ShouldBe((15, 5));
        // Only escapes and folds are decoded; everything else maps character by character.
        foreach (var segment in document.Segments)
            segment.Map.Runs.Where(r => !r.Verbatim).Sum(r => r.Length).ShouldBeLessThan(8);
    }

    [Fact]
    public void Claims_post_lists_and_leaves_chatbot_scripts_alone()
    {
        _reader.TryRead(File("x.json", """[{"text": "hi"}]""")).ShouldNotBeNull();
        _reader.TryRead(File("a.yaml", "posts:\n  - text: hi\n")).ShouldNotBeNull();
        _reader.TryRead(File("a.yml", "- date: 2025-01-01\n  text: hi\n")).ShouldNotBeNull();
        _reader.CanRead(File("a.md", "- text: hi\n")).ShouldBeFalse();
        _reader.TryRead(File("bot.yaml", "language: en\nintents:\n  - name: hi\n    responses: [\"Hello\"]\n")).ShouldBeNull();
        _reader.TryRead(File("domain.yml", "responses:\n  utter_hi:\n    - text: Hello\n")).ShouldBeNull();
        _reader.TryRead(File("config.json", """{"name": "x", "version": 2}""")).ShouldBeNull();
        _reader.TryRead(File("list.yaml", "- a\n- b\n")).ShouldBeNull();
        // Broken, but plainly posts: claimed so the problem is reported.
        _reader.TryRead(File("x.json", """[{"text": "hi" """)).ShouldNotBeNull();
    }

    [Fact]
    public void Malformed_yaml_is_one_problem_with_its_position()
    {
        var document = _reader.Read(File("x.yaml", "- text: \"unterminated\n- text: ok\n  date: [\n"));

        var problem = document.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(ReadProblemKind.Malformed);
        problem.Message.ShouldContain("line");
        document.Segments.ShouldBeEmpty();
    }

    [Fact]
    public void Malformed_json_is_one_problem_with_its_position()
    {
        var document = _reader.Read(File("x.json", "[\n  {\"text\": \"ok\"},\n  {\"text\": \"trailing\",}\n]"));

        var problem = document.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(ReadProblemKind.Malformed);
        problem.Message.ShouldContain("line 3, column 23");
        document.Source.Lines.GetLinePosition(problem.Span.Start).Line.ShouldBe(2);
    }

    [Fact]
    public void A_post_without_text_is_reported_and_keeps_its_unit_index()
    {
        var document = _reader.Read(File("x.yaml", "- text: first\n- date: 2025-01-01\n- text: third\n"));

        document.Problems.ShouldHaveSingleItem().Message.ShouldContain("Post 2");
        document.Units.Select(u => u.Index).ShouldBe([0, 1, 2]);
        document.Segments.Select(s => s.Unit).ShouldBe([0, 2]);
    }

    [Fact]
    public void Yaml_comments_suppress_the_next_line()
    {
        const string yaml = """
            - date: 2025-04-01
              # narrativelint-disable-next-line NL1001: the 48-hour promise was the policy then
              text: We'll get back to you within 48 hours.
            """;
        var document = _reader.Read(File("x.yaml", yaml));

        var suppression = document.Suppressions.ShouldHaveSingleItem();
        suppression.Line.ShouldBe(2);
        suppression.Ids.ShouldBe(["NL1001"]);
        suppression.Justification.ShouldBe("the 48-hour promise was the policy then");
    }

    [Theory]
    [InlineData("x-2025.json", "x")]
    [InlineData("twitter_q1.yaml", "x")]
    [InlineData("instagram-summer.yml", "instagram")]
    [InlineData("linkedin-2025.yaml", "linkedin")]
    [InlineData("facebook-2025.json", "facebook")]
    [InlineData("tiktok-creators-2025.json", "tiktok")]
    [InlineData("posts.yaml", null)]
    [InlineData("xmas-campaign.yaml", null)]
    public void Platform_defaults_from_the_file_name(string name, string? platform) =>
        SocialPlatform.FromFileName("social/en/" + name).ShouldBe(platform);

    [Fact]
    public void Devset_posts_read_cleanly_with_each_text_on_its_text_line()
    {
        var root = System.IO.Path.Combine(SharedData.Devset, "content", "social");
        var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories);
        files.ShouldNotBeEmpty();
        foreach (var path in files)
        {
            var file = new ContentFile(path, System.IO.File.ReadAllBytes(path));
            _reader.CanRead(file).ShouldBeTrue(path);
            var document = _reader.Read(file);
            document.Problems.ShouldBeEmpty(path);
            document.Metadata.Platform.ShouldNotBeNull(path);
            var textLines = document.Source.Lines.Where(l => l.ToString().TrimStart().StartsWith(file.Extension == ".json" ? "\"text\"" : "text:")).ToList();
            document.Segments.Length.ShouldBe(textLines.Count, path);
            for (int i = 0; i < textLines.Count; i++)
            {
                var segment = document.Segments[i];
                var span = segment.ToSource(new TextSpan(0, segment.Text.Length));
                document.Source.Lines.GetLineFromPosition(span.Start).LineNumber.ShouldBe(textLines[i].LineNumber, path);
                document.Source.ToString(span).ShouldBe(segment.Text, path);   // no escapes in the devset: all verbatim
                document.Units[i].Metadata.Date.ShouldNotBeNull(path);
                document.Units[i].Metadata.Sponsored.ShouldNotBeNull(path);
            }
        }
    }
}
