using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using NarrativeLint.Tests.Cli;

namespace NarrativeLint.Tests.Reporting.History;

/// <summary>
/// A real PostgreSQL server for the history tests: a throwaway cluster (initdb into a temporary folder, pg_ctl
/// on a free loopback port, as the <c>postgres</c> user when the tests run as root), stopped and deleted after.
/// NARRATIVELINT_TEST_POSTGRES, a connection string, points the tests at a server of your own instead.
/// Without either the tests fail: they never skip.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    const string ServerEnvironment = "NARRATIVELINT_TEST_POSTGRES";

    readonly string? dataDirectory;
    readonly string? binaries;

    public string ConnectionString { get; }

    public PostgresServer()
    {
        if (Environment.GetEnvironmentVariable(ServerEnvironment) is { Length: > 0 } given)
        {
            ConnectionString = given;
            return;
        }
        binaries = FindBinaries() ?? throw new InvalidOperationException(
            $"PostgreSQL's initdb and pg_ctl were not found on PATH or in /usr/lib/postgresql/*/bin: install Debian's postgresql package (.ci/run does), or set {ServerEnvironment}.");
        // The postgres user must reach the folder, so as root it goes under /tmp whatever TMPDIR says.
        dataDirectory = Directory.CreateDirectory(Path.Combine(Environment.IsPrivilegedProcess ? "/tmp" : Path.GetTempPath(), "narrativelint-pg-" + Guid.NewGuid().ToString("N")[..12])).FullName;
        var port = FreePort();
        if (Environment.IsPrivilegedProcess) Run("chown", ["postgres:postgres", dataDirectory], asPostgres: false);
        Run(Path.Combine(binaries, "initdb"), ["-D", Path.Combine(dataDirectory, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
        Run(Path.Combine(binaries, "pg_ctl"), ["-D", Path.Combine(dataDirectory, "data"), "-l", Path.Combine(dataDirectory, "server.log"), "-w", "-t", "60",
            "-o", $"-p {port} -k {dataDirectory} -c listen_addresses=127.0.0.1 -c fsync=off", "start"]);
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false;Timeout=30";
    }

    /// <summary>A new, empty database on the server, so that every test has a store of its own.</summary>
    public string NewDatabase()
    {
        var name = "narrativelint_" + Guid.NewGuid().ToString("N")[..12];
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            create.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    public void Dispose()
    {
        if (dataDirectory is null || binaries is null) return;
        try
        {
            Run(Path.Combine(binaries, "pg_ctl"), ["-D", Path.Combine(dataDirectory, "data"), "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    static string? FindBinaries()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(folder => File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl")));
        if (onPath is not null) return onPath;
        return Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var version) ? version : 0)
                .FirstOrDefault()
            : null;
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // PostgreSQL refuses to run as root; runuser switches to its own user.
    static void Run(string program, string[] args, bool asPostgres = true)
    {
        var result = asPostgres && Environment.IsPrivilegedProcess
            ? CliProcess.Run("runuser", ["-u", "postgres", "--", program, .. args], "/tmp", timeoutSeconds: 120)
            : CliProcess.Run(program, args, "/tmp", timeoutSeconds: 120);
        if (result.ExitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed: {result}");
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
