using System.Collections.Immutable;
using NarrativeLint.Channels.Captions;
using NarrativeLint.Channels.Chatbot;
using NarrativeLint.Channels.Email;
using NarrativeLint.Channels.Markdown;
using NarrativeLint.Channels.PlainText;
using NarrativeLint.Channels.Social;
using NarrativeLint.Channels.Web;
using NarrativeLint.Channels.Word;

namespace NarrativeLint.Channels;

/// <summary>
/// The readers a run uses, in the order they are asked; the first whose <c>CanRead</c> accepts a file reads it.
/// Chatbot scripts come before social posts: a script too broken to parse is still claimed by its keys.
/// </summary>
public static class ChannelReaders
{
    public static ImmutableArray<ChannelReader> Default { get; } =
    [
        new MarkdownReader(),
        new PlainTextReader(),
        new HtmlReader(),
        new EmailReader(),
        new ChatbotScriptReader(),
        new SocialPostReader(),
        new CaptionReader(),
        new WordDocumentReader(),
    ];
}
