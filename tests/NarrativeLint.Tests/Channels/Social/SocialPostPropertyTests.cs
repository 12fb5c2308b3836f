using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using NarrativeLint.Channels;
using NarrativeLint.Channels.Captions;
using NarrativeLint.Channels.Chatbot;
using NarrativeLint.Channels.Social;
using NarrativeLint.Channels.Word;

namespace NarrativeLint.Tests.Channels.Social;

public class SocialPostPropertyTests
{
    static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300);

    static readonly Gen<string> PostText =
        Gen.ArrayOf(Gen.Elements(
                "We reply", " within ", "24 hours", ".", " ", "  ", "\"", "\\", "'", "''", "é", "€", "😀", "👨‍👩‍👧",
                "\n", "\n\n", "\t", "#", ": ", " #tag", "- ", "{", "}", "[", "]", "&", "%", "*", "!", "?", "|", ">", "\u00a0", "\u0007", "\r\n"))
            .Select(parts => string.Concat(parts));

    static readonly Gen<string[]> Posts = Gen.ArrayOf(PostText).Where(posts => posts.Length > 0);

    [Fact]
    public void Json_posts_recover_each_text_and_map_verbatim_runs_exactly()
    {
        var encoders = new[] { JavaScriptEncoder.Default, JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        Check.One(Runs, Prop.ForAll(Posts.ToArbitrary(), Gen.Elements(0, 1).ToArbitrary(), (texts, encoder) =>
        {
            var options = new JsonSerializerOptions { Encoder = encoders[encoder], WriteIndented = true };
            var json = JsonSerializer.Serialize(texts.Select((text, i) => new Dictionary<string, object> { ["date"] = "2025-01-01", ["text"] = text, ["sponsored"] = i % 2 == 0 }), options);
            AssertRecovers(ProseAssert.File("x-2025.json", json), texts);
        }));
    }

    [Fact]
    public void Yaml_posts_recover_each_text_and_map_verbatim_runs_exactly()
    {
        Check.One(Runs, Prop.ForAll(Posts.ToArbitrary(), Gen.ArrayOf(Gen.Choose(0, 3)).ToArbitrary(), (texts, styles) =>
        {
            var yaml = new StringBuilder("# posts\n");
            for (int i = 0; i < texts.Length; i++)
                yaml.Append("- date: 2025-01-01\n  text: ").Append(Yaml(texts[i], styles.Length == 0 ? 0 : styles[i % styles.Length])).Append('\n');
            AssertRecovers(ProseAssert.File("instagram.yaml", yaml.ToString()), texts);
        }));
    }

    static void AssertRecovers(ContentFile file, string[] texts)
    {
        var reader = new SocialPostReader();
        reader.CanRead(file).ShouldBeTrue();
        var document = reader.Read(file);
        document.Problems.ShouldBeEmpty();
        document.Units.Length.ShouldBe(texts.Length);
        for (int i = 0; i < texts.Length; i++)
        {
            var segment = document.Segments.SingleOrDefault(s => s.Unit == i);
            (segment?.Text ?? "").ShouldBe(texts[i]);
            // Words are spelled the same in the file: they map verbatim, never through the coarse whole-value fallback.
            if (texts[i].Contains("reply")) segment!.Map.Runs.ShouldContain(run => run.Verbatim && run.Length >= 5);
        }
        ProseAssert.MapsVerbatim(document);
    }

    /// <summary>The text as a YAML scalar: double-quoted always works; single-quoted, literal and plain where the text allows.</summary>
    static string Yaml(string text, int style)
    {
        bool printable = text.All(c => !char.IsControl(c) && c is not ('\u0085' or '\u2028' or '\u2029' or '\ufeff' or '\u00a0'));
        var lines = text.Split('\n');
        if (style == 1 && printable && text.Length > 0 && text.Trim() == text)
            return "'" + text.Replace("'", "''") + "'";
        if (style == 2 && text.Length > 0 && !text.Contains('\r') && text.All(c => c == '\n' || c == '\t' || !char.IsControl(c))
            && !text.Any(c => c is '\u0085' or '\u2028' or '\u2029' or '\ufeff')
            && lines.All(line => line.Length > 0 && !char.IsWhiteSpace(line[0])))
            return "|-\n" + string.Join('\n', lines.Select(line => "    " + line));
        if (style == 3 && printable && text.Length > 0 && char.IsLetter(text[0]) && text.Trim() == text
            && !text.Contains(": ") && !text.Contains(" #") && !text.Any(c => c is '{' or '}' or '[' or ']' or '\'' or '"' or '|' or '>'))
            return text;
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
            quoted.Append(c switch
            {
                '"' => "\\\"", '\\' => "\\\\", '\n' => "\\n", '\r' => "\\r", '\t' => "\\t",
                '\u0085' or '\u2028' or '\u2029' or '\ufeff' or '\u00a0' => $"\\u{(int)c:x4}",
                _ when char.IsControl(c) => $"\\x{(int)c:x2}",
                _ => c.ToString(),
            });
        return quoted.Append('"').ToString();
    }

    static readonly Gen<string> Hostile =
        Gen.ArrayOf(Gen.OneOf(
                ArbMap.Default.ArbFor<string>().Generator.Where(s => s is not null),
                Gen.Elements("WEBVTT\n", "\n\n", "00:00:01,000 --> 00:00:02,000\n", "00:01.000 --> ", "-->", "NOTE ", "<i>", "</", "{\\an8}",
                    "&amp;", "&#x110000;", "- text: ", "posts:\n", "intents:\n  - name: x\n    responses:\n      - ", "responses:\n",
                    "{\"text\": \"", "[", "]", "\"\\u12", "|\n", ">-\n  ", "  ", "\t", "'", "\"", "*a", "&a ", "!!binary ", "%YAML 1.2\n---\n",
                    "\ud800", "PK\u0003\u0004")))
            .Select(parts => string.Concat(parts));

    [Fact]
    public void Readers_never_throw_on_arbitrary_text()
    {
        ChannelReader[] readers = [new SocialPostReader(), new ChatbotScriptReader(), new CaptionReader(), new WordDocumentReader()];
        string[] paths = ["social/x.json", "social/a.yaml", "bot.yml", "video.srt", "video.vtt", "doc.docx"];
        Check.One(Runs, Prop.ForAll(Hostile.ToArbitrary(), text =>
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            foreach (var path in paths)
                foreach (var reader in readers)
                {
                    var file = new ContentFile(path, bytes);
                    reader.CanRead(file);
                    var document = reader.Read(file);
                    ProseAssert.MapsVerbatim(document);
                }
        }));
    }
}
