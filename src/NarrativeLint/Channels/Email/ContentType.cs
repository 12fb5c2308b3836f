using System.Collections.Immutable;
using System.Text;
using NarrativeLint.Channels.Shared;

namespace NarrativeLint.Channels.Email;

/// <summary>A Content-Type value: <c>type/subtype; name=value; name="quoted value"</c>.</summary>
internal sealed record ContentType(string MediaType, string SubType, ImmutableDictionary<string, string> Parameters)
{
    /// <summary>What a part without a Content-Type is (RFC 2045): plain US-ASCII text.</summary>
    public static readonly ContentType Default = new("text", "plain", ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase));

    public bool IsMultipart => MediaType == "multipart";
    public bool Is(string type, string subType) => MediaType == type && SubType == subType;
    public string? Boundary => Parameters.GetValueOrDefault("boundary");
    public string? Charset => Parameters.GetValueOrDefault("charset");
    public override string ToString() => $"{MediaType}/{SubType}";

    /// <summary>Parses a Content-Type value; anything unparsable reads as the default type.</summary>
    public static ContentType Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return Default;
        var parts = SplitParameters(value);
        string[] type = parts[0].Trim().ToLowerInvariant().Split('/', 2);
        if (type.Length != 2 || type[0].Length == 0 || type[1].Length == 0) return Default with { Parameters = ParametersOf(parts) };
        return new ContentType(type[0].Trim(), type[1].Trim(), ParametersOf(parts));
    }

    /// <summary>Reads the parameters of any structured header (Content-Type, Content-Disposition).</summary>
    public static ImmutableDictionary<string, string> ParametersOf(IReadOnlyList<string> parts)
    {
        var parameters = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in parts.Skip(1))
        {
            int equals = part.IndexOf('=');
            if (equals <= 0) continue;
            string name = part[..equals].Trim();
            string value = part[(equals + 1)..].Trim();
            if (value.Length >= 2 && value[0] == '"' && value[^1] == '"') value = Unquote(value[1..^1]);
            if (name.EndsWith('*'))
            {
                // RFC 2231: charset'language'percent-encoded
                name = name[..^1];
                value = DecodeExtended(value);
            }
            parameters.TryAdd(name, value);
        }
        return parameters.ToImmutable();
    }

    /// <summary>Splits at semicolons outside quoted strings.</summary>
    public static List<string> SplitParameters(string value)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (quoted && c == '\\' && i + 1 < value.Length) { current.Append(c).Append(value[++i]); continue; }
            if (c == '"') quoted = !quoted;
            if (c == ';' && !quoted) { parts.Add(current.ToString()); current.Clear(); continue; }
            current.Append(c);
        }
        parts.Add(current.ToString());
        return parts;
    }

    static string Unquote(string value)
    {
        if (!value.Contains('\\')) return value;
        var result = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length) i++;
            result.Append(value[i]);
        }
        return result.ToString();
    }

    static string DecodeExtended(string value)
    {
        var pieces = value.Split('\'', 3);
        if (pieces.Length != 3) return value;
        var bytes = new List<byte>();
        string encoded = pieces[2];
        for (int i = 0; i < encoded.Length; i++)
        {
            if (encoded[i] == '%' && i + 2 < encoded.Length && char.IsAsciiHexDigit(encoded[i + 1]) && char.IsAsciiHexDigit(encoded[i + 2]))
            {
                bytes.Add(Convert.ToByte(encoded.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(encoded[i].ToString()));
            }
        }
        Charsets.TryGet(pieces[0], out var encoding);
        return encoding.GetString(bytes.ToArray());
    }
}
