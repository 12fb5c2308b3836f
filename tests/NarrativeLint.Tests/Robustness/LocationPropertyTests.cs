using System.Collections.Concurrent;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Analyzers;
using NarrativeLint.Channels;
using NarrativeLint.Engine;
using NarrativeLint.Tests.Rules;

namespace NarrativeLint.Tests.Robustness;

/// <summary>
/// Wherever a finding points, the file says what the finding quotes: on every channel, through markup, entities,
/// YAML and JSON quoting, caption timings and MIME parts, the text at the location is the quoted text, and the
/// line and column agree with the offset.
/// </summary>
public class LocationPropertyTests
{
    static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(60);

    static readonly Gen<DocumentPlan> Plans =
        from language in Gen.Choose(0, DocumentPlan.Pools.Length - 1)
        from blocks in Gen.NonEmptyListOf(
            from kind in Gen.Choose(0, 11)
            from sentences in Gen.NonEmptyListOf(Gen.Zip(Gen.Choose(0, 20), Gen.Choose(0, 20)))
            select (kind, sentences.Take(4).ToArray()))
        select new DocumentPlan(language, blocks.Take(6).ToArray());

    public static TheoryData<string> Channels => new(GeneratedDocuments.TextChannels);

    [Theory]
    [MemberData(nameof(Channels))]
    public void The_text_at_a_finding_location_is_the_text_it_quotes(string channel)
    {
        int checkedFindings = 0;
        Check.One(Runs, Prop.ForAll(Plans.ToArbitrary(), plan =>
        {
            var (path, text) = GeneratedDocuments.Spell(channel, plan);
            var result = InMemoryRun.Check(Fixture.Registry, (path, text));
            // Well-formed input: no infrastructure diagnostic, except "no prose" for a Markdown page that is all code.
            result.Findings.Where(f => f.Id.StartsWith("NL0", StringComparison.Ordinal) && f.Id != "NL0007").ShouldBeEmpty($"{channel} document\n{text}");
            var source = SourceText.From(text);
            checkedFindings += AssertLocationsQuote(result, path, source, text);
        }));
        // A property over no findings proves nothing: the pools are built so that most documents have some.
        checkedFindings.ShouldBeGreaterThan(30, $"too few findings with a quote on {channel}");
    }

    [Fact]
    public void The_paragraph_at_a_Word_finding_location_holds_the_quoted_text()
    {
        int checkedFindings = 0;
        Check.One(Runs, Prop.ForAll(Plans.ToArbitrary(), plan =>
        {
            const string Path = "docs/charter.docx";
            var result = new NarrativeEngine(Fixture.Registry).Check([new ContentFile(Path, GeneratedDocuments.Word(plan))]);
            var document = result.Document(Path).ShouldNotBeNull();
            var synthetic = document.Content.Source;
            // The synthetic source is one line per paragraph, each the paragraph's text.
            synthetic.Lines.Select(l => l.ToString()).ShouldBe(plan.Paragraphs.Select(p => string.Join(" ", p)));
            checkedFindings += AssertLocationsQuote(result, Path, synthetic, synthetic.ToString());
        }));
        checkedFindings.ShouldBeGreaterThan(30);
    }

    static int AssertLocationsQuote(AnalysisResult result, string path, SourceText source, string text)
    {
        int count = 0;
        foreach (var finding in result.Findings)
        {
            finding.Path.ShouldBe(path);
            var location = finding.Diagnostic.Location;
            var span = location.SourceSpan;
            span.End.ShouldBeLessThanOrEqualTo(text.Length);
            var lineSpan = location.GetLineSpan();
            lineSpan.Path.ShouldBe(path);
            lineSpan.Span.ShouldBe(source.Lines.GetLinePositionSpan(span), $"{finding.Id} line/column disagree with its offset");
            if (finding.Property(FindingProperties.Quoted) is not { } quoted) continue;
            text.Substring(span.Start, span.Length).ShouldBe(quoted, $"{finding.Id} at {lineSpan.Span}: {finding.Message}\n--- file ---\n{text}");
            count++;
        }
        return count;
    }
}
