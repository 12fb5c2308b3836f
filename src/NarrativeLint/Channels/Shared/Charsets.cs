using System.Text;

namespace NarrativeLint.Channels.Shared;

/// <summary>Charset labels as mail and web pages write them, resolved to .NET encodings that replace (never throw on) bad bytes.</summary>
internal static class Charsets
{
    static Charsets() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static readonly Encoding Utf8 = new UTF8Encoding(false, false);

    public static Encoding Windows1252 => Get(1252);

    /// <summary>Finds the encoding for <paramref name="label"/>. US-ASCII reads as UTF-8 and ISO-8859-1 as Windows-1252, their supersets, as mail clients and browsers do.</summary>
    public static bool TryGet(string? label, out Encoding encoding)
    {
        encoding = Utf8;
        if (string.IsNullOrWhiteSpace(label)) return false;
        string name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (name)
        {
            case "utf-8" or "utf8" or "us-ascii" or "ascii" or "ansi_x3.4-1968" or "iso646-us" or "unicode-1-1-utf-8":
                encoding = Utf8;
                return true;
            case "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "l1" or "iso_8859-1" or "cp819" or "windows-1252" or "cp1252" or "x-cp1252":
                encoding = Windows1252;
                return true;
            case "iso-8859-2" or "iso8859-2" or "latin2" or "latin-2" or "l2" or "iso_8859-2":
                encoding = Get(28592);
                return true;
            case "windows-1250" or "cp1250" or "x-cp1250":
                encoding = Get(1250);
                return true;
        }
        try
        {
            encoding = Encoding.GetEncoding(name, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    static Encoding Get(int codePage) =>
        Encoding.GetEncoding(codePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
}
