using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace NarrativeLint.Tests.Robustness;

/// <summary>
/// A document's shape, independent of its channel: a language, and blocks of sentences each with a decoration
/// (emphasis, a link, a tag, a neighbouring code span…). Each channel spells the same shape in its own syntax.
/// </summary>
public sealed record DocumentPlan(int Language, (int Kind, (int Sentence, int Decoration)[] Sentences)[] Blocks)
{
    public string LanguageCode => Pools[Language].Code;

    public IEnumerable<string[]> Paragraphs => Blocks.Select(b => b.Sentences.Select(s => Sentence(s.Sentence)).ToArray());

    public string Sentence(int pick) => Pools[Language].Sentences[pick % Pools[Language].Sentences.Length];

    public override string ToString() => $"{LanguageCode}: " + string.Join(" | ", Paragraphs.Select(p => string.Join(" ", p)));

    /// <summary>Sentences the Lint registry flags (quantities, avoided terms, value breaches), mixed with clean ones.</summary>
    public static readonly (string Code, string[] Sentences)[] Pools =
    [
        ("en", [
            "We reply to support tickets within 72 hours.", "Call our helpdesk today.", "No comment on the outage.",
            "Welcome to ACME cloud.", "Your fibre installation takes up to 3 weeks.",
            "Our team loves good coffee.", "Spring is a fine season for a walk.", "Thanks for reading this note.",
        ]),
        ("it", [
            "Rispondiamo a ogni richiesta di assistenza entro 72 ore.", "Nessun commento sul guasto.", "Benvenuti in ACME cloud.",
            "L'installazione della fibra richiede fino a 3 settimane.",
            "Il nostro team ama il buon caffè.", "Grazie per la lettura.",
        ]),
        ("ro", [
            "Răspundem la fiecare solicitare de asistență în 72 de ore.", "Este confidențial.", "Bine ați venit la ACME cloud.",
            "Echipa noastră iubește cafeaua bună.", "Vă mulțumim pentru lectură.",
        ]),
    ];
}

/// <summary>Spells a <see cref="DocumentPlan"/> in each channel's syntax.</summary>
public static class GeneratedDocuments
{
    public static readonly string[] TextChannels = ["markdown", "text", "html", "social-yaml", "social-json", "chatbot", "srt", "vtt", "eml"];

    public static (string Path, string Text) Spell(string channel, DocumentPlan plan) => channel switch
    {
        "markdown" => ("blog/post.md", Markdown(plan)),
        "text" => ("notes/page.txt", Plain(plan)),
        "html" => ("web/page.html", Html(plan)),
        "social-yaml" => ("social/posts.yaml", SocialYaml(plan)),
        "social-json" => ("social/posts.json", SocialJson(plan)),
        "chatbot" => ("bot/script.yaml", Chatbot(plan)),
        "srt" => ("webinar/talk.srt", Captions(plan, vtt: false)),
        "vtt" => ("webinar/talk.vtt", Captions(plan, vtt: true)),
        "eml" => ("mail/news.eml", Email(plan)),
        _ => throw new ArgumentException(channel),
    };

    static string Markdown(DocumentPlan plan)
    {
        var md = new StringBuilder($"---\nlang: {plan.LanguageCode}\ndate: 2025-09-01\n---\n\n");
        foreach (var (kind, sentences) in plan.Blocks)
        {
            var spelled = sentences.Select(s => MarkdownInline(plan.Sentence(s.Sentence), s.Decoration));
            switch (kind % 6)
            {
                case 0: md.Append(string.Join(" ", spelled)).Append("\n\n"); break;
                case 1: md.Append("## ").Append(string.Join(" ", spelled)).Append("\n\n"); break;
                case 2: foreach (var item in spelled) md.Append("- ").Append(item).Append('\n'); md.Append('\n'); break;
                case 3: foreach (var item in spelled) md.Append("1. ").Append(item).Append('\n'); md.Append('\n'); break;
                case 4: md.Append("> ").Append(string.Join(" ", spelled)).Append("\n\n"); break;
                // Code is not prose: whatever it says must not produce a finding at a wrong place.
                default: md.Append("```text\n").Append(string.Join("\n", sentences.Select(s => plan.Sentence(s.Sentence)))).Append("\n```\n\n"); break;
            }
        }
        return md.ToString();
    }

    static string MarkdownInline(string sentence, int decoration) => (decoration % 7) switch
    {
        1 => $"**{sentence}**",
        2 => $"_{sentence}_",
        3 => $"[{sentence}](https://acme.example/page)",
        4 => $"`acme --status` {sentence}",
        5 => $"{sentence} `v2`",
        6 => $"*{sentence}*",
        _ => sentence,
    };

    static string Plain(DocumentPlan plan) =>
        string.Join("\n\n", plan.Paragraphs.Select(p => string.Join(" ", p))) + "\n";

    static string Html(DocumentPlan plan)
    {
        var html = new StringBuilder($"<!doctype html>\n<html lang=\"{plan.LanguageCode}\">\n<head><title>Page</title></head>\n<body>\n");
        foreach (var (kind, sentences) in plan.Blocks)
        {
            var spelled = sentences.Select(s => HtmlInline(plan.Sentence(s.Sentence), s.Decoration)).ToArray();
            switch (kind % 4)
            {
                case 0: html.Append("<p>").Append(string.Join(" ", spelled)).Append("</p>\n"); break;
                case 1: html.Append("<h2>").Append(string.Join(" ", spelled)).Append("</h2>\n"); break;
                case 2: html.Append("<ul>\n").AppendJoin("", spelled.Select(s => $"  <li>{s}</li>\n")).Append("</ul>\n"); break;
                default: html.Append("<div class=\"note\">\n  ").Append(string.Join("\n  ", spelled)).Append("\n</div>\n"); break;
            }
        }
        return html.Append("</body>\n</html>\n").ToString();
    }

    static string HtmlInline(string sentence, int decoration) => (decoration % 7) switch
    {
        1 => $"<b>{sentence}</b>",
        2 => $"<em>{sentence}</em>",
        3 => $"<a href=\"https://acme.example/?a=1&amp;b=2\">{sentence}</a>",
        4 => $"<span class=\"x\">{sentence}</span> Fish &amp; chips&nbsp;are great.",
        5 => $"Caf&eacute; &#233; &mdash; {sentence}",
        6 => $"{sentence}<br>",
        _ => sentence,
    };

    static string SocialYaml(DocumentPlan plan)
    {
        var yaml = new StringBuilder($"lang: {plan.LanguageCode}\nplatform: linkedin\nposts:\n");
        int i = 0;
        foreach (var (kind, sentences) in plan.Blocks)
        {
            var text = string.Join(" ", sentences.Select(s => plan.Sentence(s.Sentence)));
            yaml.Append($"  - date: 2025-09-0{1 + i++ % 9}\n    text: ");
            yaml.Append((kind % 4) switch
            {
                0 => "\"" + text + "\"",
                1 => "'" + text.Replace("'", "''") + "'",
                2 => "|-\n      " + string.Join("\n      ", sentences.Select(s => plan.Sentence(s.Sentence))),
                _ => text.Contains('\'') ? "\"" + text + "\"" : text,
            }).Append('\n');
        }
        return yaml.ToString();
    }

    static string SocialJson(DocumentPlan plan)
    {
        var posts = plan.Paragraphs.Select((p, i) => new Dictionary<string, object>
        {
            ["date"] = $"2025-09-0{1 + i % 9}",
            ["text"] = string.Join(i % 2 == 0 ? " " : "\n", p),
        });
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return JsonSerializer.Serialize(new Dictionary<string, object> { ["lang"] = plan.LanguageCode, ["posts"] = posts }, options);
    }

    static string Chatbot(DocumentPlan plan)
    {
        var yaml = new StringBuilder($"version: 2\nlanguage: {plan.LanguageCode}\nintents:\n");
        int i = 0;
        foreach (var (kind, sentences) in plan.Blocks)
        {
            yaml.Append($"  - name: intent_{i++}\n    examples: [\"hello\", \"when do you reply\"]\n    responses:\n");
            foreach (var (sentence, decoration) in sentences)
            {
                var text = plan.Sentence(sentence);
                yaml.Append((decoration % 3) switch
                {
                    0 => $"      - \"{text}\"\n",
                    1 => $"      - text: '{text.Replace("'", "''")}'\n",
                    _ => $"      - >-\n        {text}\n",
                });
            }
        }
        return yaml.ToString();
    }

    static string Captions(DocumentPlan plan, bool vtt)
    {
        var text = new StringBuilder(vtt ? "WEBVTT\n\n" : "");
        int cue = 0;
        foreach (var (_, sentences) in plan.Blocks)
        {
            cue++;
            string Time(int seconds) => vtt ? $"00:00:{seconds:00}.000" : $"00:00:{seconds:00},000";
            text.Append(vtt ? "" : $"{cue}\n").Append($"{Time(cue * 2 % 60)} --> {Time(cue * 2 % 60 + 1)}\n");
            foreach (var (sentence, _) in sentences) text.Append(plan.Sentence(sentence)).Append('\n');
            text.Append('\n');
        }
        return text.ToString();
    }

    static string Email(DocumentPlan plan)
    {
        var plain = string.Join("\r\n\r\n", plan.Paragraphs.Select(p => string.Join(" ", p)));
        var html = string.Join("\r\n", plan.Blocks.Select(b => "<p>" + string.Join(" ", b.Sentences.Select(s => HtmlInline(plan.Sentence(s.Sentence), s.Decoration))) + "</p>"));
        return "From: Acme Cloud Care <care@acme.example>\r\nTo: customer@example.com\r\nSubject: About your ticket\r\n" +
               "Date: Mon, 1 Sep 2025 09:00:00 +0000\r\nMIME-Version: 1.0\r\n" +
               $"Content-Language: {plan.LanguageCode}\r\n" +
               "Content-Type: multipart/alternative; boundary=\"=_b\"\r\n\r\n" +
               "--=_b\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + plain + "\r\n" +
               "--=_b\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" +
               $"<html lang=\"{plan.LanguageCode}\"><body>\r\n{html}\r\n</body></html>\r\n" +
               "--=_b--\r\n";
    }

    /// <summary>The plan as a Word document: one paragraph per block, each sentence its own run (bold on odd decorations).</summary>
    public static byte[] Word(DocumentPlan plan)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var body = new Body();
            foreach (var (_, sentences) in plan.Blocks)
            {
                var paragraph = new Paragraph();
                for (int i = 0; i < sentences.Length; i++)
                {
                    var run = new Run();
                    if (sentences[i].Decoration % 2 == 1) run.Append(new RunProperties(new Bold()));
                    run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text((i > 0 ? " " : "") + plan.Sentence(sentences[i].Sentence)) { Space = SpaceProcessingModeValues.Preserve });
                    paragraph.Append(run);
                }
                body.Append(paragraph);
            }
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }
}
