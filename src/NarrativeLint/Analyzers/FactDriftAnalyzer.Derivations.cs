using System.Collections.Immutable;

namespace NarrativeLint.Analyzers;

// How NL2001's facts and statements of one document are written to the cache and read back, field for field.
public sealed partial class FactDriftAnalyzer
{
    static void WriteFacts(DerivationWriter writer, ImmutableArray<StatedFact> facts) => writer.List(facts, fact => WriteFact(writer, fact));

    static ImmutableArray<StatedFact> ReadFacts(DerivationReader reader) => reader.List(() => ReadFact(reader));

    static void WriteFact(DerivationWriter writer, StatedFact fact)
    {
        writer.String(fact.Key);
        writer.Strings(fact.Names);
        writer.Quantity(fact.Quantity);
        writer.Location(fact.Location);
        writer.String(fact.Path);
        writer.String(fact.Quoted);
        writer.String(fact.Subject);
        writer.String(fact.Language);
        writer.Strings(fact.Beside);
        writer.String(fact.Within);
        writer.Bool(fact.OwnVoice);
        writer.String(fact.Phrase);
        writer.Date(fact.Written);
        writer.String(fact.EventOf);
    }

    static StatedFact ReadFact(DerivationReader reader) => new(reader.Text(), reader.Strings().ToImmutableHashSet(StringComparer.Ordinal), reader.Quantity(),
        reader.Location(), reader.Text(), reader.Text(), reader.Text(), reader.Text())
    { Beside = reader.Strings(), Within = reader.Text(), OwnVoice = reader.Bool(), Phrase = reader.Text(), Written = reader.Date(), EventOf = reader.Text() };

    static void WriteStatements(DerivationWriter writer, ImmutableArray<Statement> statements) => writer.List(statements, statement =>
    {
        writer.String(statement.Language);
        writer.String(statement.Path);
        writer.Date(statement.Date);
        // A part of its own: a statement's shingles are read back only when a MinHash bucket pairs it with another.
        writer.Deferred(statement.Shingles, (part, shingles) => part.Strings(shingles));
        writer.Strings(statement.Names);
        writer.List(statement.Facts, fact =>
        {
            writer.Bool(fact is not null);
            if (fact is not null) WriteFact(writer, fact);
        });
        writer.List(statement.Numbers, writer.Token);
        writer.List(statement.Bands, band =>
        {
            writer.Int(band.Band);
            writer.Hash(band.Hash);
        });
    });

    static ImmutableArray<Statement> ReadStatements(DerivationReader reader) => reader.List(() =>
    {
        var (language, path, date) = (reader.Text(), reader.Text(), reader.Date());
        var shingles = reader.Deferred(part => part.Strings().ToImmutableHashSet(StringComparer.Ordinal));
        return new Statement(language, path, date, reader.Strings().ToHashSet(StringComparer.Ordinal),
            reader.List(() => reader.Bool() ? ReadFact(reader) : null), reader.List(reader.Token))
        {
            ShinglesRead = shingles,
            Bands = [.. reader.List(() => (reader.Int(), reader.Hash()))],
        };
    });
}
