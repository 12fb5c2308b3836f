using System.Diagnostics.CodeAnalysis;

namespace NarrativeLint.Language;

/// <summary>A token's three strings, made once per distinct surface: a site repeats its words, and every token of one word shares them.</summary>
internal sealed record TokenForms(string Text, string Lower, string Stem);

/// <summary>
/// The tokenizer's forms by surface, looked up by span from every thread. A table of its own rather than a
/// <c>ConcurrentDictionary</c>, whose lookup by span runs as shared generic code through an interface call per hash
/// and per comparison: the most sampled managed frame of a cold run (2%). Readers take no lock: a writer adds under
/// one and publishes each node, and each grown table, whole. At most <paramref name="limit"/> surfaces are kept.
/// </summary>
internal sealed class TokenFormsTable(int limit)
{
    sealed class Node(string surface, int hash, TokenForms forms, Node? next)
    {
        public readonly string Surface = surface;
        public readonly int Hash = hash;
        public readonly TokenForms Forms = forms;
        public readonly Node? Next = next;
    }

    Node?[] buckets = new Node?[4096];
    int count;
    readonly Lock gate = new();

    public bool TryGet(ReadOnlySpan<char> surface, [NotNullWhen(true)] out TokenForms? forms)
    {
        var hash = string.GetHashCode(surface);
        var table = Volatile.Read(ref buckets);
        for (var node = Volatile.Read(ref table[hash & (table.Length - 1)]); node is not null; node = node.Next)
        {
            if (node.Hash == hash && surface.SequenceEqual(node.Surface))
            {
                forms = node.Forms;
                return true;
            }
        }
        forms = null;
        return false;
    }

    /// <summary>Keeps the forms of <paramref name="surface"/> unless it is known already or the table is full.</summary>
    public void Add(string surface, TokenForms forms)
    {
        var hash = string.GetHashCode(surface.AsSpan());
        lock (gate)
        {
            if (count >= limit) return;
            var table = buckets;
            ref var head = ref table[hash & (table.Length - 1)];
            for (var node = head; node is not null; node = node.Next)
                if (node.Hash == hash && node.Surface == surface) return;
            Volatile.Write(ref head, new Node(surface, hash, forms, head));
            // Grown at one surface per bucket, into a new table: a reader still walking the old one finds what it held.
            if (++count > table.Length) Volatile.Write(ref buckets, Grown(table));
        }
    }

    static Node?[] Grown(Node?[] table)
    {
        var grown = new Node?[table.Length * 2];
        foreach (var first in table)
        {
            for (var node = first; node is not null; node = node.Next)
            {
                ref var head = ref grown[node.Hash & (grown.Length - 1)];
                head = new Node(node.Surface, node.Hash, node.Forms, head);
            }
        }
        return grown;
    }
}
