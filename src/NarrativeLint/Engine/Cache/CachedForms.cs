using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Analyzers;
using NarrativeLint.Channels;
using NarrativeLint.Language;
using NarrativeLint.Text;

namespace NarrativeLint.Engine.Cache;

/// <summary>
/// How the parts of a document a cache entry keeps are written and read back: its metadata, suppressions and
/// problems, the diagnostics its own rules reported, and its translation blocks, each field for field.
/// </summary>
static class CachedForms
{
    public static void WriteMetadata(DerivationWriter writer, ContentMetadata metadata)
    {
        writer.String(metadata.Language);
        writer.Date(metadata.Date);
        writer.String(metadata.Channel);
        writer.Int(metadata.Sponsored is { } sponsored ? (sponsored ? 2 : 1) : 0);
        writer.String(metadata.Title);
        writer.String(metadata.Platform);
        writer.List(metadata.Properties, property =>
        {
            writer.String(property.Key);
            writer.String(property.Value);
        });
    }

    public static ContentMetadata ReadMetadata(DerivationReader reader) => new()
    {
        Language = reader.String(),
        Date = reader.Date(),
        Channel = reader.String(),
        Sponsored = reader.Int() switch { 0 => null, var v => v == 2 },
        Title = reader.String(),
        Platform = reader.String(),
        Properties = ImmutableDictionary.CreateRange(StringComparer.OrdinalIgnoreCase, reader.List(() => KeyValuePair.Create(reader.Text(), reader.Text()))),
    };

    public static void WriteSuppression(DerivationWriter writer, Suppression suppression)
    {
        writer.Int(suppression.Line);
        writer.Strings(suppression.Ids);
        writer.String(suppression.Justification);
        writer.Span(suppression.CommentSpan);
        writer.Int((int)suppression.Kind);
    }

    public static Suppression ReadSuppression(DerivationReader reader) =>
        new(reader.Int(), reader.Strings(), reader.Text(), reader.Span(), (SuppressionKind)reader.Int());

    public static void WriteProblem(DerivationWriter writer, ReadProblem problem)
    {
        writer.Int((int)problem.Kind);
        writer.String(problem.Message);
        writer.Span(problem.Span);
    }

    public static ReadProblem ReadProblem(DerivationReader reader) => new((ReadProblemKind)reader.Int(), reader.Text(), reader.Span());

    /// <summary>A diagnostic as a rule reported it, before the run's severities and suppressions apply: those are applied again on reading.</summary>
    public static void WriteDiagnostic(DerivationWriter writer, Diagnostic diagnostic)
    {
        var descriptor = diagnostic.Descriptor;
        writer.String(diagnostic.Id);
        writer.String(descriptor.Category);
        writer.String(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        writer.Int((int)diagnostic.Severity);
        writer.Int((int)descriptor.DefaultSeverity);
        writer.Bool(descriptor.IsEnabledByDefault);
        writer.Int(diagnostic.WarningLevel);
        writer.String(descriptor.Title.ToString());
        writer.String(descriptor.Description.ToString());
        writer.String(descriptor.HelpLinkUri);
        writer.Location(diagnostic.Location);
        writer.List(diagnostic.AdditionalLocations, writer.Location);
        writer.Strings(descriptor.CustomTags);
        writer.List(diagnostic.Properties, property =>
        {
            writer.String(property.Key);
            writer.String(property.Value);
        });
    }

    public static Diagnostic ReadDiagnostic(DerivationReader reader)
    {
        var (id, category, message) = (reader.Text(), reader.Text(), reader.Text());
        var (severity, defaultSeverity, enabled, warningLevel) = ((DiagnosticSeverity)reader.Int(), (DiagnosticSeverity)reader.Int(), reader.Bool(), reader.Int());
        var (title, description, help) = (reader.Text(), reader.Text(), reader.String());
        var location = reader.Location();
        var additional = reader.List(reader.Location);
        var tags = reader.Strings();
        var properties = ImmutableDictionary.CreateRange(reader.List(() => KeyValuePair.Create(reader.Text(), reader.String())));
        return Diagnostic.Create(id, category, message, severity, defaultSeverity, enabled, warningLevel, title, description, help,
            location, additional, tags, properties);
    }

    /// <summary>A document's translation blocks: each block's segment, anchors, numbers and links, and what drift reads of its sentences.</summary>
    public static void WriteBlocks(DerivationWriter writer, ImmutableArray<TranslationBlock> blocks) =>
        writer.List(blocks, block =>
        {
            writer.Int(block.Index);
            WriteSegment(writer, block.Segment);
            writer.List(block.Sentences, sentence =>
            {
                writer.String(sentence.Pack.Code);
                writer.List(sentence.Quantities, writer.Quantity);
                writer.Int(sentence.Tokens);
                writer.Bool(sentence.Negates);
                writer.List(sentence.Denials, writer.Span);
                writer.Bool(sentence.SaysNegatively);
                writer.Span(sentence.Span);
                writer.Bool(sentence.TellsThePast);
            });
            writer.Strings(block.Anchors);
            writer.List(block.Numbers, number =>
            {
                writer.String(number.Value);
                writer.Span(number.Span);
                writer.Strings(number.Parts);
                writer.String(number.Exact);
                writer.Bool(number.Spelled);
                writer.String(number.Dialling);
            });
            writer.List(block.Links, link =>
            {
                writer.String(link.Target);
                writer.String(link.Written);
                writer.Span(link.SourceSpan);
            });
        });

    public static ImmutableArray<TranslationBlock> ReadBlocks(DerivationReader reader, LanguagePacks packs) => reader.List(() =>
    {
        var index = reader.Int();
        var segment = ReadSegment(reader);
        var sentences = reader.List(() => new BlockSentence(packs.Get(reader.Text()), reader.List(reader.Quantity), reader.Int(), reader.Bool(), reader.List(reader.Span), reader.Bool()) { Span = reader.Span(), TellsThePast = reader.Bool() });
        var anchors = reader.Strings().ToHashSet(StringComparer.Ordinal);
        var numbers = reader.List(() => new BlockNumber(reader.Text(), reader.Span(), reader.Strings(), reader.Text(), reader.Bool(), reader.String()));
        var links = reader.List(() => new BlockLink(reader.Text(), reader.Text(), reader.Span()));
        return new TranslationBlock(index, segment, sentences, anchors, numbers, links);
    });

    static void WriteSegment(DerivationWriter writer, ProseSegment segment)
    {
        writer.String(segment.Text);
        writer.List(segment.Map.Runs, run =>
        {
            writer.Int(run.ProseStart);
            writer.Int(run.Length);
            writer.Span(run.Source);
            writer.Bool(run.Verbatim);
        });
        writer.Int((int)segment.Kind);
        writer.Int(segment.Unit);
        writer.List(segment.Citations, writer.Span);
    }

    static ProseSegment ReadSegment(DerivationReader reader) =>
        new(reader.Text(), new SourceMap(reader.List(() => new SourceMap.Run(reader.Int(), reader.Int(), reader.Span(), reader.Bool()))), (SegmentKind)reader.Int(), reader.Int())
        {
            Citations = reader.List(reader.Span),
        };
}
