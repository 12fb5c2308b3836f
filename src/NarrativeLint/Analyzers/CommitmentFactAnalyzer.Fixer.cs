// NL1001's fix: the promised value written in place of the one that breaks the promise.
using System.Globalization;
using System.Text.RegularExpressions;
using NarrativeLint.Language;
using NarrativeLint.Registry;

namespace NarrativeLint.Analyzers;

public sealed partial class CommitmentFactAnalyzer
{
    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex Number();

    /// <summary>
    /// The quoted text with its number replaced by the fact's, where the number is all that differs: one number, the
    /// same kind, unit, currency and period (an amount that names no period keeps it unnamed), no range. "entro 72 ore" becomes "entro 24 ore": the words around the
    /// number stay the writer's, in the writer's language. Null where a fix would have to reword the text.
    /// </summary>
    static string? PromisedValue(Quantity quantity, Fact fact, string quoted)
    {
        var promised = fact.Value;
        if (quantity.Kind != promised.Kind || quantity.Kind == QuantityKind.Date || quantity.Max is not null || promised.Max is not null
            || quantity.Unit != promised.Unit && !(quantity.Kind == QuantityKind.Money && quantity.Unit is null) || quantity.Currency != promised.Currency) return null;
        var numbers = Number().Matches(quoted);
        if (numbers.Count != 1) return null;
        var written = numbers[0];
        var value = promised.Value == decimal.Truncate(promised.Value)
            ? decimal.Truncate(promised.Value).ToString(CultureInfo.InvariantCulture)
            : promised.Value.ToString(CultureInfo.InvariantCulture);
        // A decimal comma stays a comma ("9,99 €").
        if (written.Value.Contains(',') && !written.Value.Contains('.')) value = value.Replace('.', ',');
        return quoted[..written.Index] + value + quoted[(written.Index + written.Length)..];
    }
}
