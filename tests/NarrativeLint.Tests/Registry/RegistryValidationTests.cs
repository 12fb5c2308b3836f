using NarrativeLint.Registry;
using static NarrativeLint.Tests.Registry.RegistryTestSupport;

namespace NarrativeLint.Tests.Registry;

public class RegistryValidationTests
{
    [Fact]
    public void Unknown_keys_are_reported_at_every_level_with_the_keys_expected()
    {
        var result = Load("""
            brand:
              name: Acme
              colour: blue
            commitments:
              - id: a
                statement: A.
                topics: [x]
                facts:
                  - kind: duration
                    value: 24 hours
                    relaton: at-most
            values:
              - id: v
                statement: V.
                breach: [x]
            terms:
              - preferred: Acme
                avoided: [x]
            channels:
              - id: social
                maxlength: 280
            promises: []
            """);

        result.ShouldReport(3, 3, "unknown key 'colour' in brand; expected one of name, languages");
        result.ShouldReport(7, 5, "unknown key 'topics' in commitment; expected one of id, statement, source, since, status, superseded-by, retired, topic, scope, facts, polarity, evidence");
        result.ShouldReport(11, 9, "unknown key 'relaton' in fact; expected one of kind, value, relation");
        result.ShouldReport(15, 5, "unknown key 'breach' in value; expected one of id, statement, breaches");
        result.ShouldReport(18, 5, "unknown key 'avoided' in term; expected one of preferred, avoid");
        result.ShouldReport(21, 5, "unknown key 'maxlength' in channel; expected one of id, include, max-length, url-length, disclaimers");
        result.ShouldReport(22, 1, "unknown key 'promises' in the registry; expected one of brand, commitments, values, terms, channels, catalogues, claims, catalogue");
        result.ShouldReport(9, 9, "fact has no relation; expected one of at-most, at-least, exactly, by");
        result.Errors.Length.ShouldBe(8);
    }

    [Fact]
    public void Missing_and_duplicate_ids_and_missing_statements_are_reported_and_the_rest_still_loads()
    {
        var result = Load("""
            commitments:
              - statement: No id.
              - id: a
                statement: A.
              - id: a
                statement: Again.
              - id: b
            """);

        result.ShouldReport(2, 5, "commitment has no id; expected a unique id such as id: support-response-time");
        result.ShouldReport(5, 9, "duplicate commitment id 'a'; already declared at brand.yaml:3:9; expected each id once");
        result.ShouldReport(7, 5, "commitment 'b' has no statement; expected the promise as the brand published it");
        result.Errors.Length.ShouldBe(3);
        result.Registry.Commitments.Select(c => c.Id).ShouldBe(["a", "b"]);
        result.Registry.Commitment("a")!.Statement.ShouldBe("A.");
    }

    [Fact]
    public void Bad_status_polarity_dates_kinds_relations_and_values_are_each_reported_where_written()
    {
        var result = Load("""
            commitments:
              - id: a
                statement: A.
                status: actve
                polarity: sometimes
                since: 01/03/2024
                retired: 2025-13-01
                facts:
                  - kind: length
                    value: 3 m
                    relation: at-most
                  - kind: duration
                    value: 24 hours
                    relation: below
                  - kind: duration
                    value: 24 hrs and a bit
                    relation: at-most
                  - { kind: percentage, value: lots, relation: at-least }
                  - kind: duration
                    value: 48 hours
                    relation: at-most
            """);

        result.ShouldReport(4, 13, "unknown status 'actve'; expected one of active, retired, superseded");
        result.ShouldReport(5, 15, "unknown polarity 'sometimes'; expected one of never, always");
        result.ShouldReport(6, 12, "bad date '01/03/2024' in since; expected a day as YYYY-MM-DD such as 2025-06-30");
        result.ShouldReport(7, 14, "bad date '2025-13-01' in retired; expected a day as YYYY-MM-DD such as 2025-06-30");
        result.ShouldReport(9, 15, "unknown kind 'length'; expected one of number, percentage, duration, money, date, version");
        result.ShouldReport(14, 19, "unknown relation 'below'; expected one of at-most, at-least, exactly, by");
        result.ShouldReport(16, 16, "fact value '24 hrs and a bit' is not a duration; expected a duration such as 60 seconds, 15 minutes, 24 hours, 10 working days, 6 months, 2 weeks or 1 year");
        result.ShouldReport(18, 36, "fact value 'lots' is not a percentage; expected a percentage such as 99.95%");
        result.Errors.Length.ShouldBe(8);
        // The commitment and its one valid fact still load.
        result.Registry.Commitment("a")!.Facts.Single().Written.ShouldBe("48 hours");
    }

    [Fact]
    public void A_fact_without_kind_or_value_is_reported_at_the_fact()
    {
        var result = Load("""
            commitments:
              - id: a
                statement: A.
                facts:
                  - value: 24 hours
                    relation: at-most
                  - kind: duration
                    relation: at-most
            """);

        result.ShouldReport(5, 9, "fact has no kind; expected one of number, percentage, duration, money, date, version");
        result.ShouldReport(7, 9, "fact has no value; expected the promised value such as 24 hours, 99.95% or 2040");
        result.Errors.Length.ShouldBe(2);
    }

    [Fact]
    public void Superseded_without_superseded_by_and_dangling_superseded_by_are_reported()
    {
        var result = Load("""
            commitments:
              - id: old
                statement: Old.
                status: superseded
              - id: older
                statement: Older.
                status: superseded
                superseded-by: newest
              - id: odd
                statement: Odd.
                status: active
                superseded-by: old
            """);

        result.ShouldReport(4, 13, "commitment 'old' has status superseded but no superseded-by; expected superseded-by: <id of the commitment that replaces it>");
        result.ShouldReport(8, 20, "superseded-by 'newest' names no commitment; expected the id of a commitment in the registry");
        result.ShouldReport(11, 13, "commitment 'odd' has superseded-by but status active; expected status superseded");
        result.Errors.Length.ShouldBe(3);
    }

    [Fact]
    public void A_commitment_cannot_retire_before_it_started()
    {
        var result = Load("""
            commitments:
              - id: a
                statement: A.
                status: retired
                since: 2024-03-01
                retired: 2023-12-31
            """);

        result.ShouldReport(6, 14, "commitment 'a' is retired on 2023-12-31, before it started on 2024-03-01; expected a retired date on or after since");
        result.Errors.Length.ShouldBe(1);
    }

    [Fact]
    public void Topic_as_a_plain_list_applies_to_all_languages()
    {
        var result = Load("""
            commitments:
              - id: a
                statement: A.
                topic: [support, ticket]
            """);

        result.Errors.ShouldBeEmpty();
        var commitment = result.Registry.Commitment("a")!;
        commitment.Topic["*"].ShouldBe(["support", "ticket"]);
        commitment.TopicFor("it").ShouldBe(["support", "ticket"]);
    }

    [Fact]
    public void Topic_that_is_not_a_mapping_of_language_to_list_is_reported()
    {
        var result = Load("""
            commitments:
              - id: b
                statement: B.
                topic: support
              - id: c
                statement: C.
                topic: { en: support desk, English: [x], it: [[nested]], ro: [suport] }
            """);

        result.ShouldReport(4, 12, "topic must be a mapping of language code to a list of phrases (en: [..], it: [..]) or a plain list for all languages; found the text 'support'");
        result.ShouldReport(7, 18, "topic for 'en' must be a list of texts such as [first, second]; found the text 'support desk'");
        result.ShouldReport(7, 32, "'English' in topic is not a language code; expected a code such as en, it, ro, or * for all languages");
        result.ShouldReport(7, 51, "each item of topic for 'it' must be a non-empty text; found a list");
        result.Errors.Length.ShouldBe(4);
        result.Registry.Commitment("c")!.Topic["ro"].ShouldBe(["suport"]);
    }

    [Fact]
    public void Max_length_must_be_a_positive_integer_and_channels_need_unique_ids()
    {
        var result = Load("""
            channels:
              - id: social
                max-length: 0
              - id: x
                max-length: lots
                url-length: 23
              - include: [a/**]
              - id: social
            """);

        result.ShouldReport(3, 17, "max-length must be a positive whole number; found '0'");
        result.ShouldReport(5, 17, "max-length must be a positive whole number; found 'lots'");
        result.ShouldReport(7, 5, "channel has no id; expected a unique id such as id: social");
        result.ShouldReport(8, 9, "duplicate channel id 'social'; already declared at brand.yaml:2:9; expected each id once");
        result.Errors.Length.ShouldBe(4);
        result.Registry.Channels.Single(c => c.Id == "x").UrlLength.ShouldBe(23);
    }

    [Fact]
    public void Disclaimers_are_phrases_or_lists_of_alternative_phrases()
    {
        var result = Load("""
            channels:
              - id: video
                include: "**/*.srt"
                disclaimers:
                  - Terms apply.
                  - [Capital at risk, Your capital is at risk]
                  - { text: nope }
            """);

        result.ShouldReport(7, 9, "a disclaimer must be a phrase or a list of alternative phrases; found a mapping");
        result.Errors.Length.ShouldBe(1);
        var channel = result.Registry.Channels.Single();
        channel.Include.ShouldBe(["**/*.srt"]);
        channel.Disclaimers.Length.ShouldBe(2);
        channel.Disclaimers[0].ShouldBe(["Terms apply."]);
        channel.Disclaimers[1].ShouldBe(["Capital at risk", "Your capital is at risk"]);
        channel.Position.ShouldBe(new RegistryPosition("brand.yaml", 2, 5));
    }

    [Fact]
    public void Values_need_statements_and_terms_need_a_preferred_wording()
    {
        var result = Load("""
            values:
              - id: openness
            terms:
              - avoid: [x]
              - preferred: Acme
                avoid: AcmeCloud, ACME
            """);

        result.ShouldReport(2, 5, "value 'openness' has no statement; expected the value as the brand declared it");
        result.ShouldReport(4, 5, "term has no preferred; expected the approved wording, e.g. preferred: Acme Cloud");
        result.ShouldReport(6, 12, "avoid must be a list of texts such as [first, second]; found the text 'AcmeCloud, ACME'");
        result.Errors.Length.ShouldBe(3);
    }

    [Fact]
    public void A_section_of_the_wrong_shape_is_reported_where_it_starts()
    {
        var result = Load("""
            commitments: { id: a }
            values: none
            brand: [Acme]
            """);

        result.ShouldReport(1, 14, "commitments must be a list (one '- ' item per entry); found a mapping");
        result.ShouldReport(2, 9, "values must be a list (one '- ' item per entry); found the text 'none'");
        result.ShouldReport(3, 8, "brand must be a mapping with keys name, languages; found a list");
        result.Errors.Length.ShouldBe(3);
    }

    [Fact]
    public void A_document_that_is_not_a_mapping_is_reported()
    {
        var result = Load("- just\n- a list\n");

        result.ShouldReport(1, 1, "a registry file must be a mapping with keys brand, commitments, values, terms, channels, catalogues, claims, catalogue; found a list");
    }

    [Fact]
    public void Brand_declared_in_two_files_is_reported_at_the_second()
    {
        using var folder = new TempFolder();
        folder.Write("a.yaml", "brand: { name: Acme }");
        var second = folder.Write("b.yaml", "# more\nbrand: { name: Other }");

        var result = RegistryLoader.Load(folder.Path);

        var error = result.Errors.ShouldHaveSingleItem();
        error.Position.ShouldBe(new RegistryPosition(second, 2, 1));
        result.Registry.BrandName.ShouldBe("Acme");
    }
}
