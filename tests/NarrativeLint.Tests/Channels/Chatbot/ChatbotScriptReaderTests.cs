using NarrativeLint.Channels;
using NarrativeLint.Channels.Chatbot;
using NarrativeLint.Text;
using static NarrativeLint.Tests.Channels.Social.ProseAssert;

namespace NarrativeLint.Tests.Channels.Chatbot;

public class ChatbotScriptReaderTests
{
    readonly ChatbotScriptReader _reader = new();

    const string CareBot = """
        # Velocell Care bot, English
        version: 2
        language: en
        intents:
          - name: ticket_time
            examples: ["when will you answer my ticket", "reply within 24 hours?"]
            responses:
              - "We reply to every support ticket within 24 hours."
              - text: 'We''re usually much faster.'
          - name: fault
            examples:
              - my broadband is down
            responses:
              # narrativelint-disable-next-line NL1001: storm weekend wording approved by Care
              - Sorry about that! We'll repair the fault within 4 working days.
          - name: esim
            responses:
              - >-
                Your eSIM is active within
                15 minutes of confirming the switch.
          - name: fallback
            responses:
              - |
                I didn't catch that.
                Type 'agent' to talk to the Care team.
        """;

    [Fact]
    public void Reads_responses_as_prose_and_skips_examples()
    {
        var document = _reader.Read(File("chatbot/en/care-bot.yaml", CareBot));

        document.Problems.ShouldBeEmpty();
        document.Metadata.Channel.ShouldBeNull("the engine assigns the channel: registry globs first, then the reader's default");
        document.Metadata.Language.ShouldBe("en");
        document.Segments.Select(s => s.Text).ShouldBe([
            "We reply to every support ticket within 24 hours.",
            "We're usually much faster.",
            "Sorry about that! We'll repair the fault within 4 working days.",
            "Your eSIM is active within 15 minutes of confirming the switch.",
            "I didn't catch that.\nType 'agent' to talk to the Care team.",   // clipped: the file ends without a line break
        ]);
        Kinds(document).ShouldAllBe(kind => kind == SegmentKind.Response);
        document.Segments.ShouldAllBe(s => !s.Text.Contains("answer my ticket"));
        MapsVerbatim(document);
    }

    [Fact]
    public void Locates_response_phrases_in_the_file()
    {
        var document = _reader.Read(File("care-bot.yaml", CareBot));

        Locate(document, "within 24 hours").ShouldBe((8, 43));
        Locate(document, "within 4 working days").ShouldBe((15, 50));
        Locate(document, "15 minutes").ShouldBe((20, 9));
        Locate(document, "Type 'agent'").ShouldBe((25, 9));
        var suppression = document.Suppressions.ShouldHaveSingleItem();
        suppression.Line.ShouldBe(14);
        suppression.Ids.ShouldBe(["NL1001"]);
        var position = document.Source.Lines[14].Start + 10;
        document.DescribePosition(position).ShouldBe("intent fault");
    }

    [Fact]
    public void Reads_rasa_style_responses()
    {
        const string domain = """
            version: "3.1"
            intents:
              - greet
              - ticket_time
            responses:
              utter_ticket_time:
                - text: "We reply to every support ticket within 24 hours."
                  buttons:
                    - title: "Open a ticket"
              utter_goodbye:
                - "Bye! Our Care team is here 24/7."
                - Plain goodbye.
            """;
        var file = File("domain.yml", domain);
        _reader.CanRead(file).ShouldBeTrue();
        var document = _reader.Read(file);

        document.Problems.ShouldBeEmpty();
        document.Segments.Select(s => s.Text).ShouldBe([
            "We reply to every support ticket within 24 hours.",
            "Bye! Our Care team is here 24/7.",
            "Plain goodbye.",
        ]);
        Locate(document, "24/7").ShouldBe((11, 35));
        document.DescribePosition(document.Source.Lines[10].Start + 8).ShouldBe("response utter_goodbye");
    }

    [Fact]
    public void Claims_scripts_and_not_post_lists()
    {
        _reader.TryRead(File("bot.yaml", CareBot)).ShouldNotBeNull();
        _reader.CanRead(File("bot.json", CareBot)).ShouldBeFalse();
        _reader.TryRead(File("x.yaml", "- text: a post\n  date: 2025-01-01\n")).ShouldBeNull();
        _reader.TryRead(File("x.yaml", "posts:\n  - text: a post\n")).ShouldBeNull();
        _reader.TryRead(File("config.yaml", "name: site\nbuild: true\n")).ShouldBeNull();
        _reader.TryRead(File("bot.yaml", "intents:\n  - name: x\n    responses: [\"unclosed\n")).ShouldNotBeNull();
    }

    [Fact]
    public void Malformed_script_is_one_problem()
    {
        var document = _reader.Read(File("bot.yaml", "language: en\nintents:\n  - name: x\n    responses: [\"unclosed\n"));

        var problem = document.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(ReadProblemKind.Malformed);
        problem.Message.ShouldStartWith("Malformed YAML at line");
        document.Segments.ShouldBeEmpty();
    }

    [Fact]
    public void Devset_scripts_read_cleanly_with_every_response()
    {
        var root = System.IO.Path.Combine(SharedData.Devset, "content", "chatbot");
        var files = Directory.GetFiles(root, "*.yaml", SearchOption.AllDirectories);
        files.ShouldNotBeEmpty();
        foreach (var path in files)
        {
            var file = new ContentFile(path, System.IO.File.ReadAllBytes(path));
            _reader.TryRead(file).ShouldNotBeNull(path);
            new NarrativeLint.Channels.Social.SocialPostReader().TryRead(file).ShouldBeNull(path);
            var document = _reader.Read(file);
            document.Problems.ShouldBeEmpty(path);
            document.Metadata.Language.ShouldNotBeNull(path);
            var responseLines = document.Source.Lines.Where(l => l.ToString().TrimStart().StartsWith("- \"")).ToList();
            document.Segments.Length.ShouldBe(responseLines.Count, path);
            for (int i = 0; i < responseLines.Count; i++)
            {
                var segment = document.Segments[i];
                var span = segment.ToSource(new Microsoft.CodeAnalysis.Text.TextSpan(0, segment.Text.Length));
                document.Source.Lines.GetLineFromPosition(span.Start).LineNumber.ShouldBe(responseLines[i].LineNumber, path);
                document.Source.ToString(span).ShouldBe(segment.Text, path);
            }
        }
    }
}
