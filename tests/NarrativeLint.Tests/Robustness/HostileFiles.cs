using System.IO.Compression;
using System.Text;

namespace NarrativeLint.Tests.Robustness;

/// <summary>Files that are broken, hostile or absurd, each as a real user or attacker could hand them to a run.</summary>
static class HostileFiles
{
    /// <summary>A post the demo registry flags as NL1001 (72 hours against a 24-hour promise); it sits beside every hostile file.</summary>
    public const string KnownGoodName = "support-post.md";
    public const string KnownGoodText = "# Support\n\nWe reply to support tickets within 72 hours.\n";

    public static byte[] Binary()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        for (int i = 0; i < bytes.Length; i += 97) bytes[i] = 0;
        return bytes;
    }

    public static byte[] InvalidUtf8() =>
        [.. "We reply to support tickets within 72 hours. Caf"u8, 0xC3, 0x28, 0xFF, 0xFE, .. " au lait.\n"u8];

    public static string TruncatedEmail() =>
        "From: Acme Cloud <news@acme.example>\r\nTo: you@example.com\r\nSubject: Our support promise\r\n" +
        "MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n" +
        "--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
        "We reply to support tickets wi=";

    public static string EmailWithoutBoundary() =>
        "From: Acme Cloud <news@acme.example>\r\nTo: you@example.com\r\nSubject: Offers\r\n" +
        "MIME-Version: 1.0\r\nContent-Type: multipart/mixed\r\n\r\n" +
        "--xyz\r\nContent-Type: text/plain\r\n\r\nHello there.\r\n--xyz--\r\n";

    public static string EmailWithUnknownCharset() =>
        "From: Acme Cloud <care@acme.example>\r\nTo: you@example.com\r\nSubject: Your ticket\r\n" +
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=x-klingon-2000\r\n\r\n" +
        "Thanks for writing to us. Our Care team is on it.\r\n";

    public static byte[] NotAZip() => Encoding.UTF8.GetBytes("This is a plain text file pretending to be a Word document.\n");

    /// <summary>A zip whose document part inflates to <paramref name="megabytes"/> MB of spaces (over 1000:1).</summary>
    public static byte[] ZipBomb(int megabytes = 120)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            AddEntry(zip, "[Content_Types].xml", ContentTypes);
            var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize);
            using var part = entry.Open();
            part.Write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"u8);
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (int i = 0; i < megabytes; i++) part.Write(spaces);
            part.Write("</w:t></w:r></w:p></w:body></w:document>"u8);
        }
        return stream.ToArray();
    }

    /// <summary>
    /// A zip bomb that lies: its directory says the document part inflates to a few kilobytes, so a size check on the
    /// directory passes, and only a reader that bounds what it actually inflates is safe.
    /// </summary>
    public static byte[] LyingZipBomb(int megabytes = 300)
    {
        var bytes = ZipBomb(megabytes);
        var name = "word/document.xml"u8.ToArray();
        for (int i = 0; i + 46 < bytes.Length; i++)
        {
            uint signature = BitConverter.ToUInt32(bytes, i);
            // Local file header: name at 30, uncompressed size at 22. Central directory header: name at 46, size at 24.
            (int nameAt, int sizeAt) = signature switch { 0x04034b50 => (30, 22), 0x02014b50 => (46, 24), _ => (0, 0) };
            if (nameAt == 0 || i + nameAt + name.Length > bytes.Length || !bytes.AsSpan(i + nameAt, name.Length).SequenceEqual(name)) continue;
            BitConverter.GetBytes(4096u).CopyTo(bytes, i + sizeAt);
        }
        return bytes;
    }

    /// <summary>A minimal Word package whose document declares an external entity pointing at a local file.</summary>
    public static byte[] DocxWithExternalEntity(string secretPath)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            AddEntry(zip, "[Content_Types].xml", ContentTypes);
            AddEntry(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            AddEntry(zip, "word/document.xml",
                $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file://{secretPath}\">]>" +
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
                "<w:p><w:r><w:t>Leaked: &xxe;</w:t></w:r></w:p></w:body></w:document>");
        }
        return stream.ToArray();
    }

    const string ContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    static void AddEntry(ZipArchive zip, string name, string text)
    {
        using var part = zip.CreateEntry(name).Open();
        part.Write(Encoding.UTF8.GetBytes(text));
    }

    public static string BrokenCaptions() =>
        "1\n00:00:01,000 --> 00:00:0X,500\nWelcome to our webinar.\n\n2\n00:00:05,000 -->\nWe reply to support tickets within 72 hours.\n\n3\nnot a timing line at all\nThanks.\n";

    public static string DeeplyNestedHtml(int depth = 100_000)
    {
        var html = new StringBuilder(depth * 12 + 200);
        html.Append("<!doctype html><html><body>");
        for (int i = 0; i < depth; i++) html.Append("<div>");
        html.Append("<p>Deep inside.</p>");
        for (int i = 0; i < depth; i++) html.Append("</div>");
        html.Append("</body></html>");
        return html.ToString();
    }

    public static string MalformedSocialJson() => "{ \"posts\": [ { \"date\": \"2025-09-01\", \"text\": \"We reply to support tickets within 72 hours.\" }, { \"text\": \"unterminated";

    public static string MalformedSocialYaml() => "posts:\n  - date: 2025-09-01\n    text: \"We reply within 72 hours.\n  - text: [unclosed\n    : : :\n";

    /// <summary>Writes a Markdown file of about <paramref name="megabytes"/> MB: paragraphs of prose, every 50th one with a known finding.</summary>
    public static void WriteLargeMarkdown(string path, int megabytes)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write("# A very long page\n\n");
        long target = (long)megabytes * 1024 * 1024;
        const string Clean = "Our team writes about networks, cities and the people who keep them running every single day. ";
        for (long written = 0, n = 0; written < target; n++)
        {
            var paragraph = n % 50 == 0 ? "We reply to support tickets within 72 hours.\n\n" : Clean + Clean + "\n\n";
            writer.Write(paragraph);
            written += paragraph.Length;
        }
    }
}
