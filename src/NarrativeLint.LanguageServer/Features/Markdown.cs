using System.Text;

namespace NarrativeLint.LanguageServer.Features;

/// <summary>Content and registry text shown in Markdown hovers is untrusted: every character Markdown or HTML would act on is escaped.</summary>
static class Markdown
{
    /// <summary>Characters that act anywhere in a line; <c>-</c>, <c>+</c> and <c>=</c> only at its start.</summary>
    const string Special = "\\`*_[]<>#|~&!";

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r' or '\n') { escaped.Append(' '); continue; }
            if (Special.Contains(c) || escaped.Length == 0 && c is '-' or '+' or '=') escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    /// <summary>A link only for http(s) addresses; anything else is shown as escaped text.</summary>
    public static string Link(string text, string target) =>
        Uri.TryCreate(target, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeFile)
            ? $"[{Escape(text)}](<{uri.AbsoluteUri.Replace(">", "%3E")}>)"
            : Escape(target);
}
