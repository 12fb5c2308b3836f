using System.Text;
using NarrativeLint.Analyzers;
using NarrativeLint.Channels;
using NarrativeLint.Engine;
using Shouldly;

namespace NarrativeLint.Tests.TranslationPlaces;

/// <summary>
/// NL2002 on HTML links: an <c>&lt;a href&gt;</c> writes its target before the text it links, so a block that opens with a
/// link has the target of the tags that open it; a translation that links another page is reported, the same page
/// (in the reader's language folder or not) is silent.
/// </summary>
public class HtmlLinkTargetTests
{
    static string Html(string language, string body) =>
        $"<html lang=\"{language}\"><head><link rel=\"alternate\" hreflang=\"en\" href=\"https://aurora.example/en/spa.html\">"
        + $"<link rel=\"alternate\" hreflang=\"{language}\" href=\"https://aurora.example/{language}/spa.html\"></head><body>\n{body}\n</body></html>\n";

    const string Source = "<p>Six pools, three saunas and 2,400 m² of quiet on the shore of Lake Garda.</p>\n"
                          + "<p><a href=\"https://aurora.example/spa/garda/book\">Book your treatment online</a></p>\n"
                          + "<p>Gift vouchers for the Aurora Spa are valid for 12 months.</p>";

    static IEnumerable<Finding> Check(string language, string translated) =>
        new NarrativeEngine(Rules.Fixture.Registry).Check([new ContentFile("web/en/spa.html", Encoding.UTF8.GetBytes(Html("en", Source))),
                new ContentFile($"web/{language}/spa.html", Encoding.UTF8.GetBytes(Html(language, translated)))])
            .Findings.Where(f => f.Id == "NL2002");

    [Theory]
    [InlineData("it", "<p>Sei piscine, tre saune e 2.400 m² di quiete sulla riva del Lago di Garda.</p>\n<p><a href=\"https://aurora.example/spa/verona/book\">Prenota online il tuo trattamento</a></p>\n<p>I buoni regalo della Aurora Spa valgono 12 mesi.</p>")]
    [InlineData("ro", "<p>Șase piscine, trei saune și 2.400 m² de liniște pe malul Lacului Garda.</p>\n<p><a href=\"https://aurora.example/spa/verona/book\">Rezervă online tratamentul</a></p>\n<p>Voucherele cadou pentru Aurora Spa sunt valabile 12 luni.</p>")]
    public void A_link_to_another_page_is_reported_on_its_target(string language, string translated)
    {
        var finding = Check(language, translated).ShouldHaveSingleItem();
        finding.Property(FindingProperties.Difference).ShouldBe("link");
        finding.Message.ShouldContain("spa/verona/book");
        (finding.LineSpan.StartLinePosition.Line + 1).ShouldBe(3);
    }

    [Theory]
    [InlineData("it", "https://aurora.example/spa/garda/book")]
    [InlineData("ro", "https://aurora.example/ro/spa/garda/book")]
    public void The_same_page_is_silent(string language, string target) =>
        Check(language, $"<p>Sei piscine, tre saune e 2.400 m² di quiete sulla riva del Lago di Garda.</p>\n<p><a href=\"{target}\">Prenota online il tuo trattamento</a></p>\n<p>I buoni regalo della Aurora Spa valgono 12 mesi.</p>")
            .ShouldBeEmpty();
}
