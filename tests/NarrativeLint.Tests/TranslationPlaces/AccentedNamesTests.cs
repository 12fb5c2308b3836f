using NarrativeLint.Tests.Cli;
using NarrativeLint.Text;
using Shouldly;
using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.TranslationPlaces;

/// <summary>
/// Accents are folded by a table, so a name a translation writes with an accent ("Pavía", "România") places its block
/// ("Timișoara" for "Timisoara") in the command-line tool too, which runs with invariant globalization (where Unicode decomposition does nothing).
/// </summary>
public class AccentedNamesTests
{
    [Theory]
    [InlineData("Pavía", "Pavia")]
    [InlineData("România și Spațiului", "Romania si Spatiului")]
    [InlineData("Łódź, Čapek, Ærø", "Lodz, Capek, Æro")]
    [InlineData("Pavi\u0301a", "Pavia")]
    [InlineData("東京", "東京")]
    public void Latin_letters_lose_their_accents(string text, string folded) => LatinAccents.Fold(text).ShouldBe(folded);

    [Fact]
    public void The_command_line_tool_places_a_block_by_an_accented_name()
    {
        using var project = CliContractTests.Project(
            ("content/en/about.md", Page([Blocks["en"][0], Blocks["en"][1], "Velocell opened its new office in Timisoara in March 2025."])),
            ("content/ro/about.md", Page([Blocks["ro"][0], Blocks["ro"][1], "Velocell a deschis noul birou din Timișoara în martie 2024."])));
        var run = CliProcess.Narrativelint(project.Root, "check", "content", "--registry", "rules");
        // A warning: the name placed the blocks (by their place alone the difference would be a note).
        run.Stdout.ShouldContain("warning NL2002: The date differs from the source: 'martie 2024'", customMessage: run.ToString());
    }
}
