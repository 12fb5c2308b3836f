using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Language;

namespace NarrativeLint.Analyzers;

/// <summary>
/// What a corpus-end rule derives from one document alone, declared in <c>Initialize</c> so the engine derives it
/// while the document is whole, keeps it when the document's sentences are let go, and writes it to the cache
/// (<c>--cache</c>): a later run reads it back instead of analysing the unchanged file again. Rules read it as
/// before, through <see cref="CorpusAnalysisContext.DerivedFrom"/> with the same key.
/// </summary>
public abstract class DocumentDerivation(string key)
{
    /// <summary>The key the rule reads the value under; also names it in a cache entry.</summary>
    public string Key { get; } = key;

    internal abstract object Derive(AnalyzedDocument document);
    internal abstract void Write(DerivationWriter writer, object value);
    internal abstract object Read(DerivationReader reader);
}

/// <summary>A derivation of values of type <typeparamref name="T"/>, with how they are written and read back.</summary>
/// <remarks>Reading must give back a value the rule cannot tell from the derived one: the cache must never change a result.</remarks>
public sealed class DocumentDerivation<T>(string key, Func<AnalyzedDocument, T> derive, Action<DerivationWriter, T> write, Func<DerivationReader, T> read)
    : DocumentDerivation(key) where T : notnull
{
    internal override object Derive(AnalyzedDocument document) => derive(document);
    internal override void Write(DerivationWriter writer, object value) => write(writer, (T)value);
    internal override object Read(DerivationReader reader) => read(reader);
}

/// <summary>Writes derived values compactly: strings once each (later uses are back references), numbers as variable-length integers.</summary>
public sealed class DerivationWriter(Stream stream)
{
    readonly BinaryWriter _out = new(stream, Encoding.UTF8, leaveOpen: true);
    readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);
    readonly Dictionary<object, int> _shared = new(ReferenceEqualityComparer.Instance);

    public void Int(int value) => _out.Write7BitEncodedInt(value);
    public void Bool(bool value) => _out.Write(value);
    public void Decimal(decimal value) => _out.Write(value);
    public void Hash(ulong value) => _out.Write(value);

    public void String(string? value)
    {
        if (value is null)
        {
            Int(0);
            return;
        }
        if (_strings.TryGetValue(value, out var seen))
        {
            Int(seen + 2);
            return;
        }
        Int(1);
        _out.Write(value);
        _strings[value] = _strings.Count;
    }

    /// <summary>An object many values point to (the metadata every sentence of a document shares): written once, later uses are back references.</summary>
    public void Shared<T>(T value, Action<T> write) where T : class
    {
        if (_shared.TryGetValue(value, out var seen))
        {
            Int(seen + 1);
            return;
        }
        Int(0);
        write(value);
        _shared[value] = _shared.Count;
    }

    public void Span(TextSpan span)
    {
        Int(span.Start);
        Int(span.Length);
    }

    public void Date(DateOnly? date) => Int(date is { } d ? d.DayNumber + 1 : 0);

    /// <summary>What another writer wrote, as one part that a reader can pass over and read later on its own.</summary>
    internal void Part(ReadOnlySpan<byte> bytes)
    {
        Int(bytes.Length);
        _out.Write(bytes);
    }

    /// <summary>A value as a part of its own, which a reader may leave unread until it is needed (<see cref="DerivationReader.Deferred"/>).</summary>
    public void Deferred<T>(T value, Action<DerivationWriter, T> write)
    {
        using var part = new MemoryStream();
        var writer = new DerivationWriter(part);
        write(writer, value);
        writer.Flush();
        Part(part.GetBuffer().AsSpan(0, (int)part.Length));
    }

    public void Strings(IEnumerable<string> values)
    {
        var list = values as IReadOnlyCollection<string> ?? values.ToList();
        Int(list.Count);
        foreach (var value in list) String(value);
    }

    public void List<T>(IReadOnlyCollection<T> items, Action<T> write)
    {
        Int(items.Count);
        foreach (var item in items) write(item);
    }

    /// <summary>A location in a file (path, span, lines) or none.</summary>
    public void Location(Location location)
    {
        if (location.Kind == LocationKind.None)
        {
            Int(0);
            return;
        }
        var lines = location.GetLineSpan();
        Int(1);
        String(lines.Path);
        Span(location.SourceSpan);
        Int(lines.StartLinePosition.Line);
        Int(lines.StartLinePosition.Character);
        Int(lines.EndLinePosition.Line);
        Int(lines.EndLinePosition.Character);
    }

    public void Token(Token token)
    {
        Span(token.Span);
        String(token.Text);
        // Most words are written in lower case and are their own stem: a flag says so instead of two more strings.
        bool lowerIsText = token.Lower == token.Text, stemIsLower = token.Stem == token.Lower;
        Int((int)token.Kind * 4 + (lowerIsText ? 1 : 0) + (stemIsLower ? 2 : 0));
        if (!lowerIsText) String(token.Lower);
        if (!stemIsLower) String(token.Stem);
    }

    public void Quantity(Quantity quantity)
    {
        Int((int)quantity.Kind);
        Span(quantity.Span);
        String(quantity.Text);
        Decimal(quantity.Value);
        Bool(quantity.Max is not null);
        if (quantity.Max is { } max) Decimal(max);
        Int(quantity.Unit is { } unit ? (int)unit + 1 : 0);
        String(quantity.Currency);
        Date(quantity.Date);
        Int((int)quantity.Precision);
        Int((int)quantity.Qualifier);
        String(quantity.Release?.ToString());
        String(quantity.VersionOf);
    }

    public void Flush() => _out.Flush();
}

/// <summary>Reads what a <see cref="DerivationWriter"/> wrote; a malformed payload throws (the cache entry is then ignored).</summary>
public sealed class DerivationReader
{
    readonly byte[] _payload;
    readonly WordPool? _words;
    readonly List<string> _strings = [];
    readonly List<object> _shared = [];
    readonly int _end;
    int _at;

    /// <param name="words">Where short strings read are shared with the rest of the run, so a word read in a thousand entries is one string.</param>
    internal DerivationReader(byte[] payload, WordPool? words = null) : this(payload, 0, payload.Length, words)
    {
    }

    /// <summary>Reads the part of <paramref name="payload"/> from <paramref name="start"/> to <paramref name="end"/>, which one writer wrote.</summary>
    internal DerivationReader(byte[] payload, int start, int end, WordPool? words = null) => (_payload, _at, _end, _words) = (payload, start, end, words);

    /// <summary>Passes over a part another writer wrote (<see cref="DerivationWriter.Part"/>) and returns where it starts and ends.</summary>
    internal (int Start, int End) Part()
    {
        var length = Int();
        var start = _at;
        Bytes(length);
        return (start, _at);
    }

    byte Next() => _at < _end ? _payload[_at++] : throw new InvalidDataException("the payload ends early");

    public int Int()
    {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7)
        {
            var b = Next();
            value |= (b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
        throw new InvalidDataException("a number is too long");
    }

    public bool Bool() => Next() switch
    {
        0 => false,
        1 => true,
        _ => throw new InvalidDataException("a flag is neither 0 nor 1"),
    };

    public ulong Hash() => System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(Bytes(8));

    public decimal Decimal()
    {
        Span<int> bits = stackalloc int[4];
        for (int i = 0; i < 4; i++) bits[i] = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(Bytes(4));
        return new decimal(bits);
    }

    ReadOnlySpan<byte> Bytes(int length)
    {
        if (length < 0 || _at + length > _end) throw new InvalidDataException("the payload ends early");
        var bytes = _payload.AsSpan(_at, length);
        _at += length;
        return bytes;
    }

    string Decode(ReadOnlySpan<byte> utf8)
    {
        if (_words is null || utf8.Length > WordPool.LongestWord * 3) return Encoding.UTF8.GetString(utf8);
        Span<char> chars = stackalloc char[utf8.Length];
        return _words.Shared(chars[..Encoding.UTF8.GetChars(utf8, chars)]);
    }

    public string? String()
    {
        var tag = Int();
        if (tag == 0) return null;
        if (tag > 1) return _strings[tag - 2];
        var value = Decode(Bytes(Int()));
        _strings.Add(value);
        return value;
    }

    /// <summary>A string that was written not null.</summary>
    public string Text() => String() ?? throw new InvalidDataException("a text was expected");

    public T Shared<T>(Func<T> read) where T : class
    {
        var tag = Int();
        if (tag > 0) return (T)_shared[tag - 1];
        var value = read();
        _shared.Add(value);
        return value;
    }

    public TextSpan Span() => new(Int(), Int());

    public DateOnly? Date() => Int() is var day and > 0 ? DateOnly.FromDayNumber(day - 1) : null;

    /// <summary>A count of items still to read; each takes at least a byte, so a larger one is a broken payload.</summary>
    int Count() => Int() is var count && count <= _end - _at ? count : throw new InvalidDataException("a count is larger than the payload");

    /// <summary>
    /// A value written with <see cref="DerivationWriter.Deferred"/>, passed over now and read when the function is
    /// first called (it keeps the payload until then; the payload's checksum held when it was read).
    /// </summary>
    public Func<T> Deferred<T>(Func<DerivationReader, T> read)
    {
        var (start, end) = Part();
        var (payload, words) = (_payload, _words);
        return () => read(new DerivationReader(payload, start, end, words));
    }

    public ImmutableArray<string> Strings()
    {
        var builder = ImmutableArray.CreateBuilder<string>(Count());
        for (int i = 0; i < builder.Capacity; i++) builder.Add(Text());
        return builder.MoveToImmutable();
    }

    public ImmutableArray<T> List<T>(Func<T> read)
    {
        var builder = ImmutableArray.CreateBuilder<T>(Count());
        for (int i = 0; i < builder.Capacity; i++) builder.Add(read());
        return builder.MoveToImmutable();
    }

    public Location Location()
    {
        if (Int() == 0) return Microsoft.CodeAnalysis.Location.None;
        var path = Text();
        var span = Span();
        var start = new LinePosition(Int(), Int());
        var end = new LinePosition(Int(), Int());
        return Microsoft.CodeAnalysis.Location.Create(path, span, new LinePositionSpan(start, end));
    }

    public Token Token()
    {
        var span = Span();
        var text = Text();
        var flags = Int();
        var lower = (flags & 1) != 0 ? text : Text();
        var stem = (flags & 2) != 0 ? lower : Text();
        return new Token(span, text, lower, stem, (TokenKind)(flags / 4));
    }

    public Quantity Quantity()
    {
        var kind = (QuantityKind)Int();
        var span = Span();
        var text = Text();
        var value = Decimal();
        decimal? max = Bool() ? Decimal() : null;
        var unit = Int() is var u and > 0 ? (DurationUnit?)(u - 1) : null;
        return new Quantity(kind, span, text, value, max, unit, String(), Date(), (DatePrecision)Int(), (Qualifier)Int(),
            String() is { } release ? Version.Parse(release) : null, String());
    }
}
