using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Analyzers;

namespace NarrativeLint.Engine.Translations;

// Addresses a block's prose writes as text: web addresses and e-mail addresses are links a translation keeps.
static partial class TranslationBlocks
{
    /// <summary>A web address written as text: a scheme or a host of two labels or more, then a path.</summary>
    [GeneratedRegex(@"(?<![\w@./-])(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}/[^\s<>()\[\]""'`]*", RegexOptions.IgnoreCase)]
    private static partial Regex BareAddress();

    /// <summary>An e-mail address written as text ("presse@frescala.example"); a handle ("@mamma.verde") has no name before its "@".</summary>
    [GeneratedRegex(@"(?<![\w.+-])[\w.+-]+@(?:[a-z0-9-]+\.)+[a-z]{2,}(?![\w@-])", RegexOptions.IgnoreCase)]
    private static partial Regex BareMailAddress();

    /// <summary>An address found in a block's prose (segment coordinates), as written and as the link it is.</summary>
    readonly record struct WrittenAddress(TextSpan Span, string Written, string Link);

    /// <summary>The web and e-mail addresses a block's prose writes, in text order; null when it writes none (most blocks).</summary>
    static List<WrittenAddress>? AddressesIn(string text)
    {
        List<WrittenAddress>? found = null;
        if (text.Contains('/'))
            foreach (Match match in BareAddress().Matches(text))
            {
                var written = match.Value.TrimEnd('.', ',', ';', ':', '!', '?');
                (found ??= []).Add(new WrittenAddress(new TextSpan(match.Index, written.Length), written,
                    written.Contains("://", StringComparison.Ordinal) ? written : "https://" + written));
            }
        if (text.Contains('@'))
            foreach (Match match in BareMailAddress().Matches(text))
            {
                var written = match.Value.TrimEnd('.');
                // An address inside a web address ("…/team@2x.png") is part of that one.
                if (found?.Exists(a => a.Span.OverlapsWith(new TextSpan(match.Index, written.Length))) == true) continue;
                (found ??= []).Add(new WrittenAddress(new TextSpan(match.Index, written.Length), written, "mailto:" + written));
            }
        found?.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    /// <summary>
    /// The block's links and the addresses its prose writes bare ("tessera.example/roaming/worldpass" in a caption or
    /// a mail, "press@frescala.example" in a release), each once: a linked text that spells its own target is that link.
    /// </summary>
    static ImmutableArray<BlockLink> WithBareAddresses(Text.ProseSegment segment, ImmutableArray<BlockLink> links, List<WrittenAddress>? addresses, Uri page, IReadOnlySet<string> languages)
    {
        if (addresses is null) return links;
        List<BlockLink>? bare = null;
        foreach (var address in addresses)
        {
            var target = Normalised(address.Link, page, languages);
            if (target.Length == 0 || links.Any(l => l.Target == target) || bare?.Any(l => l.Target == target) == true) continue;
            (bare ??= []).Add(new BlockLink(target, address.Written, segment.ToSource(address.Span)));
        }
        return bare is null ? links : [.. links.Concat(bare).OrderBy(l => l.SourceSpan.Start)];
    }
}
