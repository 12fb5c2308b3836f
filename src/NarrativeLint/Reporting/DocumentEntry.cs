using System.Globalization;
using System.Text.Json;
using NarrativeLint.Analyzers;

namespace NarrativeLint.Reporting;

/// <summary>What the engine decided about a checked document, written the same way in JSON and in SARIF artifacts.</summary>
static class DocumentEntry
{
    public static void Write(Utf8JsonWriter json, AnalyzedDocument document, TranslationPair? translation)
    {
        var metadata = document.Content.Metadata;
        if (metadata.Channel is { } channel) json.WriteString("channel", channel);
        if (metadata.Language is { } language) json.WriteString("language", language);
        if (metadata.Date is { } date) json.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteNumber("sentences", document.SentenceCount);
        if (translation is not null)
        {
            json.WriteString("translationOf", translation.Source.Path);
            json.WriteString("translationEvidence", JsonNamingPolicy.CamelCase.ConvertName(translation.Evidence.ToString()));
        }
    }
}
