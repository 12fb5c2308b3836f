using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Channels;
using NarrativeLint.Channels.Captions;
using NarrativeLint.Text;
using static NarrativeLint.Tests.Channels.Social.ProseAssert;

namespace NarrativeLint.Tests.Channels.Captions;

public class CaptionReaderTests
{
    readonly CaptionReader _reader = new();

    const string Webinar = """
        1
        00:00:01,000 --> 00:00:05,000
        Hi everyone, welcome to our home broadband webinar.

        2
        00:00:05,200 --> 00:00:08,000
        {\an8}Once you order, <i>Velocell Fibre</i>
        is installed

        3
        00:00:08,100 --> 00:00:11,000
        within 10 working days.

        4
        00:00:11,200 --> 00:00:15,000
        If anything breaks, we repair faults

        5
        00:00:18,500 --> 00:00:21,000
        <font color="#ffff00">fast</font> &amp; free.
        """;

    [Fact]
    public void Joins_srt_cues_into_sentences_and_strips_tags()
    {
        var document = _reader.Read(File("video/en/webinar.srt", Webinar));

        document.Problems.ShouldBeEmpty();
        document.Metadata.Channel.ShouldBeNull("the engine assigns the channel: registry globs first, then the reader's default");
        document.Segments.Select(s => s.Text).ShouldBe([
            "Hi everyone, welcome to our home broadband webinar.",
            "Once you order, Velocell Fibre is installed within 10 working days.",
            "If anything breaks, we repair faults",     // a pause of 3.5 s ends the segment
            "fast & free.",
        ]);
        Kinds(document).ShouldAllBe(kind => kind == SegmentKind.Caption);
        MapsVerbatim(document);
    }

    [Fact]
    public void Locates_phrases_and_names_the_cue()
    {
        var document = _reader.Read(File("webinar.srt", Webinar));

        Locate(document, "Velocell Fibre").ShouldBe((7, 26));
        Locate(document, "within 10 working days").ShouldBe((12, 1));
        Locate(document, "broadband webinar").ShouldBe((3, 34));
        // A phrase over two cues spans from the first to the second.
        var segment = document.Segments[1];
        int at = segment.Text.IndexOf("installed within", StringComparison.Ordinal);
        var span = segment.ToSource(new TextSpan(at, "installed within".Length));
        document.Source.ToString(span).ShouldStartWith("installed");
        document.Source.ToString(span).ShouldEndWith("within");

        document.DescribePosition(span.Start).ShouldBe("cue 00:00:05.200");
        document.DescribePosition(span.End - 1).ShouldBe("cue 00:00:08.100");
        var fourth = document.Segments[3];
        document.Source.ToString(fourth.ToSource(new TextSpan(fourth.Text.IndexOf('&'), 1))).ShouldBe("&amp;");
    }

    const string Explainer = """
        WEBVTT
        Kind: captions
        Language: en

        NOTE Produced by the video team, March 2025

        STYLE
        ::cue { color: yellow }

        intro
        00:00.000 --> 00:03.500 align:start position:10%
        <v Narrator>Switching to an eSIM takes three steps.</v>

        00:03.700 --> 00:08.000
        Open the <b>Velocell</b> app, tap <c.key>SIM</c>,

        00:08.200 --> 00:12.800
        then <00:00:09.000>tap Switch to eSIM.

        NOTE narrativelint-disable-next-line NL1001: the 15-minute figure is the 2024 wording
        
        00:00:13.000 --> 00:00:17.500
        Your eSIM is usually active within 15 minutes.
        """;

    [Fact]
    public void Reads_webvtt_with_header_notes_styles_settings_and_voices()
    {
        var document = _reader.Read(File("video/en/explainer-esim.vtt", Explainer));

        document.Problems.ShouldBeEmpty();
        document.Metadata.Language.ShouldBe("en");
        document.Metadata.Properties["Kind"].ShouldBe("captions");
        document.Segments.Select(s => s.Text).ShouldBe([
            "Switching to an eSIM takes three steps.",
            "Open the Velocell app, tap SIM, then tap Switch to eSIM.",
            "Your eSIM is usually active within 15 minutes.",
        ]);
        MapsVerbatim(document);
        Locate(document, "three steps").ShouldBe((12, 40));
        Locate(document, "tap Switch").ShouldBe((18, 20));
        Locate(document, "within 15 minutes").ShouldBe((23, 29));
        document.DescribePosition(document.Source.Lines[22].Start + 5).ShouldBe("cue 00:00:13.000");
        document.DescribePosition(document.Source.Lines[11].Start).ShouldBe("cue 00:00:00.000");

        var suppression = document.Suppressions.ShouldHaveSingleItem();
        suppression.Line.ShouldBe(22);
        suppression.Ids.ShouldBe(["NL1001"]);
    }

    [Fact]
    public void Broken_timings_are_one_problem_and_the_other_cues_still_read()
    {
        const string srt = """
            1
            00:00:01,000 --> 00:00:04,000
            We reply within 24 hours.

            2
            00:00:xx --> garbage
            This cue cannot be placed.

            3
            00:00:09,000 --> whenever
            Neither can this one.

            4
            00:00:12,000 --> 00:00:15,000
            Installation takes 10 working days.
            """;
        var document = _reader.Read(File("broken.srt", srt));

        var problem = document.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(ReadProblemKind.Malformed);
        problem.Message.ShouldContain("line 6");
        document.Source.ToString(problem.Span).ShouldBe("00:00:xx --> garbage");
        document.Segments.Select(s => s.Text).ShouldBe(["We reply within 24 hours.", "Installation takes 10 working days."]);
    }

    [Fact]
    public void Reads_only_caption_files()
    {
        _reader.CanRead(File("a.srt", "")).ShouldBeTrue();
        _reader.CanRead(File("a.VTT", "")).ShouldBeTrue();
        _reader.CanRead(File("a.txt", "")).ShouldBeFalse();
        var empty = _reader.Read(File("a.srt", ""));
        empty.Problems.ShouldBeEmpty();
        empty.Segments.ShouldBeEmpty();
        _reader.Read(File("a.vtt", "00:01.000 --> 00:02.000\nNo header.")).Problems.ShouldHaveSingleItem().Message.ShouldContain("WEBVTT");
    }

    [Fact]
    public void Devset_captions_read_cleanly_one_sentence_per_cue()
    {
        var root = System.IO.Path.Combine(SharedData.Devset, "content", "video");
        var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories);
        files.ShouldNotBeEmpty();
        foreach (var path in files)
        {
            var file = new ContentFile(path, System.IO.File.ReadAllBytes(path));
            _reader.CanRead(file).ShouldBeTrue(path);
            var document = _reader.Read(file);
            document.Problems.ShouldBeEmpty(path);
            var timings = document.Source.Lines.Where(l => l.ToString().Contains("-->")).ToList();
            document.Segments.Length.ShouldBe(timings.Count, path);
            for (int i = 0; i < timings.Count; i++)
            {
                var segment = document.Segments[i];
                var span = segment.ToSource(new TextSpan(0, segment.Text.Length));
                document.Source.ToString(span).ShouldBe(segment.Text, path);
                document.Source.Lines.GetLineFromPosition(span.Start).LineNumber.ShouldBe(timings[i].LineNumber + 1, path);
            }
            if (file.Extension == ".vtt") document.Metadata.Language.ShouldNotBeNull(path);
        }
    }
}
