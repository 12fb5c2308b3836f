using System.Text;

namespace NarrativeLint.Channels;

/// <summary>
/// Decodes a text file's bytes: UTF-8 (a BOM is dropped, invalid bytes become U+FFFD so positions stay stable),
/// or UTF-16 where a BOM announces it; and the two checks the engine makes before and after a reader.
/// </summary>
public static class TextDecoding
{
    static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(byte[] bytes) => DecodeByBom(bytes) ?? Lenient.GetString(bytes);

    /// <summary>The text when a byte order mark says how to read it (UTF-8, UTF-16 LE or BE), else null.</summary>
    public static string? DecodeByBom(byte[] bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => Lenient.GetString(bytes, 3, bytes.Length - 3),
        [0xFF, 0xFE, ..] => Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2),
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2),
        _ => null,
    };

    /// <summary>A NUL byte near the start means a binary file (an image renamed .md), unless a UTF-16 BOM explains it.</summary>
    public static bool LooksBinary(byte[] bytes) =>
        bytes is not ([0xFF, 0xFE, ..] or [0xFE, 0xFF, ..]) && bytes.AsSpan(0, Math.Min(bytes.Length, 8192)).Contains((byte)0);

    /// <summary>The offset of the first byte that is not valid UTF-8, or null when all are (or a UTF-16 BOM says the file is not UTF-8).</summary>
    public static int? FirstInvalidUtf8Byte(byte[] bytes)
    {
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..]) return null;
        try
        {
            Strict.GetCharCount(bytes);
            return null;
        }
        catch (DecoderFallbackException e)
        {
            return e.Index;
        }
    }
}
