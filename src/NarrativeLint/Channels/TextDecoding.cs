using System.Text;

namespace NarrativeLint.Channels;

/// <summary>Decodes a text file's bytes: UTF-8 (a BOM is dropped, invalid bytes become U+FFFD so positions stay stable).</summary>
public static class TextDecoding
{
    static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static string Decode(byte[] bytes)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Lenient.GetString(bytes, start, bytes.Length - start);
    }
}
