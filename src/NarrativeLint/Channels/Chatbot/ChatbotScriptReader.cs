using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Channels.Shared;
using NarrativeLint.Channels.Structured;
using NarrativeLint.Text;

namespace NarrativeLint.Channels.Chatbot;

/// <summary>
/// Reads a chatbot script (see README.md in this folder): the bot's responses are prose, one segment each,
/// mapped into the file; intent examples are what users type and are not checked. Accepts our
/// <c>intents:</c> format and Rasa-style top-level <c>responses:</c>.
/// </summary>
public sealed partial class ChatbotScriptReader : ChannelReader
{
    public override string DefaultChannel => "chatbot";

    public override bool CanRead(ContentFile file) => file.Extension is ".yaml" or ".yml";

    public override ContentDocument? TryRead(ContentFile file) => IsScript(file) ? Read(file) : null;

    /// <summary>Whether the file holds a script; one too broken to parse is still claimed by its keys, so its problem is reported by the right channel.</summary>
    internal static bool IsScript(ContentFile file)
    {
        var content = StructuredContent.Parse(file);
        if (content.Root is { } root) return IsScript(root);
        var head = System.Text.Encoding.UTF8.GetString(file.Bytes, 0, Math.Min(file.Bytes.Length, 64 * 1024));
        return ScriptKeys().IsMatch(head);
    }

    [GeneratedRegex(@"^(intents|responses)\s*:", RegexOptions.Multiline)]
    private static partial Regex ScriptKeys();

    static bool IsScript(DataNode root) =>
        root is DataMapping mapping
        && mapping.Get("posts") is null
        && (mapping.Get("intents") is DataSequence || mapping.Get("responses") is DataMapping);

    public override ContentDocument Read(ContentFile file)
    {
        var content = StructuredContent.Parse(file);
        var metadata = new ContentMetadata();
        var problems = new ProblemLog();
        problems.Report(content.Problem);

        var segments = ImmutableArray.CreateBuilder<ProseSegment>();
        var places = new List<(TextSpan Span, string Description)>();
        if (content.Root is DataMapping root && IsScript(root))
        {
            if (root.Scalar("language", "lang")?.Value.Trim() is { Length: > 0 } language) metadata = metadata with { Language = language };
            if (root.Scalar("version")?.Value is { } version)
                metadata = metadata with { Properties = metadata.Properties.SetItem("version", version) };

            if (root.Get("intents") is DataSequence intents)
                foreach (var intent in intents.Items.OfType<DataMapping>())
                {
                    var name = intent.Scalar("name", "intent")?.Value ?? "";
                    places.Add((intent.Span, $"intent {name}".TrimEnd()));
                    if (intent.Get("responses") is { } responses) AddResponses(responses, segments);
                }

            if (root.Get("responses") is DataMapping utterances)
                foreach (var (name, responses) in utterances.Entries)
                {
                    places.Add((TextSpan.FromBounds(Math.Min(responses.Span.Start, responses.Span.End), responses.Span.End), $"response {name}"));
                    AddResponses(responses, segments);
                }
        }
        else if (content.Root is not null)
            problems.Report(ReadProblemKind.Malformed,
                "Expected a chatbot script: a mapping with 'intents:' (a list) or 'responses:' (a mapping of utterances).", new TextSpan(content.Root.Span.Start, 0));

        return new ContentDocument
        {
            Path = file.Path,
            Source = content.Source,
            Metadata = metadata,
            Segments = segments.ToImmutable(),
            Problems = problems.ToArray(),
            Suppressions = content.Suppressions,
            DescribePosition = position => places.LastOrDefault(p => p.Span.Start <= position && position < p.Span.End).Description,
        };
    }

    /// <summary>A response list (or one response): each item a string, or a mapping whose <c>text</c> is the reply.</summary>
    static void AddResponses(DataNode responses, ImmutableArray<ProseSegment>.Builder segments)
    {
        IEnumerable<DataNode> items = responses is DataSequence sequence ? sequence.Items : [responses];
        foreach (var item in items)
        {
            var text = item switch
            {
                DataScalar scalar => scalar,
                DataMapping mapping => mapping.Scalar("text"),
                _ => null,
            };
            if (text is { Value.Length: > 0 } && !string.IsNullOrWhiteSpace(text.Value))
                segments.Add(text.ToSegment(SegmentKind.Response));
        }
    }
}
