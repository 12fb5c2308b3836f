using NarrativeLint.Analyzers;
using NarrativeLint.Engine;
using NarrativeLint.Registry;

namespace NarrativeLint.Cli;

/// <summary>
/// The <c>annotate</c> command: shows what the language layer and the registry's phrases see in a file —
/// sentences, quantities, cues and matched registry phrases — so a registry author can tell why a rule
/// did or did not fire.
/// </summary>
static class Annotation
{
    public static int Annotate(string[] paths, string? registryPath, TextWriter output)
    {
        if (Project.Open(null, registryPath, registryOptional: true) is not { } project) return ExitCodes.Usage;
        var result = new NarrativeEngine(project.Registry.Registry, new EngineOptions { KeepSentences = true }, packs: project.Packs).Check(paths);
        foreach (var document in result.Documents)
        {
            var metadata = document.Content.Metadata;
            output.WriteLine($"{document.Path}  [channel {metadata.Channel}, language {metadata.Language}, date {metadata.Date?.ToString("yyyy-MM-dd") ?? "-"}]");
            if (result.TranslationOf(document.Path) is { } pair)
            {
                output.WriteLine($"  translation of {pair.Source.Path} ({pair.TranslationLanguage} from {pair.SourceLanguage}, by {pair.Evidence}): "
                    + $"{pair.Alignment.Length} blocks aligned, {pair.Alignment.Count(a => a.How == BlockMatch.Anchors)} by anchors");
                // Which block of the source each block stands for, and how they were placed: by anchors and by position they are compared.
                foreach (var aligned in pair.Alignment)
                    output.WriteLine($"    line {LineOf(document, aligned.Translation.Segment),5} ~ source line {LineOf(pair.Source, aligned.Source.Segment)} ({aligned.How})");
            }
            foreach (var sentence in document.Sentences)
            {
                var line = document.LocationOf(sentence.Segment, sentence.Sentence.Span).GetLineSpan().StartLinePosition.Line + 1;
                output.WriteLine($"  {line,5}: {sentence.Text}");
                output.WriteLine($"         stems: {string.Join(' ', sentence.Sentence.Tokens.Select(t => t.Stem))}");
                foreach (var quantity in sentence.Sentence.Quantities)
                    output.WriteLine($"         quantity: '{quantity.Text}' = {Analyzers.FactComparison.Describe(quantity)} ({quantity.Kind}{(quantity.VersionOf is { } of ? " of " + of : "")})");
                foreach (var number in sentence.Sentence.StructuralNumbers)
                    output.WriteLine($"         not a quantity: '{sentence.TextOf(number.Span)}' ({number.Role})");
                foreach (var cue in sentence.Sentence.Cues)
                    output.WriteLine($"         cue: {cue.Kind} '{sentence.TextOf(sentence.SpanOf(cue.Tokens))}'");
                foreach (var phrase in sentence.Phrases)
                    output.WriteLine($"         registry: {phrase.Phrase.Role} '{phrase.Phrase.Text}'{(phrase.Phrase.Via is { } via ? $" (as '{via}')" : "")} of {phrase.Phrase.OwnerId}");
            }
        }
        return ExitCodes.Clean;
    }

    static int LineOf(AnalyzedDocument document, Text.ProseSegment segment) =>
        document.LocationOf(segment, new Microsoft.CodeAnalysis.Text.TextSpan(0, 0)).GetLineSpan().StartLinePosition.Line + 1;
}
