using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using NarrativeLint.Analyzers;
using NarrativeLint.Tests.Robustness;

namespace NarrativeLint.Tests.Diagnostics;

/// <summary>
/// Every diagnostic is declared once and documented once: each descriptor in Descriptors.cs has its title, message
/// and description in DiagnosticMessages.resx, a page in docs/diagnostics/ listed in its README, and a row in the
/// project README's table; each page and resource has a descriptor. Descriptors are found by reflection, so a new
/// ID is checked the day it is declared.
/// </summary>
public partial class DescriptorCatalogueTests
{
    static readonly DiagnosticDescriptor[] Declared = typeof(Descriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToArray();

    static readonly string[] Parts = ["Title", "Message", "Description"];

    static readonly ResourceManager Messages = new("NarrativeLint.Analyzers.DiagnosticMessages", typeof(Descriptors).Assembly);

    static string DocsFolder => Repository.PathOf("docs/diagnostics");

    [GeneratedRegex(@"^NL\d{4}$")]
    private static partial Regex DiagnosticId();

    [GeneratedRegex(@"^(NL\d{4})_(\w+)$")]
    private static partial Regex ResourceKey();

    /// <summary>A row of the README's table: <c>| [NL1001](NL1001.md) | Title | Error | Family |</c>.</summary>
    [GeneratedRegex(@"^\|\s*\[(NL\d{4})\]\((NL\d{4})\.md\)\s*\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|", RegexOptions.Multiline)]
    private static partial Regex ReadmeRow();

    /// <summary>A row of the Diagnostics table in the project's README: <c>| NL1001 | title | error |</c>.</summary>
    [GeneratedRegex(@"^\|\s*(NL\d{4})\s*\|", RegexOptions.Multiline)]
    private static partial Regex ProjectReadmeRow();

    [GeneratedRegex(@"^\|\s*(Category|Default severity)\s*\|\s*([^|]+?)\s*\|", RegexOptions.Multiline)]
    private static partial Regex PageFact();

    static string Severity(DiagnosticDescriptor d) => d.DefaultSeverity.ToString();

    [Fact]
    public void Every_declared_descriptor_is_in_the_catalogue_once_with_a_well_formed_id()
    {
        Declared.ShouldNotBeEmpty();
        Declared.ShouldAllBe(d => DiagnosticId().IsMatch(d.Id));
        Declared.Select(d => d.Id).ShouldBeUnique();
        Descriptors.All.Select(d => d.Id).Order().ShouldBe(Declared.Select(d => d.Id).Order(), "Descriptors.All lists every declared descriptor, and only those");
    }

    [Fact]
    public void Every_descriptor_has_its_title_message_and_description_in_the_resources()
    {
        var missing = Declared
            .SelectMany(d => Parts.Select(part => d.Id + "_" + part))
            .Where(key => string.IsNullOrWhiteSpace(Messages.GetString(key, CultureInfo.InvariantCulture)))
            .ToList();
        missing.ShouldBeEmpty("DiagnosticMessages.resx needs these keys");
    }

    [Fact]
    public void Every_diagnostic_resource_belongs_to_a_descriptor()
    {
        var ids = Declared.Select(d => d.Id).ToHashSet();
        var set = Messages.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true).ShouldNotBeNull();
        var orphans = set.Cast<DictionaryEntry>()
            .Select(e => ResourceKey().Match((string)e.Key))
            .Where(m => m.Success && Parts.Contains(m.Groups[2].Value) && !ids.Contains(m.Groups[1].Value))
            .Select(m => m.Value)
            .ToList();
        orphans.ShouldBeEmpty("these resources name an ID no descriptor declares");
    }

    [Fact]
    public void Every_descriptor_links_to_its_own_page_whose_heading_category_and_severity_match()
    {
        foreach (var descriptor in Declared)
        {
            descriptor.HelpLinkUri.ShouldBe(Descriptors.HelpRoot + descriptor.Id + ".md");
            var page = Path.Combine(DocsFolder, descriptor.Id + ".md");
            File.Exists(page).ShouldBeTrue($"{descriptor.Id} has no page docs/diagnostics/{descriptor.Id}.md");
            var text = File.ReadAllText(page);
            text.Split('\n')[0].TrimEnd().ShouldBe($"# {descriptor.Id}: {descriptor.Title.ToString(CultureInfo.InvariantCulture)}");
            var facts = PageFact().Matches(text).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            facts.GetValueOrDefault("Category").ShouldBe(descriptor.Category, descriptor.Id);
            facts.GetValueOrDefault("Default severity").ShouldNotBeNull(descriptor.Id).ShouldStartWith(Severity(descriptor), Case.Sensitive, descriptor.Id);
        }
    }

    [Fact]
    public void Every_page_documents_a_declared_descriptor()
    {
        var ids = Declared.Select(d => d.Id).ToHashSet();
        var pages = Directory.GetFiles(DocsFolder, "*.md").Select(Path.GetFileNameWithoutExtension).Where(name => name != "README").ToList();
        pages.ShouldNotBeEmpty();
        pages.Where(name => !ids.Contains(name!)).ShouldBeEmpty("pages in docs/diagnostics/ without a descriptor");
    }

    [Fact]
    public void The_readme_lists_every_descriptor_once_with_its_title_and_severity()
    {
        var rows = ReadmeRow().Matches(File.ReadAllText(Path.Combine(DocsFolder, "README.md"))).ToList();
        rows.ShouldAllBe(r => r.Groups[1].Value == r.Groups[2].Value);
        rows.Select(r => r.Groups[1].Value).ShouldBeUnique();
        rows.Select(r => r.Groups[1].Value).Order().ShouldBe(Declared.Select(d => d.Id).Order(), "docs/diagnostics/README.md lists every ID, and only declared ones");
        foreach (var row in rows)
        {
            var descriptor = Declared.Single(d => d.Id == row.Groups[1].Value);
            row.Groups[3].Value.ShouldBe(descriptor.Title.ToString(CultureInfo.InvariantCulture), descriptor.Id);
            row.Groups[4].Value.ShouldBe(Severity(descriptor), descriptor.Id);
        }
    }

    [Fact]
    public void The_project_readme_lists_every_descriptor_once()
    {
        var ids = ProjectReadmeRow().Matches(File.ReadAllText(Repository.PathOf("README.md"))).Select(m => m.Groups[1].Value).ToList();
        ids.ShouldBeUnique();
        ids.Order().ShouldBe(Declared.Select(d => d.Id).Order(), "the Diagnostics table of README.md lists every ID, and only declared ones");
    }
}
