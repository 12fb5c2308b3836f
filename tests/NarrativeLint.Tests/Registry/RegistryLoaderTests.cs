using NarrativeLint.Language;
using NarrativeLint.Registry;
using static NarrativeLint.Tests.Registry.RegistryTestSupport;

namespace NarrativeLint.Tests.Registry;

public class RegistryLoaderTests
{
    [Fact]
    public void Design_example_loads_without_errors()
    {
        var result = Load(DesignExample);

        result.Errors.ShouldBeEmpty(string.Join("\n", result.Errors));
        var registry = result.Registry;
        registry.BrandName.ShouldBe("Acme Cloud");
        registry.Languages.ShouldBe(["en", "it", "ro"]);
        registry.Commitments.Select(c => c.Id).ShouldBe(["support-response-time", "no-data-sale", "net-zero", "free-returns-60", "free-returns-30"]);
        registry.Values.Single().Breaches.ShouldBe(["no comment", "we cannot disclose"]);
        registry.Terms.Single().Avoid.ShouldBe(["ACME cloud", "AcmeCloud", "Acme-Cloud"]);
        registry.Channels.Select(c => c.Id).ShouldBe(["social", "email"]);
        registry.Channels[0].MaxLength.ShouldBe(280);
        registry.Channels[1].Include.ShouldBe(["**/*.eml", "email/**"]);
    }

    [Fact]
    public void Design_example_support_commitment_promises_at_most_24_hours()
    {
        var support = Load(DesignExample).Registry.Commitment("support-response-time")!;

        support.Statement.ShouldBe("We answer every support request within 24 hours.");
        support.Source.ShouldBe("https://acme.example/trust#support");
        support.Since.ShouldBe(new DateOnly(2024, 3, 1));
        support.Status.ShouldBe(CommitmentStatus.Active);
        support.Topic["it"].ShouldBe(["assistenza", "richiesta", "rispondere"]);
        support.Position.ShouldBe(new RegistryPosition("brand.yaml", 6, 5));
        var fact = support.Facts.Single();
        fact.Relation.ShouldBe(FactRelation.AtMost);
        fact.Written.ShouldBe("24 hours");
        fact.Value.Kind.ShouldBe(QuantityKind.Duration);
        fact.Value.Value.ShouldBe(24m);
        fact.Value.Unit.ShouldBe(DurationUnit.Hour);
    }

    [Fact]
    public void Design_example_flow_style_facts_polarity_and_supersession_are_read()
    {
        var registry = Load(DesignExample).Registry;

        registry.Commitment("no-data-sale")!.Polarity.ShouldBe(Polarity.Never);
        var netZero = registry.Commitment("net-zero")!;
        netZero.Evidence.ShouldBe("https://acme.example/climate-plan.pdf");
        netZero.Facts.Single().Relation.ShouldBe(FactRelation.By);
        netZero.Facts.Single().Value.Date.ShouldBe(new DateOnly(2040, 1, 1));
        netZero.Facts.Single().Value.Precision.ShouldBe(DatePrecision.Year);
        var old = registry.Commitment("free-returns-60")!;
        old.Status.ShouldBe(CommitmentStatus.Superseded);
        old.SupersededBy.ShouldBe("free-returns-30");
        old.Retired.ShouldBe(new DateOnly(2025, 6, 30));
        registry.Commitment("free-returns-30")!.Facts.Single().Value.Unit.ShouldBe(DurationUnit.Day);
    }

    [Fact]
    public void Velocell_devset_registry_loads_without_errors()
    {
        var result = RegistryLoader.Load(Path.Combine(DataFolder(), "velocell-brand.yaml"));

        result.Errors.ShouldBeEmpty(string.Join("\n", result.Errors));
        var registry = result.Registry;
        registry.BrandName.ShouldBe("Velocell");
        registry.Commitments.Length.ShouldBe(14);
        registry.Values.Length.ShouldBe(3);
        registry.Terms.Length.ShouldBe(10);
        registry.Channels.Length.ShouldBe(5);
        registry.Files.ShouldBe([Path.Combine(DataFolder(), "velocell-brand.yaml")]);
    }

    [Fact]
    public void Velocell_ticket_reply_is_24_hours_at_most()
    {
        var ticket = RegistryLoader.Load(Path.Combine(DataFolder(), "velocell-brand.yaml")).Registry.Commitment("ticket-reply")!;

        var fact = ticket.Facts.Single();
        fact.Relation.ShouldBe(FactRelation.AtMost);
        fact.Value.Kind.ShouldBe(QuantityKind.Duration);
        fact.Value.Value.ShouldBe(24m);
        fact.Value.Unit.ShouldBe(DurationUnit.Hour);
        ticket.TopicFor("ro-RO").ShouldContain("tichet");
    }

    [Fact]
    public void Velocell_facts_of_every_kind_are_parsed()
    {
        var registry = RegistryLoader.Load(Path.Combine(DataFolder(), "velocell-brand.yaml")).Registry;

        registry.Commitment("fibre-install")!.Facts[0].Value.Unit.ShouldBe(DurationUnit.BusinessDay);
        registry.Commitment("network-availability")!.Facts[0].Value.ShouldSatisfyAllConditions(
            q => q.Kind.ShouldBe(QuantityKind.Percentage), q => q.Value.ShouldBe(99.95m));
        registry.Commitment("start-plan-price")!.Facts[0].Value.ShouldSatisfyAllConditions(
            q => q.Kind.ShouldBe(QuantityKind.Money), q => q.Value.ShouldBe(9.99m), q => q.Currency.ShouldBe("EUR"));
        registry.Commitment("3g-switch-off")!.Facts[0].Value.ShouldSatisfyAllConditions(
            q => q.Date.ShouldBe(new DateOnly(2026, 6, 30)), q => q.Precision.ShouldBe(DatePrecision.Day));
        registry.Commitment("price-lock-12")!.ShouldSatisfyAllConditions(
            c => c.Status.ShouldBe(CommitmentStatus.Superseded), c => c.SupersededBy.ShouldBe("price-lock-24"));
        registry.Commitment("annual-upgrade")!.Retired.ShouldBe(new DateOnly(2024, 12, 31));
    }

    [Fact]
    public void Folder_files_merge_in_ordinal_order_skipping_languages_and_catalogues()
    {
        using var folder = new TempFolder();
        folder.Write("b-more.yaml", """
            commitments:
              - id: second
                statement: Second.
            terms:
              - preferred: Acme
            """);
        folder.Write("a-brand.yml", """
            brand: { name: Acme }
            commitments:
              - id: first
                statement: First.
                superseded-by: second
            """);
        folder.Write("nested/c-channels.yaml", "channels: [ { id: social, max-length: 280 } ]");
        folder.Write("languages/en.yaml", "this is: [not, a registry");
        folder.Write("catalogues/own.yaml", "catalogue: nope");
        folder.Write("notes.txt", "not yaml at all: [");

        var result = RegistryLoader.Load(folder.Path);

        result.Errors.ShouldBeEmpty(string.Join("\n", result.Errors));
        result.Registry.BrandName.ShouldBe("Acme");
        result.Registry.Commitments.Select(c => c.Id).ShouldBe(["first", "second"]);
        result.Registry.Commitment("first")!.Status.ShouldBe(CommitmentStatus.Superseded);
        result.Registry.Terms.Single().Preferred.ShouldBe("Acme");
        result.Registry.Channels.Single().Id.ShouldBe("social");
        result.Registry.Files.Select(f => System.IO.Path.GetRelativePath(folder.Path, f).Replace('\\', '/'))
            .ShouldBe(["a-brand.yml", "b-more.yaml", "nested/c-channels.yaml"]);
    }

    [Fact]
    public void Duplicate_ids_across_files_are_reported_at_the_later_file()
    {
        using var folder = new TempFolder();
        folder.Write("a.yaml", """
            commitments:
              - id: same
                statement: One.
            """);
        folder.Write("b.yaml", """
            commitments:
              - id: other
                statement: Other.
              - id: same
                statement: Two.
            """);

        var result = RegistryLoader.Load(folder.Path);

        var error = result.Errors.ShouldHaveSingleItem();
        error.Position.ShouldBe(new RegistryPosition(System.IO.Path.Combine(folder.Path, "b.yaml"), 4, 9));
        error.Message.ShouldBe($"duplicate commitment id 'same'; already declared at {System.IO.Path.Combine(folder.Path, "a.yaml")}:2:9; expected each id once");
        result.Registry.Commitments.Select(c => c.Statement).ShouldBe(["One.", "Other."]);
    }

    [Fact]
    public void Malformed_yaml_is_an_error_with_line_and_column_not_an_exception()
    {
        var result = Load("""
            commitments:
              - id: a
                statement: "unterminated
            """);

        var error = result.Errors.ShouldHaveSingleItem();
        error.Position.File.ShouldBe("brand.yaml");
        error.Position.Line.ShouldBeGreaterThanOrEqualTo(3);
        error.Position.Column.ShouldBeGreaterThanOrEqualTo(1);
        error.Message.ShouldStartWith("malformed YAML: ");
        error.Message.ShouldNotContain("Idx:");
    }

    [Fact]
    public void Bad_indentation_is_reported_at_its_line()
    {
        var result = Load("""
            brand:
              name: Acme
             languages: [en]
            """);

        var error = result.Errors.ShouldHaveSingleItem();
        error.Position.Line.ShouldBe(3);
        error.Message.ShouldStartWith("malformed YAML: ");
    }

    [Fact]
    public void Duplicate_keys_are_reported_where_the_second_key_is()
    {
        var result = Load("""
            commitments:
              - id: a
                statement: One.
                statement: Two.
            """);

        result.ShouldReport(4, 5, "malformed YAML: duplicate key 'statement'; expected each key once in a mapping");
    }

    [Fact]
    public void A_registry_cut_or_damaged_anywhere_yields_errors_never_an_exception()
    {
        var text = DesignExample;
        for (var i = 0; i < text.Length; i++)
        {
            foreach (var damaged in new[] { text[..i], text.Remove(i, 1), text.Insert(i, "[") , text.Insert(i, "\"")})
            {
                var result = Should.NotThrow(() => Load(damaged), $"damaged at {i}");
                result.Errors.ShouldAllBe(e => e.Position.Line >= 1 && e.Position.Column >= 1);
            }
        }
    }

    [Fact]
    public void A_malformed_file_in_a_folder_does_not_stop_the_others_from_loading()
    {
        using var folder = new TempFolder();
        folder.Write("a.yaml", "commitments: [ { id: a, statement: A. ");
        folder.Write("b.yaml", "commitments: [ { id: b, statement: B. } ]");

        var result = RegistryLoader.Load(folder.Path);

        result.Errors.ShouldHaveSingleItem().Position.File.ShouldBe(System.IO.Path.Combine(folder.Path, "a.yaml"));
        result.Registry.Commitments.Single().Id.ShouldBe("b");
    }

    [Fact]
    public void A_missing_path_is_an_error_at_line_1_column_1()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "narrativelint-no-such-registry-" + Guid.NewGuid());

        var result = RegistryLoader.Load(path);

        result.Errors.ShouldHaveSingleItem().Position.ShouldBe(new RegistryPosition(path, 1, 1));
    }

    [Fact]
    public void An_unreadable_file_is_an_error_at_line_1_column_1()
    {
        using var folder = new TempFolder();
        folder.Write("a.yaml", "brand: { name: Acme }");
        // A link whose target is gone is listed with the folder's files but cannot be read (even by root).
        var broken = System.IO.Path.Combine(folder.Path, "b.yaml");
        File.CreateSymbolicLink(broken, System.IO.Path.Combine(folder.Path, "deleted-target.yaml"));

        var result = RegistryLoader.Load(folder.Path);

        var error = result.Errors.ShouldHaveSingleItem();
        error.Position.ShouldBe(new RegistryPosition(broken, 1, 1));
        error.Message.ShouldStartWith("cannot read registry file: ");
        result.Registry.BrandName.ShouldBe("Acme");
    }

    [Fact]
    public void An_empty_file_is_an_empty_registry()
    {
        var result = Load("# nothing promised yet\n");

        result.Errors.ShouldBeEmpty();
        result.Registry.Commitments.ShouldBeEmpty();
    }

    [Fact]
    public void Errors_come_in_line_order()
    {
        var result = Load("""
            channels:
              - id: social
                max-length: -1
            commitments:
              - id: a
                statement: A.
                status: actve
            """);

        result.Errors.Select(e => e.Position.Line).ShouldBe([3, 7]);
    }
}

/// <summary>A temporary folder deleted when the test ends.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "narrativelint-" + Guid.NewGuid().ToString("N"))).FullName;

    public string Write(string relative, string text)
    {
        var path = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
