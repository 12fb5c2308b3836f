using System.Text;
using NarrativeLint.Channels;
using NarrativeLint.Engine;
using NarrativeLint.Registry;

namespace NarrativeLint.Tests;

/// <summary>Runs the whole engine on in-memory content against a registry given as YAML.</summary>
static class InMemoryRun
{
    public static BrandRegistry Registry(string yaml)
    {
        var result = RegistryLoader.LoadText(yaml, "brand.yaml");
        result.Errors.ShouldBeEmpty();
        return result.Registry;
    }

    public static AnalysisResult Check(BrandRegistry registry, params (string Path, string Text)[] files) =>
        new NarrativeEngine(registry).Check(files.Select(f => new ContentFile(f.Path, Encoding.UTF8.GetBytes(f.Text))).ToList());

    /// <summary>The findings on one post (see <see cref="Post"/>) checked against a registry given as YAML.</summary>
    public static IReadOnlyList<Finding> PostFindings(string registryYaml, string text, string language) =>
        Check(Registry(registryYaml), Post(text, language)).Findings;

    /// <summary>A Markdown post holding one paragraph, with its language and date in the front matter.</summary>
    public static (string Path, string Text) Post(string text, string language, string date = "2025-06-01", string path = "post.md") =>
        (path, $"---\nlang: {language}\ndate: {date}\n---\n\n{text}\n");
}
