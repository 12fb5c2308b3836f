using NarrativeLint.Analyzers;
using static NarrativeLint.Tests.InMemoryRun;

namespace NarrativeLint.Tests.Workspace;

/// <summary>NL1001's fix, which the editor offers as a quick fix: the promised number in the writer's own words.</summary>
public sealed class CommitmentFactFixTests
{
    const string Brand = """
        brand: { name: Acme Cloud, languages: [en, it] }
        commitments:
          - id: support-response-time
            statement: We answer every support request within 24 hours.
            topic: { en: [support, request, answer], it: [assistenza, richiesta, rispondere] }
            facts: [ { kind: duration, value: 24 hours, relation: at-most } ]
          - id: starter-price
            statement: Acme Cloud Starter costs 9.99 EUR a month.
            topic: { en: [Starter, price, cost], it: [Starter, prezzo, costa] }
            facts: [ { kind: money, value: 9.99 EUR, relation: at-most } ]
        """;

    static Engine.Finding Only(string text, string language)
    {
        var result = Check(InMemoryRun.Registry(Brand), Post(text, language));
        return result.Findings.ShouldHaveSingleItem();
    }

    [Fact]
    public void The_number_is_replaced_and_the_words_around_it_are_kept()
    {
        var finding = Only("We answer every support request within 72 hours.", "en");
        finding.Property(FindingProperties.Fix).ShouldBe("within 24 hours");
        finding.Property(FindingProperties.Found).ShouldBe("at most 72 hours");
        finding.Property(FindingProperties.Bound).ShouldBe("at most 24 hours");
    }

    [Fact]
    public void In_Italian_the_unit_stays_Italian()
    {
        Only("Rispondiamo a ogni richiesta di assistenza entro 72 ore.", "it").Property(FindingProperties.Fix).ShouldBe("entro 24 ore");
    }

    [Fact]
    public void A_decimal_comma_stays_a_comma()
    {
        Only("Acme Cloud Starter costa 14,99 €.", "it").Property(FindingProperties.Fix).ShouldBe("9,99 €");
    }

    [Fact]
    public void A_value_in_another_unit_gets_no_fix_rather_than_a_reworded_one()
    {
        var finding = Only("We answer every support request within 3 days.", "en");
        finding.Id.ShouldBe("NL1001");
        finding.Property(FindingProperties.Fix).ShouldBeNull();
    }
}
