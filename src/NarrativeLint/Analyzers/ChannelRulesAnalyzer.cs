// NL6001: a message longer than its channel allows. NL6002: a required disclaimer missing.
//
// Length is counted as the platform counts: user-perceived characters (an emoji is one), and where the
// channel sets url-length (X/Twitter: 23) every link counts that many, however long it is written.
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Registry;

namespace NarrativeLint.Analyzers;

public sealed partial class ChannelRulesAnalyzer : NarrativeAnalyzer
{
    /// <summary>Platforms that shorten every link to a fixed length, when the channel does not say.</summary>
    static readonly Dictionary<string, int> PlatformUrlLength = new(StringComparer.OrdinalIgnoreCase) { ["x"] = 23, ["twitter"] = 23 };

    [GeneratedRegex(@"https?://\S+|www\.\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.OverMaxLength, Descriptors.MissingDisclaimer];

    public override void Initialize(NarrativeAnalysisContext context)
    {
        var channels = context.Registry.Channels
            .Where(c => c.MaxLength is not null || !c.Disclaimers.IsDefaultOrEmpty)
            .GroupBy(c => c.Id, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        if (channels.Count == 0) return;
        context.RegisterDocumentAction(ctx => Analyze(ctx, channels));
    }

    static void Analyze(DocumentAnalysisContext ctx, Dictionary<string, ChannelRule> channels)
    {
        var content = ctx.Document.Content;
        foreach (var unit in content.AllUnits)
        {
            var metadata = content.MetadataOf(unit.Index);
            if (metadata.Channel is null || !channels.TryGetValue(metadata.Channel, out var channel)) continue;
            var text = string.Join("\n", content.Segments.Where(s => s.Unit == unit.Index).Select(s => s.Text));
            var location = ctx.Document.LocationOfSource(new TextSpan(unit.Span.Start, 0));

            if (channel.MaxLength is { } max)
            {
                int? urlLength = channel.UrlLength ?? (metadata.Platform is { } p && PlatformUrlLength.TryGetValue(p, out var n) ? n : null);
                int length = Length(text, urlLength);
                if (length > max)
                {
                    var counting = Fragments.CountedAsSeen(urlLength);
                    // "This {0} message is {1} characters long; the channel '{0}' allows {2} ({3})"
                    ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.OverMaxLength, location, channel.Id, length, max, counting));
                }
            }

            foreach (var disclaimer in channel.Disclaimers.IsDefault ? [] : channel.Disclaimers)
            {
                if (disclaimer.IsDefaultOrEmpty || new SurfacePhrases(disclaimer).FoundIn(text)) continue;
                // "Channel '{0}' requires the disclaimer '{1}', which this message does not contain"
                ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.MissingDisclaimer, location, channel.Id, disclaimer[0]));
            }
        }
    }

    /// <summary>Length in user-perceived characters, links counted at <paramref name="urlLength"/> where set.</summary>
    public static int Length(string text, int? urlLength)
    {
        if (urlLength is not { } fixedLength) return new StringInfo(text).LengthInTextElements;
        int length = 0, at = 0;
        foreach (Match url in Url().Matches(text))
        {
            length += new StringInfo(text[at..url.Index]).LengthInTextElements + fixedLength;
            at = url.Index + url.Length;
        }
        return length + new StringInfo(text[at..]).LengthInTextElements;
    }
}
