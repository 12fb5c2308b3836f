using System.Diagnostics.CodeAnalysis;

namespace NarrativeLint.Language;

/// <summary>A token's three strings, made once per distinct surface: a site repeats its words, and every token of one word shares them.</summary>
internal sealed record TokenForms(string Text, string Lower, string Stem);

/// <summary>
/// The tokenizer's forms by surface (<see cref="TokenForms.Text"/>), looked up by span from every thread. A table of its
/// own rather than a <c>ConcurrentDictionary</c>, whose lookup by span runs as shared generic code through an interface
/// call per hash and per comparison: the most sampled managed frame of a cold run (2%). Open addressing over two arrays,
/// the hashes beside the forms, so a lookup reads no node of a chain: a slot's hash is compared before its forms are read.
/// Readers take no lock: a writer adds under one, writes a slot's hash before it publishes the slot's forms, and publishes
/// each grown table whole. At most <paramref name="limit"/> surfaces are kept.
/// </summary>
internal sealed class TokenFormsTable(int limit)
{
    /// <summary>One size of the table, at most half full, so that every probe meets an empty slot.</summary>
    sealed class Slots(int size)
    {
        public readonly int[] Hashes = new int[size];
        public readonly TokenForms?[] Forms = new TokenForms?[size];
    }

    Slots slots = new(8192);
    int count;
    readonly Lock gate = new();

    public bool TryGet(ReadOnlySpan<char> surface, [NotNullWhen(true)] out TokenForms? forms)
    {
        var hash = string.GetHashCode(surface);
        var table = Volatile.Read(ref slots);
        int mask = table.Forms.Length - 1;
        for (int at = hash & mask; ; at = (at + 1) & mask)
        {
            var found = Volatile.Read(ref table.Forms[at]);
            if (found is null) break;
            if (table.Hashes[at] == hash && surface.SequenceEqual(found.Text))
            {
                forms = found;
                return true;
            }
        }
        forms = null;
        return false;
    }

    /// <summary>Keeps <paramref name="forms"/> under its surface unless that is known already or the table is full.</summary>
    public void Add(TokenForms forms)
    {
        var hash = string.GetHashCode(forms.Text.AsSpan());
        lock (gate)
        {
            if (count >= limit) return;
            var table = slots;
            int mask = table.Forms.Length - 1;
            int at = hash & mask;
            for (; table.Forms[at] is { } present; at = (at + 1) & mask)
                if (table.Hashes[at] == hash && present.Text == forms.Text) return;
            table.Hashes[at] = hash;
            Volatile.Write(ref table.Forms[at], forms);
            // Grown into a new table: a reader still probing the old one finds what it held.
            if (++count * 2 > table.Forms.Length) Volatile.Write(ref slots, Grown(table));
        }
    }

    static Slots Grown(Slots table)
    {
        var grown = new Slots(table.Forms.Length * 2);
        int mask = grown.Forms.Length - 1;
        for (int slot = 0; slot < table.Forms.Length; slot++)
        {
            if (table.Forms[slot] is not { } forms) continue;
            int at = table.Hashes[slot] & mask;
            while (grown.Forms[at] is not null) at = (at + 1) & mask;
            grown.Hashes[at] = table.Hashes[slot];
            grown.Forms[at] = forms;
        }
        return grown;
    }
}
