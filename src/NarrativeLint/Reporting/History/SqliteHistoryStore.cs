using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NarrativeLint.Reporting.History;

/// <summary>The default store: one SQLite file (<c>.narrativelint/history.db</c>), created with its folder on first use.</summary>
public sealed class SqliteHistoryStore(string path) : SqlHistoryStore(Connect(path))
{
    // Fixed-width UTC text sorts as time does, so --since compares strings.
    const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public override string Location => path;

    protected override string IdColumn => "INTEGER PRIMARY KEY AUTOINCREMENT";

    protected override string TimeType => "TEXT";

    protected override object TimeParameter(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    protected override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(reader.GetString(ordinal), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    static SqliteConnection Connect(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        return new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 30 }.ToString());
    }
}
