using System.Collections.Immutable;

namespace NarrativeLint.Language;

/// <summary>Everything that differs between languages, read from <c>rules/languages/{code}.yaml</c>.</summary>
public sealed class LanguagePack
{
    public required string Code { get; init; }

    /// <summary>Splits a segment into sentences and annotates each with tokens, stems, quantities and cues.</summary>
    public ImmutableArray<Sentence> Annotate(string text) => throw new NotImplementedException();

    /// <summary>The stems of a phrase, as cue phrases are matched ("personal data" → ["person", "data"]).</summary>
    public ImmutableArray<string> StemPhrase(string phrase) => throw new NotImplementedException();

    /// <summary>Parses a registry fact value ("24 hours", "10 working days", "99.95%", "9.99 EUR", "2040", "2026-06-30").</summary>
    public Quantity? ParseQuantity(string text) => throw new NotImplementedException();
}

/// <summary>The language packs shipped with NarrativeLint (embedded), and language detection over them.</summary>
public sealed class LanguagePacks
{
    public static LanguagePacks Default { get; } = new();

    public IReadOnlyCollection<LanguagePack> All => throw new NotImplementedException();

    /// <summary>The pack for a language code ("en", "it-IT" → "it"); English when the language has no pack.</summary>
    public LanguagePack Get(string? code) => throw new NotImplementedException();

    /// <summary>Guesses the language of a text from the packs' common words; null when too little text to tell.</summary>
    public string? Detect(string text) => throw new NotImplementedException();
}
