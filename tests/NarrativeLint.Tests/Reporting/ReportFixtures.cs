using NarrativeLint.Registry;
using NarrativeLint.Tests.Robustness;

namespace NarrativeLint.Tests.Reporting;

/// <summary>A content folder with the repository's samples and every channel, a suppression and a broken file.</summary>
static class ReportFixtures
{
    public static readonly Lazy<RegistryLoadResult> Rules = new(() =>
    {
        var loaded = RegistryLoader.Load(Repository.PathOf("rules"));
        loaded.Errors.ShouldBeEmpty();
        return loaded;
    });

    public static TempFolder ContentFolder()
    {
        var folder = new TempFolder();
        var samples = Repository.PathOf("samples");
        foreach (var file in Directory.EnumerateFiles(samples, "*", SearchOption.AllDirectories))
            folder.Write(Path.Combine("content", "samples", Path.GetRelativePath(samples, file)), File.ReadAllBytes(file));

        var plan = new DocumentPlan(0, [(0, [(0, 1), (1, 2), (2, 3)]), (1, [(3, 4), (4, 5)]), (2, [(5, 0), (0, 6)])]);
        foreach (var channel in GeneratedDocuments.TextChannels)
        {
            var (path, text) = GeneratedDocuments.Spell(channel, plan);
            folder.Write(Path.Combine("content", path), text);
        }
        folder.Write("content/docs/charter.docx", GeneratedDocuments.Word(plan));
        folder.Write("content/blog/2025-10-01-history.md",
            "# History\n\n<!-- narrativelint-disable-next-line NL1001: the 2023 SLA is quoted as history here -->\nWe answer every ticket within 72 hours.\n\n" +
            "<!-- narrativelint-disable-next-line NL1001 -->\nWe answer every ticket within 48 hours.\n");
        folder.Write("content/blog/broken.md", HostileFiles.InvalidUtf8());
        folder.Write("content/blog/binary.md", HostileFiles.Binary());
        return folder;
    }
}
