using System.Text.RegularExpressions;
using NarrativeLint.Tests.Robustness;

namespace NarrativeLint.Tests.Channels.DocumentFacts;

/// <summary>Channel folders do not import each other (as Markdig's extensions do not): what two readers share lives in Shared/ or Structured/.</summary>
public partial class ChannelFolderTests
{
    static readonly string[] Common = ["Shared", "Structured"];

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?NarrativeLint\.Channels\.(?<folder>\w+)", RegexOptions.Multiline)]
    private static partial Regex ChannelImport();

    [GeneratedRegex(@"\bNarrativeLint\.Channels\.(?<folder>\w+)\.")]
    private static partial Regex QualifiedName();

    [Fact]
    public void No_channel_folder_uses_a_sibling_s_namespace()
    {
        var channels = Repository.PathOf("src/NarrativeLint/Channels");
        var folders = Directory.GetDirectories(channels).Select(Path.GetFileName).ToHashSet()!;
        folders.ShouldContain("Shared");

        var imports = new List<string>();
        foreach (var file in Directory.EnumerateFiles(channels, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(channels, file).Replace('\\', '/');
            if (!relative.Contains('/')) continue; // the channel model and the reader list at the root
            var own = relative.Split('/')[0];
            var text = File.ReadAllText(file);
            var used = ChannelImport().Matches(text).Concat(QualifiedName().Matches(text)).Select(m => m.Groups["folder"].Value);
            imports.AddRange(used.Where(folder => folders.Contains(folder) && folder != own && !Common.Contains(folder)).Select(folder => $"{relative} uses Channels.{folder}"));
        }

        imports.ShouldBeEmpty();
    }

    [Fact]
    public void Shared_and_structured_helpers_use_no_channel_folder()
    {
        var channels = Repository.PathOf("src/NarrativeLint/Channels");
        var readers = Directory.GetDirectories(channels).Select(Path.GetFileName).Except(Common).ToHashSet();

        var imports = Common
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(channels, folder), "*.cs", SearchOption.AllDirectories))
            .SelectMany(file => ChannelImport().Matches(File.ReadAllText(file)).Select(m => (file, m.Groups["folder"].Value)))
            .Where(import => readers.Contains(import.Value))
            .Select(import => $"{Path.GetRelativePath(channels, import.file)} uses Channels.{import.Value}");

        imports.ShouldBeEmpty();
    }
}
