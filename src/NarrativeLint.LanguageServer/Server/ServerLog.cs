using System.Diagnostics;

namespace NarrativeLint.LanguageServer.Server;

/// <summary>
/// The server's own log: standard error (which editors show in their output panel) and, when asked, a file. Never
/// standard output, which carries the protocol. Each line carries the seconds since the process started, so the
/// log shows where start-up time goes.
/// </summary>
public sealed class ServerLog(TextWriter error, string? file = null) : IDisposable
{
    static readonly DateTime ProcessStarted = Process.GetCurrentProcess().StartTime.ToUniversalTime();
    readonly object _lock = new();
    readonly StreamWriter? _file = file is null ? null : new StreamWriter(new FileStream(file, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };

    public void Info(string message) => Write("info", message);

    public void Error(string message, Exception? exception = null) => Write("error", exception is null ? message : $"{message}: {exception}");

    void Write(string level, string message)
    {
        var now = DateTime.UtcNow;
        var line = $"{now:HH:mm:ss.fff} +{(now - ProcessStarted).TotalSeconds:0.000}s {level} {message}";
        lock (_lock)
        {
            error.WriteLine(line);
            error.Flush();
            _file?.WriteLine(line);
        }
    }

    public void Dispose() => _file?.Dispose();
}
