namespace NarrativeLint.Reporting.History;

/// <summary>Opens the store a <c>--history</c> target names.</summary>
public static class HistoryStores
{
    /// <summary>The SQLite file used when <c>--history</c> is given without a target.</summary>
    public const string DefaultPath = ".narrativelint/history.db";

    /// <summary>
    /// A target with an <c>=</c> in it is an Npgsql connection string (<c>Host=db;Database=narrativelint;Username=ci</c>);
    /// anything else is the path of a SQLite file.
    /// </summary>
    public static bool IsConnectionString(string target) => target.Contains('=');

    public static IHistoryStore Open(string? target)
    {
        var location = string.IsNullOrWhiteSpace(target) ? DefaultPath : target;
        try
        {
            return IsConnectionString(location) ? new PostgresHistoryStore(location) : new SqliteHistoryStore(location);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or ArgumentException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            throw new HistoryStoreException($"cannot open the history store {Describe(location)}: {e.Message}", e);
        }
    }

    /// <summary>A target as it may be printed: a connection string's password is not.</summary>
    public static string Describe(string target)
    {
        if (!IsConnectionString(target)) return target;
        try
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(target);
            return $"postgresql://{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
        }
        catch (ArgumentException)
        {
            return "(a connection string that does not parse)";
        }
    }
}
