using static NarrativeLint.Tests.Translations.GeneratedPairs;

namespace NarrativeLint.Tests.Translations;

/// <summary>
/// What a block says as opposed to how it is laid out: a negation in a quantity's bound, a one-word label, a section's
/// number, a price beside a share, a link to the translation's own page where the source lives at the root.
/// </summary>
public class StatementShapesTests
{
    [Theory]
    [InlineData("it", "VeloCloud keeps billing data for no longer than 6 months.", "VeloCloud conserva i dati di fatturazione per non più di 6 mesi.")]
    [InlineData("ro", "VeloCloud keeps billing data for no longer than 6 months.", "VeloCloud păstrează datele de facturare cel mult 6 luni.")]
    [InlineData("it", "| Parameter | Required | Example |\n|---|---|---|\n| `client_id` | yes | `velo_4821` |\n| `scope` | no | `sms.send`|",
        "| Parametro | Obbligatorio | Esempio |\n|---|---|---|\n| `client_id` | sì | `velo_4821` |\n| `scope` | no | `sms.send`|")]
    [InlineData("ro", "2.3 VeloCloud keeps invoices for 10 years.", "2.2 VeloCloud păstrează facturile 10 ani.")]
    [InlineData("it", "VeloFibre: 100% renewable power.", "VeloFibre: 7,99 € al mese.")]
    [InlineData("it", "Find a [VeloShop](/shops) near you.", "Trova un [VeloShop](/it/negozi) vicino a te.")]
    public void A_layout_or_a_bound_is_no_drift(string language, string source, string translation) =>
        CheckBlock(language, source, translation).ShouldBeEmpty();

    [Theory]
    [InlineData("it", "VeloCloud keeps billing data for no longer than 6 months.", "VeloCloud conserva i dati di fatturazione per {|NL2002:non più di 12 mesi|}.")]
    [InlineData("ro", "VeloCloud does not sell your data to 3 partners.", "{|NL2002:VeloCloud vinde datele tale către 3 parteneri.|}")]
    [InlineData("ro", "2.3 VeloCloud keeps invoices for 10 years.", "2.3 VeloCloud păstrează facturile {|NL2002:5 ani|}.")]
    [InlineData("it", "Find a [VeloShop](/shops) near you.", "Trova un [VeloShop]({|NL2002:/it/negozi-2019|}) vicino a te.")]
    public void A_changed_value_negation_or_page_still_is(string language, string source, string translation) =>
        CheckBlock(language, source, translation).ShouldHaveSingleItem();
}
