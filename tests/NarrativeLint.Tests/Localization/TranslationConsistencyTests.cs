using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NarrativeLint.Analyzers;
using NarrativeLint.Tests.Robustness;

namespace NarrativeLint.Tests.Localization;

/// <summary>
/// Every translation of every resource file in src/ holds exactly the English keys, each with the same placeholders,
/// and every translated message formats; the translated languages are the ones <see cref="MessageLanguage"/> offers.
/// </summary>
public partial class TranslationConsistencyTests
{
    /// <summary>Each English resource file with its translations, by culture (DiagnosticMessages.it.resx → it).</summary>
    static IEnumerable<(string English, IReadOnlyDictionary<string, string> Translations)> ResourceFiles()
    {
        var all = Directory.EnumerateFiles(Repository.PathOf("src"), "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")).ToList();
        foreach (var english in all.Where(f => Path.GetFileNameWithoutExtension(f).IndexOf('.') < 0))
        {
            var (folder, name) = (Path.GetDirectoryName(english), Path.GetFileNameWithoutExtension(english));
            yield return (english, all.Where(f => f != english && Path.GetDirectoryName(f) == folder && Path.GetFileName(f).StartsWith(name + ".", StringComparison.Ordinal))
                .ToDictionary(f => Path.GetFileNameWithoutExtension(f)[(name.Length + 1)..], f => f));
        }
    }

    static Dictionary<string, string> Entries(string resx) =>
        XDocument.Load(resx).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    static string[] Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [Fact]
    public void Every_resource_file_has_a_translation_into_each_offered_language()
    {
        var files = ResourceFiles().ToList();
        files.Select(f => Path.GetFileName(f.English)).ShouldBe(["DiagnosticMessages.resx", "EditorMessages.resx"], ignoreOrder: true);
        foreach (var (english, translations) in files)
            translations.Keys.Order().ShouldBe(MessageLanguage.Translated.Where(l => l != "en").Order(), english);
    }

    [Fact]
    public void Every_translation_has_exactly_the_English_keys_with_the_same_placeholders()
    {
        var problems = new List<string>();
        foreach (var (english, translations) in ResourceFiles())
        {
            var source = Entries(english);
            foreach (var (culture, file) in translations)
            {
                var translated = Entries(file);
                problems.AddRange(source.Keys.Except(translated.Keys).Select(k => $"{Path.GetFileName(file)}: missing {k}"));
                problems.AddRange(translated.Keys.Except(source.Keys).Select(k => $"{Path.GetFileName(file)}: {k} is not an English key"));
                foreach (var (key, text) in source)
                {
                    if (!translated.TryGetValue(key, out var translation)) continue;
                    if (string.IsNullOrWhiteSpace(translation)) problems.Add($"{Path.GetFileName(file)}: {key} is empty");
                    if (!Placeholders(text).SequenceEqual(Placeholders(translation)))
                        problems.Add($"{Path.GetFileName(file)}: {key} has {string.Join("", Placeholders(translation))}, English {string.Join("", Placeholders(text))}");
                }
            }
        }
        problems.ShouldBeEmpty();
    }

    [Fact]
    public void Every_message_of_every_language_formats_with_its_arguments()
    {
        // Roslyn returns the bare format when string.Format throws: a stray brace would silently drop every argument.
        foreach (var language in MessageLanguage.Translated)
        {
            var culture = MessageLanguage.Choose((language, "test")).Culture;
            foreach (var descriptor in Descriptors.All)
            {
                var format = descriptor.MessageFormat.ToString(culture);
                var arguments = Enumerable.Range(0, 6).Select(i => (object)$"<{i}>").ToArray();
                var message = string.Format(culture, format, arguments);
                foreach (var placeholder in Placeholders(format)) message.ShouldContain($"<{placeholder[1..^1]}>", customMessage: $"{language} {descriptor.Id}");
                descriptor.Title.ToString(culture).ShouldNotBeNullOrWhiteSpace();
            }
        }
    }

    [Fact]
    public void Each_language_reads_its_own_satellite_assembly_and_not_English()
    {
        foreach (var language in MessageLanguage.Translated.Where(l => l != "en"))
        {
            var culture = CultureInfo.GetCultureInfo(language);
            var differing = Descriptors.All.Count(d => d.Title.ToString(culture) != d.Title.ToString(CultureInfo.InvariantCulture));
            differing.ShouldBe(Descriptors.All.Length, $"every title is translated into {language}");
        }
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
