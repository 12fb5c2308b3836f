namespace NarrativeLint.Tests.Cache;

/// <summary>The ways a file of the cache is found broken: cut short, a byte flipped in its payload, emptied, or of another format.</summary>
static class CacheDamage
{
    public static byte[] Apply(byte[] bytes, string damage) => damage switch
    {
        "truncated" => bytes[..(bytes.Length / 2)],
        "flipped" => [.. bytes[..^40], (byte)(bytes[^40] ^ 0xFF), .. bytes[^39..]],
        "empty" => [],
        "other format" => [.. bytes[..8], 99, 0, 0, 0, .. bytes[12..]],
        _ => throw new ArgumentException($"unknown damage '{damage}'", nameof(damage)),
    };
}
