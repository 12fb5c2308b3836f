using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using NarrativeLint.Analyzers;

namespace NarrativeLint.Engine.Cache;

/// <summary>
/// What the translation-pair rules (NL2002) found on each pair of the last run with this cache, by the entry keys of
/// the pair's two files (content, path and everything else an entry's key covers), its languages and git's commit
/// times: a pair whose two files are unchanged is not aligned again, nor are its blocks read. One entry of the cache
/// holds the whole run's pairs (a run reads one file, not one per pair), written again only when a pair changed.
/// </summary>
sealed class TranslationPairMemo
{
    readonly DocumentCache _cache;
    readonly string _key;
    readonly Dictionary<string, ImmutableArray<Diagnostic>> _remembered;
    readonly ConcurrentDictionary<string, ImmutableArray<Diagnostic>> _found = new(StringComparer.Ordinal);

    TranslationPairMemo(DocumentCache cache, string key, Dictionary<string, ImmutableArray<Diagnostic>> remembered) =>
        (_cache, _key, _remembered) = (cache, key, remembered);

    /// <summary>The memo of runs under these settings; empty when there is none or its entry cannot be trusted.</summary>
    public static TranslationPairMemo Open(DocumentCache cache, string settings)
    {
        var key = cache.KeyOf(settings, "translation pairs", []);
        var remembered = new Dictionary<string, ImmutableArray<Diagnostic>>(StringComparer.Ordinal);
        if (cache.Read(key) is { } payload)
        {
            try
            {
                var reader = new DerivationReader(payload.Array!, payload.Offset, payload.Offset + payload.Count);
                var count = reader.Int();
                for (int i = 0; i < count; i++)
                {
                    var pair = reader.Text();
                    remembered[pair] = reader.List(() => CachedForms.ReadDiagnostic(reader));
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                remembered.Clear();
            }
        }
        return new TranslationPairMemo(cache, key, remembered);
    }

    /// <summary>The key of a pair: what its findings depend on. Null when a file has no entry key (it could not be read).</summary>
    public static string? KeyOf(TranslationPair pair, IReadOnlyDictionary<string, string> entryKeys)
    {
        if (!entryKeys.TryGetValue(pair.Source.Path, out var source) || !entryKeys.TryGetValue(pair.Translation.Path, out var translation)) return null;
        var text = string.Join('\n', source, translation, pair.SourceLanguage, pair.TranslationLanguage, pair.Evidence.ToString(),
            Moment(pair.SourceCommitted), Moment(pair.TranslationCommitted));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

        static string Moment(DateTimeOffset? time) => time?.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) ?? "-";
    }

    /// <summary>What the rules found on the pair with this key last time, and it is kept for the next run.</summary>
    public bool TryRecall(string pair, out ImmutableArray<Diagnostic> diagnostics)
    {
        if (!_remembered.TryGetValue(pair, out diagnostics)) return false;
        _found[pair] = diagnostics;
        _cache.PairRecalled();
        return true;
    }

    public void Remember(string pair, ImmutableArray<Diagnostic> diagnostics) => _found[pair] = diagnostics;

    /// <summary>Writes this run's pairs, atomically, unless they are exactly the ones read.</summary>
    public void Save()
    {
        if (_found.Count == _remembered.Count && _found.Keys.All(_remembered.ContainsKey)) return;
        using var payload = new MemoryStream();
        var writer = new DerivationWriter(payload);
        var pairs = _found.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        writer.Int(pairs.Count);
        foreach (var (pair, diagnostics) in pairs)
        {
            writer.String(pair);
            writer.List(diagnostics, diagnostic => CachedForms.WriteDiagnostic(writer, diagnostic));
        }
        writer.Flush();
        _cache.Write(_key, payload.GetBuffer().AsSpan(0, (int)payload.Length), counted: false);
    }
}
