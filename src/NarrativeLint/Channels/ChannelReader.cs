namespace NarrativeLint.Channels;

/// <summary>A file handed to the readers: its path for display and its raw bytes.</summary>
public sealed record ContentFile(string Path, byte[] Bytes)
{
    public string Extension => System.IO.Path.GetExtension(Path).ToLowerInvariant();
}

/// <summary>Turns one kind of file into a <see cref="ContentDocument"/>; one reader per channel, as Markdig has one parser per syntax.</summary>
public abstract class ChannelReader
{
    /// <summary>The channel a document from this reader belongs to unless metadata or the registry says otherwise.</summary>
    public abstract string DefaultChannel { get; }

    /// <summary>Whether the format is binary (docx); text formats are checked for NUL bytes and invalid UTF-8 before reading.</summary>
    public virtual bool IsBinaryFormat => false;

    /// <summary>
    /// Whether the reader decodes the bytes itself, in the charset the file declares (a MIME part's charset, a page's
    /// meta tag), and reports bytes it cannot read; otherwise the engine checks a text file is valid UTF-8.
    /// </summary>
    public virtual bool DecodesItself => false;

    /// <summary>Whether this reader may take the file, from its name alone: never its content, which is parsed once, when it is read.</summary>
    public abstract bool CanRead(ContentFile file);

    /// <summary>
    /// Reads the file, or null when what it holds is another reader's: a YAML file of social posts is no chatbot
    /// script, and a structured format tells which only once parsed (the parse is shared with <see cref="Read"/>).
    /// </summary>
    public virtual ContentDocument? TryRead(ContentFile file) => Read(file);

    /// <summary>
    /// Reads the file. Must not throw for bad content: report a <see cref="ReadProblem"/> instead. The metadata holds
    /// only what the file declares (front matter <c>channel:</c>, <c>&lt;html lang&gt;</c>, a Date header): the engine
    /// decides the rest, so a reader never writes its <see cref="DefaultChannel"/> there.
    /// </summary>
    public abstract ContentDocument Read(ContentFile file);
}
