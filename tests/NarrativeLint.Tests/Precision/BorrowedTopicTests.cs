using NarrativeLint.Registry;

namespace NarrativeLint.Tests.Precision;

/// <summary>A language the registry gives no topic words for borrows only names, not another language's common words.</summary>
public class BorrowedTopicTests
{
    static Commitment Support() => InMemoryRun.Registry("""
        brand: { name: Acme Cloud, languages: [en, ro] }
        commitments:
          - id: support-response-time
            statement: We answer every Acme Care request within 24 hours.
            topic: { en: [support, request, Acme Care], ro: [suport, solicitare] }
            facts: [ { kind: duration, value: 24 hours, relation: at-most } ]
        catalogues: []
        """).Commitments.Single();

    [Fact]
    public void A_language_with_its_own_list_uses_it() =>
        Support().TopicFor("ro").ShouldBe(["suport", "solicitare"]);

    [Fact]
    public void A_language_without_a_list_borrows_only_names() =>
        Support().TopicFor("pt").ShouldBe(["Acme Care"]);

    [Fact]
    public void A_portuguese_page_is_not_placed_by_romanian_words() =>
        InMemoryRun.Check(InMemoryRun.Registry("""
            brand: { name: Acme Cloud, languages: [en, ro] }
            commitments:
              - id: support-response-time
                statement: We answer every support request within 24 hours.
                topic: { en: [support, request], ro: [suport, solicitare] }
                facts: [ { kind: duration, value: 24 hours, relation: at-most } ]
            catalogues: []
            """), InMemoryRun.Post("O suporte da comunidade responde em 14 dias.", "pt")).Findings.ShouldNotContain(f => f.Id == "NL1001");
}
