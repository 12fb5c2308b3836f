using System.Collections.Immutable;
using System.Data;
using System.Data.Common;

namespace NarrativeLint.Reporting.History;

/// <summary>
/// The history schema and queries, written once in the SQL that SQLite and PostgreSQL share; each store only
/// says how it connects, how an id column and a time are spelled, and how it serialises migrations.
/// </summary>
public abstract class SqlHistoryStore : IHistoryStore
{
    /// <summary>Each migration brings the schema from the version before it to its own; applied in order, never edited.</summary>
    static readonly ImmutableArray<Func<SqlHistoryStore, string[]>> Migrations =
    [
        store =>
        [
            $"""
            CREATE TABLE runs (
                id {store.IdColumn},
                recorded_at {store.TimeType} NOT NULL,
                revision TEXT,
                registry_hash TEXT NOT NULL,
                tool_version TEXT NOT NULL,
                total INTEGER NOT NULL,
                suppressed INTEGER NOT NULL,
                baselined INTEGER NOT NULL)
            """,
            """
            CREATE TABLE run_counts (
                run_id BIGINT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                dimension TEXT NOT NULL,
                name TEXT NOT NULL,
                count INTEGER NOT NULL,
                PRIMARY KEY (run_id, dimension, name))
            """,
            """
            CREATE TABLE run_findings (
                run_id BIGINT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                fingerprint TEXT NOT NULL,
                rule TEXT NOT NULL,
                severity TEXT NOT NULL,
                commitment TEXT,
                channel TEXT,
                language TEXT,
                path TEXT NOT NULL,
                line INTEGER NOT NULL,
                message TEXT NOT NULL,
                state TEXT NOT NULL,
                PRIMARY KEY (run_id, ordinal))
            """,
            "CREATE INDEX runs_recorded_at ON runs (recorded_at)",
        ],
    ];

    /// <summary>The schema version this build writes and reads.</summary>
    public static int SchemaVersion => Migrations.Length;

    readonly DbConnection connection;

    protected SqlHistoryStore(DbConnection connection)
    {
        this.connection = connection;
        connection.Open();
        Migrate();
    }

    public abstract string Location { get; }

    /// <summary>An auto-numbered primary key column.</summary>
    protected abstract string IdColumn { get; }

    /// <summary>The column type of a point in time.</summary>
    protected abstract string TimeType { get; }

    protected abstract object TimeParameter(DateTimeOffset time);

    protected abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    /// <summary>Keeps two processes from migrating at once, inside the migration's transaction.</summary>
    protected virtual void LockForMigration(DbTransaction transaction) { }

    void Migrate()
    {
        using var transaction = connection.BeginTransaction(IsolationLevel.Serializable);
        LockForMigration(transaction);
        Execute(transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        var current = Convert.ToInt32(Scalar(transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version"));
        if (current > SchemaVersion)
            throw new HistoryStoreException($"the history store at {Location} has schema version {current}; this NarrativeLint reads up to version {SchemaVersion}. Update NarrativeLint.");
        for (var version = current + 1; version <= SchemaVersion; version++)
        {
            foreach (var statement in Migrations[version - 1](this)) Execute(transaction, statement);
            Execute(transaction, "INSERT INTO schema_version (version) VALUES (@version)", ("version", version));
        }
        transaction.Commit();
    }

    public HistoryRun Record(RunDescription run, IEnumerable<HistoryFinding> findings)
    {
        using var transaction = connection.BeginTransaction();
        var id = Convert.ToInt64(Scalar(transaction,
            """
            INSERT INTO runs (recorded_at, revision, registry_hash, tool_version, total, suppressed, baselined)
            VALUES (@time, @revision, @registry, @tool, 0, 0, 0) RETURNING id
            """,
            ("time", TimeParameter(run.Time)), ("revision", run.Revision), ("registry", run.RegistryHash), ("tool", run.ToolVersion)));

        var tally = new FindingCounts.Tally();
        using (var insert = Command(transaction,
            """
            INSERT INTO run_findings (run_id, ordinal, fingerprint, rule, severity, commitment, channel, language, path, line, message, state)
            VALUES (@run, @ordinal, @fingerprint, @rule, @severity, @commitment, @channel, @language, @path, @line, @message, @state)
            """,
            ("run", id), ("ordinal", 0), ("fingerprint", ""), ("rule", ""), ("severity", ""), ("commitment", null), ("channel", null),
            ("language", null), ("path", ""), ("line", 0), ("message", ""), ("state", "")))
        {
            var ordinal = 0;
            foreach (var finding in findings)
            {
                SetParameters(insert, ("ordinal", ordinal++), ("fingerprint", finding.Fingerprint), ("rule", finding.Rule), ("severity", finding.Severity),
                    ("commitment", finding.Commitment), ("channel", finding.Channel), ("language", finding.Language), ("path", finding.Path),
                    ("line", finding.Line), ("message", finding.Message), ("state", StateName(finding.State)));
                insert.ExecuteNonQuery();
                tally.Add(finding);
            }
        }

        var counts = tally.ToCounts();
        using (var insert = Command(transaction, "INSERT INTO run_counts (run_id, dimension, name, count) VALUES (@run, @dimension, @name, @count)",
            ("run", id), ("dimension", ""), ("name", ""), ("count", 0)))
        {
            foreach (var (dimension, byName) in counts.By)
                foreach (var (name, count) in byName)
                {
                    SetParameters(insert, ("dimension", dimension), ("name", name), ("count", count));
                    insert.ExecuteNonQuery();
                }
        }
        Execute(transaction, "UPDATE runs SET total = @total, suppressed = @suppressed, baselined = @baselined WHERE id = @run",
            ("total", counts.Total), ("suppressed", counts.Suppressed), ("baselined", counts.Baselined), ("run", id));
        transaction.Commit();
        return new HistoryRun(id, run, counts);
    }

    public IReadOnlyList<HistoryRun> Runs(DateTimeOffset? since = null)
    {
        var where = since is null ? "" : "WHERE r.recorded_at >= @since";
        (string, object?)[] sinceParameter = since is { } from ? [("since", TimeParameter(from))] : [];
        var counts = new Dictionary<long, Dictionary<string, SortedDictionary<string, int>>>();
        using (var command = Command(null, $"SELECT c.run_id, c.dimension, c.name, c.count FROM run_counts c JOIN runs r ON r.id = c.run_id {where}", sinceParameter))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                var byDimension = counts.TryGetValue(reader.GetInt64(0), out var d) ? d : counts[reader.GetInt64(0)] = [];
                var byName = byDimension.TryGetValue(reader.GetString(1), out var n) ? n : byDimension[reader.GetString(1)] = new(StringComparer.Ordinal);
                byName[reader.GetString(2)] = reader.GetInt32(3);
            }

        var runs = new List<HistoryRun>();
        using (var command = Command(null,
            $"SELECT r.id, r.recorded_at, r.revision, r.registry_hash, r.tool_version, r.total, r.suppressed, r.baselined FROM runs r {where} ORDER BY r.recorded_at, r.id", sinceParameter))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                var by = counts.GetValueOrDefault(id)?.ToImmutableDictionary(d => d.Key, d => d.Value.ToImmutableSortedDictionary(StringComparer.Ordinal))
                         ?? ImmutableDictionary<string, ImmutableSortedDictionary<string, int>>.Empty;
                runs.Add(new HistoryRun(id,
                    new RunDescription(ReadTime(reader, 1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3), reader.GetString(4)),
                    new FindingCounts(reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), by)));
            }
        return runs;
    }

    public IReadOnlyList<HistoryFinding> Findings(long runId)
    {
        var findings = new List<HistoryFinding>();
        using var command = Command(null,
            "SELECT fingerprint, rule, severity, commitment, channel, language, path, line, message, state FROM run_findings WHERE run_id = @run ORDER BY ordinal",
            ("run", runId));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            findings.Add(new HistoryFinding(reader.GetString(0), reader.GetString(1), reader.GetString(2), Optional(reader, 3), Optional(reader, 4),
                Optional(reader, 5), reader.GetString(6), reader.GetInt32(7), reader.GetString(8), ParseState(reader.GetString(9))));
        return findings;
    }

    public void Dispose()
    {
        connection.Dispose();
        GC.SuppressFinalize(this);
    }

    static string? Optional(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    static string StateName(FindingState state) => state.ToString().ToLowerInvariant();

    static FindingState ParseState(string name) => Enum.Parse<FindingState>(name, ignoreCase: true);

    protected void Execute(DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        command.ExecuteNonQuery();
    }

    object? Scalar(DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        return command.ExecuteScalar();
    }

    DbCommand Command(DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    static void SetParameters(DbCommand command, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values) command.Parameters[name].Value = value ?? DBNull.Value;
    }
}

/// <summary>A history store that cannot be opened, read or written; the message says why.</summary>
public sealed class HistoryStoreException(string message, Exception? inner = null) : Exception(message, inner);
