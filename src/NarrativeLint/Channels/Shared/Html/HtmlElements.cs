using AngleSharp.Dom;
using NarrativeLint.Text;

namespace NarrativeLint.Channels.Shared.Html;

/// <summary>How the HTML reader treats an element: what a reader of the rendered page would see as prose.</summary>
internal enum ElementRole
{
    /// <summary>Flows into the surrounding block's segment (a, span, strong, unknown and custom elements).</summary>
    Inline,
    /// <summary>Starts a segment of its own (p, li, h1, td, div, …).</summary>
    Block,
    /// <summary>Not prose: scripts, styles, code, hidden content. Its text is stepped over.</summary>
    Skip,
    /// <summary>Not prose, and its content is raw text the alignment must jump over (script, style, template).</summary>
    SkipRaw,
}

internal static class HtmlElements
{
    static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "button", "caption", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "label", "legend", "li",
        "main", "menu", "nav", "ol", "optgroup", "option", "p", "search", "section", "select", "summary",
        "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
    };

    /// <summary>Not prose: program text, media fallbacks, form inputs, foreign content.</summary>
    static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "noscript", "svg", "math", "code", "pre", "kbd", "samp", "listing", "video", "audio", "canvas",
        "object", "datalist", "head", "input", "map",
    };

    static readonly HashSet<string> SkippedRaw = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "textarea", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    public static ElementRole RoleOf(IElement element)
    {
        string name = element.LocalName;
        if (SkippedRaw.Contains(name)) return ElementRole.SkipRaw;
        if (Skipped.Contains(name) || IsHidden(element)) return ElementRole.Skip;
        if (name == "dialog" && !element.HasAttribute("open")) return ElementRole.Skip;
        return Blocks.Contains(name) ? ElementRole.Block : ElementRole.Inline;
    }

    /// <summary>Hidden from readers of the page: <c>hidden</c>, <c>aria-hidden="true"</c>, <c>display:none</c>, <c>visibility:hidden</c>.</summary>
    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden")) return true;
        if (string.Equals(element.GetAttribute("aria-hidden")?.Trim(), "true", StringComparison.OrdinalIgnoreCase)) return true;
        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style)) return false;
        var compact = string.Concat(style.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
        return compact.Contains("display:none") || compact.Contains("visibility:hidden");
    }

    public static SegmentKind KindOf(string name) => name.ToLowerInvariant() switch
    {
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => SegmentKind.Heading,
        "title" => SegmentKind.Title,
        "li" => SegmentKind.ListItem,
        "td" or "th" => SegmentKind.TableCell,
        "caption" or "figcaption" => SegmentKind.Caption,
        _ => SegmentKind.Paragraph,
    };
}
