using NarrativeLint.Engine;

namespace NarrativeLint.Tests.Rules;

/// <summary>NL2001: the same fact stated with different values in different documents and languages.</summary>
public class FactDriftTests
{
    /// <summary>Two posts checked in one run, as one.md and two.md.</summary>
    static IReadOnlyList<Finding> Pair(string first, string firstLanguage, string second, string secondLanguage) =>
        Verify.Files(Fixture.Post(first, firstLanguage, path: "one.md"), Fixture.Post(second, secondLanguage, path: "two.md"));

    [Fact]
    public void Different_counts_of_the_same_concept_across_languages_are_flagged_on_every_side_naming_another()
    {
        var findings = Verify.Files(
            Fixture.Post("We run {|NL2001:120|} shops.", "en", path: "about.en.md"),
            Fixture.Post("Avem acum {|NL2001:135|} de magazine.", "ro", path: "despre.ro.md"),
            Fixture.Post("Abbiamo {|NL2001:140|} negozi.", "it", path: "chi-siamo.it.md"));

        // Grouped by value: each side names another document that disagrees with it.
        findings.Where(f => f.Path == "about.en.md").ShouldAllBe(f => f.Message.Contains("despre.ro.md") || f.Message.Contains("chi-siamo.it.md"));
        findings.Where(f => f.Path == "despre.ro.md").ShouldAllBe(f => f.Message.Contains("about.en.md") || f.Message.Contains("chi-siamo.it.md"));
        findings.Where(f => f.Path == "chi-siamo.it.md").ShouldAllBe(f => f.Message.Contains("about.en.md") || f.Message.Contains("despre.ro.md"));
    }

    [Theory]
    [InlineData("We run {|NL2001:120|} shops.", "en", "Avem acum {|NL2001:135|} de magazine.", "ro")]
    [InlineData("Abbiamo {|NL2001:140|} negozi.", "it", "We run {|NL2001:120|} shops.", "en")]
    [InlineData("Avem acum {|NL2001:135|} de magazine.", "ro", "Abbiamo {|NL2001:140|} negozi.", "it")]
    public void A_pair_of_documents_that_disagree_name_each_other(string first, string firstLanguage, string second, string secondLanguage)
    {
        var findings = Pair(first, firstLanguage, second, secondLanguage);
        findings.Single(f => f.Path == "one.md").Message.ShouldContain("two.md");
        findings.Single(f => f.Path == "two.md").Message.ShouldContain("one.md");
    }

    [Theory]
    [InlineData("We run 120 shops.", "en", "Avem acum 120 de magazine.", "ro")]
    [InlineData("Abbiamo 120 negozi.", "it", "We run 120 shops.", "en")]
    [InlineData("Avem acum 120 de magazine.", "ro", "Abbiamo 120 negozi.", "it")]
    public void The_same_value_restated_is_silent(string first, string firstLanguage, string second, string secondLanguage) =>
        Pair(first, firstLanguage, second, secondLanguage);

    [Theory]
    [InlineData("5G now covers 450 towns.", "en", "Fibre reaches 30 towns in Romania.", "en")]
    [InlineData("Il 5G copre ora 450 città.", "it", "La Fibra arriva in 30 città in Romania.", "it")]
    [InlineData("5G acoperă acum 450 de orașe.", "ro", "Fibra ajunge în 30 de orașe din România.", "ro")]
    [InlineData("5G now covers 450 towns.", "en", "Fibra ajunge în 30 de orașe din România.", "ro")]
    public void Facts_with_different_names_are_not_compared(string first, string firstLanguage, string second, string secondLanguage) =>
        Pair(first, firstLanguage, second, secondLanguage);

    [Theory]
    [InlineData("We serve 450 towns.", "en", "We will add another 200 towns next year.", "en")]
    [InlineData("Serviamo 450 città.", "it", "Il prossimo anno aggiungeremo altre 40 nuove città.", "it")]
    [InlineData("Deservim 450 de orașe.", "ro", "Anul viitor adăugăm încă 30 de orașe.", "ro")]
    public void An_increment_is_not_a_total(string first, string firstLanguage, string second, string secondLanguage) =>
        Pair(first, firstLanguage, second, secondLanguage);

    [Theory]
    [InlineData("We have over 1,000 employees.", "en", "Abbiamo 1.200 dipendenti.", "it")]
    [InlineData("Abbiamo oltre 1.000 dipendenti.", "it", "Avem 1.200 de angajați.", "ro")]
    [InlineData("Avem peste 1.000 de angajați.", "ro", "We have 1,200 employees.", "en")]
    public void A_bound_is_not_compared(string first, string firstLanguage, string second, string secondLanguage) =>
        Pair(first, firstLanguage, second, secondLanguage);

    [Theory]
    [InlineData("We run 3 shops.", "en", "Abbiamo 5 negozi.", "it")]
    [InlineData("Abbiamo 5 negozi.", "it", "Avem 4 magazine.", "ro")]
    [InlineData("Avem 4 magazine.", "ro", "We run 3 shops.", "en")]
    public void Small_counts_are_not_compared(string first, string firstLanguage, string second, string secondLanguage) =>
        Pair(first, firstLanguage, second, secondLanguage);
}
