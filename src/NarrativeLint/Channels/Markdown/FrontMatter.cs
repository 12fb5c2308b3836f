using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Channels.Shared;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NarrativeLint.Channels.Markdown;

/// <summary>Reads YAML front matter into metadata: lang, date, channel, sponsored, title, platform; other keys become properties.</summary>
static class FrontMatter
{
    public static ContentMetadata Read(string yaml, TextSpan span, ProblemLog problems)
    {
        var metadata = new ContentMetadata();
        YamlMappingNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode;
        }
        catch (YamlException e)
        {
            problems.Report(ReadProblemKind.Malformed, $"front matter is not valid YAML ({e.Start.Line}:{e.Start.Column}: {e.Message})", span);
            return metadata;
        }
        if (root is null) return metadata;

        var properties = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } || valueNode is not YamlScalarNode { Value: { } value }) continue;
            properties[key] = value;
            metadata = key.ToLowerInvariant() switch
            {
                "lang" or "language" or "locale" => metadata with { Language = value },
                "date" => metadata with { Date = ParseDate(value) },
                "channel" => metadata with { Channel = value },
                "sponsored" => metadata with { Sponsored = bool.TryParse(value, out var s) ? s : null },
                "title" => metadata with { Title = value },
                "platform" => metadata with { Platform = value },
                _ => metadata,
            };
        }
        return metadata with { Properties = properties.ToImmutable() };
    }

    static DateOnly? ParseDate(string value) =>
        DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? DateOnly.FromDateTime(date) : null;
}
