using NarrativeLint.Engine.Translations;

namespace NarrativeLint.Tests.Translations;

/// <summary>How a block's digits are read by their shape: phone numbers whole, codes apart, short years and clock times in full.</summary>
public class NumberShapesTests
{
    static List<(string Exact, string? Dialling)> Read(string text) =>
        [.. TranslationBlocks.Numbers(text).Select(n => (n.Exact, n.Dialling))];

    [Theory]
    [InlineData("Call +44 20 7946 0958 today.", "442079460958", "44")]
    [InlineData("Chiamaci al +39 (051) 123-4567.", "390511234567", "39")]
    [InlineData("Sunați la 0264 123 456 oricând.", "0264123456", "")]
    [InlineData("Appelez le 01 23 45 67 89.", "0123456789", "")]
    public void A_phone_number_is_one_number_with_its_country(string text, string digits, string dialling) =>
        Read(text).ShouldBe([(digits, dialling)]);

    [Theory]
    [InlineData("We serve 1 000 000 homes.")]
    [InlineData("Rooms 12 34 56 are free.")]
    [InlineData("In 2025 we had 120 shops and 3 500 staff.")]
    public void Spaced_thousands_and_short_groups_are_no_phone(string text) =>
        Read(text).ShouldAllBe(n => n.Dialling == null);

    [Theory]
    [InlineData("Dublin D02 XY45", new[] { "k:D02", "k:XY45" })]
    [InlineData("macOS 13 x64 and A4 paper", new[] { "k:x64", "k:A4" })]
    [InlineData("firmware v2 and 5G", new string[0])]
    public void Digits_glued_to_letters_are_a_code_not_a_number(string text, string[] codes)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        NumberShapes.AddCodes(text, anchors);
        anchors.OrderBy(a => a, StringComparer.Ordinal).ShouldBe(codes.OrderBy(a => a, StringComparer.Ordinal));
        Read(text).Select(n => n.Exact).ShouldNotContain(e => codes.Any(c => c.EndsWith(e, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("The 2024/25 report", new[] { "2024", "2025" })]
    [InlineData("Raportul 2024–25", new[] { "2024", "2025" })]
    [InlineData("Pages 2024/27 and 12/25", new[] { "2024", "27", "12", "25" })]
    public void A_year_written_short_after_a_year_is_the_whole_year(string text, string[] exact) =>
        Read(text).Select(n => n.Exact).ShouldBe(exact);

    [Theory]
    [InlineData("from 5:30 pm", "1730")]
    [InlineData("alle 17:30", "1730")]
    [InlineData("at 12:15 am", "15")]
    [InlineData("at 7:00 am", "7")]
    [InlineData("la ora 11:45", "1145")]
    public void A_time_of_day_reads_as_its_hour_and_minutes(string text, string exact) =>
        Read(text).Single().Exact.ShouldBe(exact);
}
