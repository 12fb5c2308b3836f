using System.Data.Common;
using Npgsql;

namespace NarrativeLint.Reporting.History;

/// <summary>A store a team shares: a PostgreSQL database given by an Npgsql connection string (<c>Host=…;Database=…;Username=…</c>).</summary>
public sealed class PostgresHistoryStore(string connectionString) : SqlHistoryStore(new NpgsqlConnection(connectionString))
{
    // Any fixed number: every NarrativeLint process takes the same advisory lock to migrate.
    const long MigrationLock = 0x4e4c_4869_7374;

    public override string Location => HistoryStores.Describe(connectionString);

    protected override string IdColumn => "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY";

    protected override string TimeType => "TIMESTAMPTZ";

    protected override object TimeParameter(DateTimeOffset time) => time.ToUniversalTime();

    protected override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    protected override void LockForMigration(DbTransaction transaction) =>
        Execute(transaction, "SELECT pg_advisory_xact_lock(@lock)", ("lock", MigrationLock));
}
